# Слова самой программы (игра в терминале).

# На телефоне доверия номер не определяется: кто звонит, консультант узнаёт из разговора.
ui-call-header = Входящий звонок · вариант звонка { $seed }
ui-incoming-call = ☎ Входящий звонок на детский телефон доверия…
ui-press-enter = Нажмите Enter, чтобы ответить.
ui-you = Вы
ui-dispatched = ☎ Вы подключаете: { $service }
ui-dispatch-closed = ☎ Вы звоните: { $service } — в этот час не отвечает
ui-service-closed = ☎ { $service } — в это время не отвечает.
ui-silence = (молчание, { $seconds } с)
ui-call-ended = — Звонок завершён: { $outcome }.
ui-counsellor-hung-up = вы положили трубку
ui-prompt = Ответ 1–{ $count } · d — подключить службу · w — ждать · h — положить трубку · q — сохранить и выйти
ui-dispatch-how = Введите d и номер (например, d 2), чтобы подключить службу.
ui-service-open = открыто
ui-service-opens = { $days ->
    [0] закрыто · откроется в { $time }
    [1] закрыто · откроется завтра в { $time }
   *[other] закрыто · откроется через { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } в { $time }
}
ui-service-never = закрыто
ui-service-signal = только письменный сигнал (рассматривают в рабочие дни)
ui-service-closed-today = сегодня не работает
ui-service-instead = сейчас отвечает: { $numbers }
ui-call-summary = { $turns ->
    [one] { $turns } реплика
    [few] { $turns } реплики
   *[many] { $turns } реплик
}, { $minutes } мин { $seconds } с.
ui-transcript-saved = Запись звонка сохранена: { $path }
ui-resume-hint = Чтобы продолжить звонок: doverie play --resume { $path }
ui-db-stored = Сохранено в базе оценщика как попытка { $attempt }.
ui-db-duplicate = Повторно не сохранено: в базе оценщика этот звонок уже есть как попытка { $attempt } (стажёр { $trainee }).
ui-db-refused = Не сохранено в базе оценщика: { $reason }
ui-db-failed = Не сохранено в базе оценщика { $db }: { $reason }
ui-script-ended = (Сценарий ввода закончился; звонок продолжается.)
ui-bad-input = Сейчас это недоступно: { $input }

ui-difficulty-introductory = начальный уровень
ui-difficulty-intermediate = средний уровень
ui-difficulty-advanced = продвинутый уровень

## Разбор звонка

ui-debrief-title = Разбор звонка
ui-debrief-level = { $level } · { $total } из 100
ui-debrief-protocol = Оценено по протоколу «{ $protocol }», версия { $version }
ui-debrief-critical = { $count ->
    [one] { $count } критическое отклонение: оно определяет уровень независимо от баллов.
    [few] { $count } критических отклонения: они определяют уровень независимо от баллов.
   *[many] { $count } критических отклонений: они определяют уровень независимо от баллов.
}
ui-debrief-categories = По категориям
ui-debrief-no-opportunity = — (в этом звонке не было повода)
ui-debrief-timeline = Реплика за репликой
ui-debrief-start = До вашего первого ответа
ui-debrief-end-of-call = К концу звонка
ui-debrief-turn = Реплика { $turn } ({ $time })
ui-debrief-deviation = ✗ { $severity }: { $rule }
ui-debrief-why = Почему это важно: { $text }
ui-debrief-better = Лучше так: { $text }
ui-debrief-kept = ✓ { $rule }
ui-debrief-went-well = Что получилось
ui-debrief-kept-in-category = { $category }: соблюдено { $kept } из { $opportunities }
ui-debrief-nothing-went-well = В этом звонке пока нечего отметить; подсказки выше покажут, с чего начать.
ui-debrief-end-state = Состояние абонента в конце звонка (отдельно от оценки)
ui-debrief-end-value = { $name }: { $value } (от { $min } до { $max })
ui-debrief-outcome = Исход: { $outcome }

ui-severity-minor = Незначительное
ui-severity-moderate = Умеренное
ui-severity-major = Серьёзное
ui-severity-critical = Критическое

level-high-compliance = Полное соответствие
level-compliant = Соответствие
level-partial-compliance = Частичное соответствие
level-low-compliance = Низкое соответствие
level-non-compliant = Несоответствие

## Почему засчитано отклонение: в оценке шаблоны правила хранятся по id, эти слова их называют.
## $pattern, $expect, $trigger, $requires, $unless, $after — список из ui-cue; $window — ui-window-*.

ui-reason-happened = было: { $pattern }
ui-reason-never = никогда: { $pattern }
ui-reason-never-after = после { $after } — никогда: { $pattern }
ui-reason-late = в течение { $window } после { $trigger } не было: { $expect }
ui-reason-ended = звонок завершился без { $expect } после { $trigger }
ui-reason-within = { $expect } — в течение { $window } после { $trigger }
ui-reason-too-early = { $pattern } раньше, чем { $requires }
ui-reason-only-after = { $pattern } — только после { $requires }
ui-reason-only-after-unless = { $pattern } — только после { $requires }, если не было { $unless }
ui-reason-overdue = { $expect } — с опозданием: не в течение { $window } после { $trigger }
ui-reason-without-consent = служба вызвана без согласия абонента именно на неё
ui-reason-consent = каждую службу — только с согласия абонента именно на неё
ui-reason-consent-unless = каждую службу — только с согласия абонента именно на неё, если не было { $unless }
ui-reason-never-done = звонок завершился без { $expect }
ui-reason-eventually = { $expect } — до конца звонка
ui-reason-eventually-after = после { $after }: { $expect } — до конца звонка
ui-cue = «{ $name }»
ui-cue-or = { $first } или { $last }
ui-cue-any-dispatch = «подключение любой службы»
ui-cue-closed-dispatch = «звонок в службу, которая сейчас не работает»
ui-cue-call-start = «начало звонка»
ui-cue-hang-up = «консультант кладёт трубку»
ui-cue-silence = «молчание { $seconds } с»
ui-window-turns = { $turns ->
    [one] { $turns } реплики
   *[other] { $turns } реплик
}
ui-window-seconds = { $seconds } с
ui-window-turns-or-seconds = { $turns ->
    [one] { $turns } реплики
   *[other] { $turns } реплик
} или { $seconds } с
ui-window-none = отведённого времени


## Отчёт исследователя (doverie explore). Id и сценарии ввода --choose показываются как есть.

explore-all = все
explore-stopped = ОСТАНОВЛЕНО по --max-states
explore-summary = { $scenario }: { $states } { $states ->
        [one] состояние
        [few] состояния
       *[many] состояний
    } звонка ({ $status }), с мониторами правил — { $scored } ({ $scored_status }); { $transitions } { $transitions ->
        [one] переход
        [few] перехода
       *[many] переходов
    }; { $seconds } с
explore-summary-rules = { $scenario }: { $states } { $states ->
        [one] состояние
        [few] состояния
       *[many] состояний
    } звонка ({ $status }), с мониторами правил — { $scored } ({ $scored_status }), по каждому правилу отдельно — { $rule_states } ({ $rules_status }); { $transitions } { $transitions ->
        [one] переход
        [few] перехода
       *[many] переходов
    }; { $seconds } с
explore-blow-up = Собственные состояния звонка остановлены по --max-states { $max }. Что раздувает пространство:
explore-blow-up-variable = переменная { $variable }: { $values ->
        [one] { $values } значение
        [few] { $values } разных значения
       *[many] { $values } разных значений
    }
explore-blow-up-nodes = разных сочетаний (узел, переменные): { $distinct } на { $states } { $states ->
        [one] состояние
        [few] состояния
       *[many] состояний
    }
explore-blow-up-hint = Сузьте диапазоны переменных или увеличьте --max-states.
explore-endings = Достигнутые концовки ({ $count }):
explore-counsellor-hangs-up = (консультант кладёт трубку)
explore-no-seed = (ни при одном зерне меньше { $limit } случайные ветви не ложатся так)
explore-none = нет
explore-unreached-nodes = Узлы, которых не достигает ни одно состояние: { $nodes }
explore-unreached-options = Варианты ответа, которые ни разу не предлагаются: { $list }
explore-option-condition-never-holds = его условие никогда не выполняется, когда звонок в этом узле
explore-dead-ends = Тупики (сказать нечего, а ребёнок ждёт бесконечно): { $list }
explore-traps = Ловушки (никакой концовки, только положить трубку): { $list }
explore-stuck = { $node } ({ $states } { $states ->
        [one] состояние
        [few] состояния
       *[many] состояний
    }), например --choose '{ $script }'
explore-scores-partial =
    Баллы исследованы { $states ->
        [one] по первому { $states } состоянию
       *[other] по первым { $states } состояниям
    } (в ширину: сначала самые короткие звонки);
    { $which }. Увеличьте --max-states, чтобы пойти дальше.
explore-scores-worst-found = худший звонок ниже — худший из найденных, а не граница (лучший — звонок с полным соответствием, лучше не бывает)
explore-scores-found = лучший и худший звонки ниже — лучший и худший из найденных, а не границы
explore-best = Лучший звонок: { $level } { $total } ({ $outcome })
explore-worst = Худший звонок: { $level } { $total } ({ $outcome })
explore-high-possible = Звонок с полным соответствием: возможен.
explore-high-impossible = Звонок с полным соответствием: НЕВОЗМОЖЕН.
explore-high-unknown = Звонок с полным соответствием: не найден среди исследованных состояний.
explore-rules-never-triggered = Правила, которые этот сценарий никогда не задействует: { $rules }
explore-rules-never-kept = Правила, которые ни один звонок этого сценария не может соблюсти: { $rules }
explore-rules-undetermined = Правила, которые не задействуются или не соблюдаются: не определено (звонки не исследованы до конца по каждому правилу).
explore-random = { $calls ->
        [one] { $calls } случайный звонок
        [few] { $calls } случайных звонка
       *[many] { $calls } случайных звонков
    } (зерно { $seed }):
explore-random-totals = баллы: мин. { $min }, медиана { $median }, среднее { $mean }, макс. { $max }
explore-random-outcomes = исходы: { $outcomes }

## Сертификация

ui-certify-title = Аттестация: { $trainee }, { $calls ->
    [one] { $calls } звонок
    [few] { $calls } звонка
   *[many] { $calls } звонков
} (протокол { $protocol } { $version })
ui-certify-certified = Решение: аттестация ПРОЙДЕНА
ui-certify-not-certified = Решение: аттестация НЕ ПРОЙДЕНА
ui-certify-check-same-trainee = Все звонки одного стажёра ({ $measured ->
    [one] { $measured } стажёр
    [few] { $measured } стажёра
   *[many] { $measured } стажёров
}).
ui-certify-check-min-calls = Звонков: { $measured }; нужно не меньше { $limit }.
ui-certify-check-partial = Частичное соответствие: { $measured } из { $of } звонков; допустимо не больше { $limit }%.
ui-certify-check-low = Низкое соответствие: { $measured } из { $of } звонков; допустимо не больше { $limit }%.
ui-certify-check-non-compliant = Несоответствие: { $measured } из { $of } звонков; допустимо не больше { $limit }%.
ui-certify-check-sentinels = Критические отклонения в контрольных звонках: { $measured } в { $of } контрольных звонках; не допускается ни одного.
ui-certify-sentinel-failure = контрольный звонок { $call } ({ $scenario }): критическое отклонение «{ $rule }» в реплике { $turn }
ui-list-sentinel = ⚑ Контрольный звонок для аттестации: одно критическое отклонение в нём — и аттестация не пройдена.

## Приложение

gui-title = Учебные звонки телефона доверия
gui-subtitle = Потренируйтесь принимать звонки детей в кризисе, прежде чем отвечать на настоящие.
gui-language = Язык
gui-mode = Режим
gui-mode-practice = Практика
gui-mode-exam = Экзамен
gui-say-first = Сначала своими словами
gui-voice = Отвечать голосом
gui-trainee = Стажёр
gui-scenarios = Сценарии
gui-no-scenarios = Нет сценариев, которые можно сыграть: см. ошибки ниже.
gui-age = { $age ->
    [one] { $age } год
    [few] { $age } года
   *[many] { $age } лет
}
gui-topics = Темы: { $topics }
gui-sentinel = Контрольный звонок для аттестации
gui-sentinel-explained = Контрольный звонок: одно критическое отклонение в нём — и аттестация не пройдена.
gui-start = Принять звонок (Enter)
gui-arcs = Серии: один и тот же абонент в течение недель
gui-arc-calls = Звонков — { $calls }, с перерывом в недели: { $titles }
gui-arc-not-started = Не начата: следующий — звонок 1 из { $calls }
gui-arc-next = Следующий — звонок { $call } из { $calls } · по сюжету: { $after }
gui-arc-complete = Все звонки сыграны ({ $calls }) · { $level }
gui-arc-broken = Звонки в { $dir } не проходят проверку, и в папке ничего не меняется: { $reason }
gui-arc-start = Принять звонок { $call } из { $calls } (Enter)
gui-arc-is-complete = Серия завершена; её звонки хранятся в { $dir }.
gui-arc-this-call = Серия «{ $arc }»: звонок { $call } из { $calls }
gui-arc-goes-on = Дальше: { $after }. Выберите серию в лобби, чтобы принять следующий звонок.
gui-arc-not-stored = Этот звонок не удалось добавить к серии: { $reason }
gui-problems = { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
} в файлах сценариев (полный список — doverie check):
gui-reloaded = Файлы перезагружены: { $problems ->
    [0] ошибок нет.
    [one] { $problems } ошибка.
    [few] { $problems } ошибки.
   *[many] { $problems } ошибок.
}
gui-keys-lobby = ↑ ↓ выбрать сценарий или серию · Enter принять звонок · L язык · M режим · S сначала своими словами · V ответы голосом · T имя стажёра
gui-answer = Ответить (пробел)
gui-answer-hint = Звонит телефон. Нажмите пробел или Enter, чтобы ответить.
gui-call-time = Звонок { $time }
gui-silence = Молчание: { $seconds } с
gui-listening = Абонент говорит…
gui-call-over = Звонок завершён.
gui-say-first-prompt = Сначала скажите своими словами, затем нажмите Enter, чтобы увидеть варианты.
gui-options = Ваш ответ
gui-no-options = Сейчас нечего выбрать: можно подождать, подключить службу или положить трубку.
gui-dispatch = Подключить службу (D)
gui-dispatch-keys = 1–9, 0 — подключить · ↑ ↓ выбрать, Enter — подключить выбранную · Esc — закрыть
gui-hang-up = Положить трубку (F10)
gui-caller-state = Состояние абонента
gui-hints = Подсказки
gui-no-hints = Пока отклонений нет.
gui-hint = { $severity } · реплика { $turn }: { $rule }
gui-keys-call = 1–9 ответ · D подключить службу · F10 положить трубку · молчание тоже считается
gui-back = В начало (Enter)
gui-keys-debrief = ↑ ↓ Page Up/Down — прокрутка · Enter — в начало
gui-save-failed = Не удалось сохранить запись звонка: { $reason }
gui-no-display = Нет дисплея ({ $reason }): запускается режим терминала.
gui-pick-scenario = Выберите сценарий (1–{ $count }) или нажмите Enter, чтобы выйти:
gui-call-not-started = Звонок не может начаться: { $reason }
gui-interrupted = { $count ->
    [one] Прерванный звонок (его запись сохранится при любом выборе)
   *[other] Прерванных звонков: { $count } (их записи сохранятся при любом выборе)
}
gui-interrupted-call = { $scenario } · { $time } UTC · { $inputs ->
    [one] { $inputs } шаг
    [few] { $inputs } шага
   *[many] { $inputs } шагов
}
gui-interrupted-unreadable = { $file } не удаётся восстановить: { $reason }
gui-interrupted-keys = R продолжить первый звонок · A закрыть его как незавершённый
gui-resume = Продолжить (R)
gui-abandon = Закрыть как незавершённый (A)
gui-abandoned = Звонок закрыт как незавершённый; запись сохранена: { $path }
gui-recover-failed = Не удаётся восстановить { $file }: { $reason }
gui-synthetic-voice = Голос синтезирован
ui-caller = { $gender ->
    [female] Звонящая
   *[male] Звонящий
}
ui-status = [{ $clock }]
ui-status-silent = [{ $clock }] молчание { $seconds } с
ui-status-limit = осталось { $left } с из { $limit }: «{ $rule }»
ui-status-limit-passed = { $limit } с прошли: «{ $rule }»
ui-not-text = Сейчас так нельзя: строка — не текст в UTF-8.
ui-input-call-over = Сейчас так нельзя: звонок окончен.
ui-input-no-answer = Ответа «{ $input }» сейчас нет: выберите 1–{ $count }, d, w, h или q.
ui-input-no-service = Службы «{ $input }» нет: d покажет список.
ui-input-unknown = Сейчас так нельзя: «{ $input }». Выберите 1–{ $count }, d, w, h или q.
cli-no-scenario = Сценария «{ $name }» нет.
cli-did-you-mean = Может быть, «{ $best }»?
cli-scenarios = Сценарии: { $list }
ui-rescored = звонок оценён заново по протоколу { $protocol } { $version } (записан по версии { $version-recorded })
ui-rescore-refused = не удаётся оценить звонок по протоколу { $protocol }: { $reason }
ui-record-line = Реплика { $n } из { $total }: { $line }
ui-record-ask = Enter — записать · s — пропустить · q — выйти
ui-record-ask-existing = У этой реплики уже есть запись. Enter — записать заново · s — оставить · q — выйти
ui-record-recording = Идёт запись… нажмите Enter, чтобы остановить.
ui-record-no-microphone = микрофон не открыт: записать ничего нельзя (подключите микрофон или проверьте `doverie audio-check`)
ui-record-lost = Запись потерялась; попробуйте ещё раз.
ui-record-silent = Не сохранено: { $reason }.
ui-record-keep = Запись { $seconds } с, тишина обрезана, громкость выровнена. Enter — оставить · r — переписать · s — пропустить
ui-record-saved = Сохранено: { $path }
ui-record-done = Записано реплик: { $kept } из { $total }, пропущено: { $skipped }.
check-error = ошибка
check-warning = предупреждение
check-info = сведения
check-hint = подсказка
check-summary = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
   *[many] { $errors } ошибок
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
   *[many] { $warnings } предупреждений
}
check-voice-summary = сведения: { $count ->
    [one] в { $count } тексте сценария
    [few] в { $count } текстах сценариев (сценарий на одном языке)
   *[many] в { $count } текстах сценариев (сценарий на одном языке)
} есть реплики без записанного голоса; их произносит синтетический голос (`doverie check --verbose` назовёт их)
check-no-files = здесь нет файлов сценариев, протоколов или Fluent
check-no-files-hint = укажите файлы .ron или .ftl или папку с ними

# Sound problems, as the front ends word them ($detail: the system's own words, as it gives them).
ui-sound-no-output = Нет устройства вывода звука: звонок идёт без звука.
ui-sound-output-unusable = Вывод звука недоступен ({ $detail }): звонок идёт без звука.
ui-sound-output-not-opened = Не удаётся открыть вывод звука ({ $detail }): звонок идёт без звука.
ui-sound-device-failed = Звуковое устройство отказало ({ $detail }): звонок идёт без звука.
ui-sound-clip-failed = Не удаётся воспроизвести запись голоса: { $detail }
ui-sound-record-failed = Не удаётся записать ответ: { $detail }
ui-sound-take-cut = Ответ записывается не дольше 5 минут: остальная часть этого ответа не записана.
ui-sound-no-microphone = Нет микрофона: ответы не записываются.
ui-sound-microphone-unusable = Микрофон недоступен ({ $detail }): ответы не записываются.
ui-sound-microphone-not-opened = Не удаётся открыть микрофон ({ $detail }): ответы не записываются.
gui-trainee-anonymous = аноним
gui-chosen-on = ✓ { $label }
gui-chosen-off = { $label }
gui-toggle-on = ☑ { $label }: вкл.
gui-toggle-off = ☐ { $label }: выкл.
gui-ringing = Входящий звонок
gui-caller-unknown = Номер не определяется: кто звонит, вы узнаете из разговора.
gui-talking = Идёт разговор
gui-hang-up-question = Положить трубку?
gui-hang-up-explained = Звонок закончится сразу, и ребёнок останется один. Enter — положить трубку, Esc — вернуться к разговору.
gui-hang-up-yes = Положить трубку (Enter)
gui-hang-up-no = Вернуться к разговору (Esc)
gui-hint-opening = { $severity } · до первого ответа: { $rule }
gui-hints-more = { $count ->
    [one] …и ещё { $count } подсказка (все — в разборе)
    [few] …и ещё { $count } подсказки (все — в разборе)
   *[many] …и ещё { $count } подсказок (все — в разборе)
}
gui-dispatch-title = Службы
gui-dispatch-now = Время у ребёнка: { $time }
gui-dispatch-more = ▼ Ниже ещё службы: прокрутите колесом или нажмите ↓
gui-dispatch-other = Другие службы
gui-service-always = отвечает круглосуточно
gui-service-open = отвечает сейчас ({ $hours })
gui-service-closed = сейчас не отвечает ({ $hours })

## Серия звонков одного ребёнка: между звонками и итоговый разбор.
ui-arc-days-later = { $days ->
    [one] Прошёл { $days } день
    [few] Прошло { $days } дня
   *[many] Прошло { $days } дней
}
ui-arc-weeks-later = { $weeks ->
    [one] Прошла неделя
    [2] Прошло две недели
    [3] Прошло три недели
    [4] Прошло четыре недели
    [few] Прошло { $weeks } недели
   *[many] Прошло { $weeks } недель
}
ui-arc-call-of = Звонок { $call } из { $calls }: { $title }
ui-arc-title = Серия звонков: { $arc }
ui-arc-explain = Итог серии — среднее итогов её звонков; её уровень — худший из уровней звонков и из правил серии, которые были нарушены.
ui-arc-calls = По звонкам
ui-arc-call = { $call }. { $title } · { $level } · { $total } из 100
ui-arc-trajectory = Ребёнок от звонка к звонку (начало → конец каждого звонка; наименьшее и наибольшее за звонок)
ui-arc-value = { $name }: { $start } → { $end } (наименьшее { $low }, наибольшее { $high })
ui-arc-rules = Серия в целом
ui-arc-rule-kept = ✓ { $rule }
ui-arc-rule-broken = ✗ { $severity }: { $rule }
ui-arc-no-rules = В протоколе нет правил серии для переменных, которые переносит эта серия.
ui-arc-unfinished = Сыграно звонков: { $played } из { $calls }; правила серии оцениваются после последнего звонка.
ui-arc-continue = Серию можно продолжить позже: doverie play --arc { $arc } --continue { $dir }
ui-arc-chain-not-in-arc = запись { $position } — отдельный звонок, а не звонок серии: дайте только записи звонков серии, по порядку
ui-arc-chain-other-arc = запись { $position } — звонок серии «{ $arc }», а не «{ $expected }»
ui-arc-chain-arc-changed = запись { $position } сыграна по другой версии серии «{ $arc }» (хеш содержимого другой): файл серии с тех пор изменён
ui-arc-chain-misplaced = запись { $position } — звонок { $recorded } серии, а не звонок { $position }: звонка не хватает или записи перепутаны (дайте их в том порядке, в каком звонки сыграны)
ui-arc-chain-missing = в серии звонков — { $calls }, а записей дано — { $given }: нет звонка { $missing }
ui-arc-chain-too-many = в серии звонков — { $calls }, а записей дано — { $given }
ui-arc-chain-swapped = звонок { $position } серии — сценарий «{ $expected }», а его запись — сценария «{ $scenario }»
ui-arc-chain-unlinked = звонок { $position } не продолжает запись, данную перед ним (хеш предыдущего звонка другой): ту запись изменили, или она из другого прохождения серии
ui-arc-chain-carried = звонок { $position } начался с { $variable } = { $recorded }, а предыдущий звонок закончился на { $expected }
ui-arc-chain-no-value = ничего
ui-arc-chain-not-carried = звонок { $position } начался с { $variable } = { $recorded }, но серия не переносит { $variable }
ui-arc-chain-trainee = звонок { $position } сыграл стажёр «{ $trainee }», а первый звонок серии — «{ $first }»
ui-arc-chain-no-start = в записи звонка { $position } нет времени начала: звонок серии записывается со временем начала (сыграйте его заново: doverie play --arc или в приложении)
ui-arc-chain-early = звонок { $position } записан как начатый на { $seconds } с раньше, чем закончился предыдущий: время звонков в записях идёт не по порядку (запись изменили, или звонки сыграны не один за другим)
ui-arc-none-given = записи не даны: дайте записи звонков серии в том порядке, в каком они сыграны
ui-arc-not-loaded = серия «{ $arc }» не загружается: { $reason }

explore-arc-title = Серия «{ $arc }»: звонков — { $calls }
explore-arc-call = Звонок { $call } ({ $scenario }): начал — { $starts } (исследовано { $explored }), состояний — { $states }, концовок — { $ends }, различных значений переносимых переменных в конце — { $values }
explore-arc-arcs = Оценено серий: { $arcs }
explore-arc-incomplete = Исследование остановлено ограничением: лучшая и худшая серии ниже — лучшая и худшая из найденных. Увеличьте --max-states, чтобы пойти дальше.
explore-arc-best = Лучшая серия: { $level } { $total }
explore-arc-worst = Худшая серия: { $level } { $total }
explore-arc-none = Не найдено серии, которая воспроизводится с каким-либо зерном.

ui-exam-reconnecting = Связь с сервером экзамена потеряна ({ $reason }): переподключение…
ui-exam-reconnected = Связь восстановлена: звонок продолжается по записи сервера (получено действий: { $inputs }).
ui-exam-stored = Экзаменационный звонок окончен; сервер сохранил его как попытку { $attempt }.
ui-exam-left-open = Вы вышли из экзаменационного звонка; на сервере он остаётся открытым, и его время идёт: запустите ту же команду снова, чтобы продолжить.
ui-exam-resuming = Продолжение экзаменационного звонка { $call } ({ $scenario }) по записи сервера: действий пока { $inputs }.
ui-exam-starting = Экзамен { $exam }: звонок «{ $scenario }» начинается. Без подсказок и шкал; каждый ответ сразу уходит на сервер.

## Экзамены через сервер в приложении (`doverie gui --server`).
gui-login-title = Вход на экзамен
gui-login-server = Сервер экзамена: { $server }
gui-login-name = Логин
gui-login-password = Пароль
gui-login-waiting = Вход…
gui-keys-login = Печатайте · Tab следующее поле · Enter войти
gui-exams-title = Ваши экзамены
gui-exams-trainee = Стажёр: { $trainee }
gui-exams-none = Вам не выдано ни одного экзамена. Обратитесь к экзаменатору.
gui-exams-waiting = Запрос к серверу…
gui-exams-opening = Звонок подключается к серверу…
gui-exam-heading = Экзамен { $exam } · { $window } · { $state }
gui-exam-open = открыт
gui-exam-not-yet = ещё не открыт
gui-exam-closed = закрыт
gui-exam-call-new = звонка ещё не было
gui-exam-call-live = прерван: продолжите его
gui-exam-call-finished = сдан, сохранён как попытка { $attempt }
gui-exam-call-flagged = отмечен: { $reason }
gui-keys-exams = 1–9 взять звонок под номером · F5 обновить список
gui-exam-recorded = Экзаменационный звонок { $call }: каждый ответ уходит на сервер
gui-exam-sending = Конец звонка отправляется на сервер…
gui-exam-stored = Сервер сохранил этот экзаменационный звонок как попытку { $attempt }.
gui-exam-flagged = Сервер не принял ответ: { $reason } Звонок на этом окончен и передан экзаменатору.
gui-exam-no-display = Чтобы сдать экзамен в терминале, укажите --login и --password-file или запустите `doverie play --server URL --login ЛОГИН --password-file ФАЙЛ`.
