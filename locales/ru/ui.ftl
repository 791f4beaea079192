# Слова самой программы (игра в терминале).

# На телефоне доверия номер не определяется: кто звонит, консультант узнаёт из разговора.
ui-call-header = Входящий звонок · зерно { $seed }
ui-incoming-call = ☎ Входящий звонок на детский телефон доверия…
ui-press-enter = Нажмите Enter, чтобы ответить.
ui-you = Вы
ui-dispatched = ☎ Вы подключаете: { $service }
ui-service-closed = ☎ { $service } — в это время не отвечает.
ui-silence = (молчание, { $seconds } с)
ui-call-ended = — Звонок завершён: { $outcome }.
ui-counsellor-hung-up = вы положили трубку
ui-prompt = Ответ 1–{ $count } · d — подключить службу · w — ждать · h — положить трубку · q — сохранить и выйти
ui-dispatch-how = Введите d и номер (например, d 2), чтобы подключить службу.
ui-call-summary = { $turns ->
    [one] { $turns } реплика
    [few] { $turns } реплики
   *[many] { $turns } реплик
}, { $minutes } мин { $seconds } с.
ui-transcript-saved = Запись звонка сохранена: { $path }
ui-resume-hint = Чтобы продолжить звонок: doverie play --resume { $path }
ui-script-ended = (Сценарий ввода закончился; звонок продолжается.)
ui-bad-input = Сейчас так нельзя: { $input }

ui-difficulty-introductory = начальный уровень
ui-difficulty-intermediate = средний уровень
ui-difficulty-advanced = продвинутый уровень

## Разбор звонка

ui-debrief-title = Разбор звонка
ui-debrief-level = { $level } · { $total } из 100
ui-debrief-protocol = Оценено по протоколу { $protocol } { $version }
ui-debrief-critical = { $count ->
    [one] { $count } критическое отклонение: оно определяет уровень независимо от баллов.
    [few] { $count } критических отклонения: они определяют уровень независимо от баллов.
   *[many] { $count } критических отклонений: они определяют уровень независимо от баллов.
}
ui-debrief-categories = По категориям
ui-debrief-no-opportunity = — (в этом звонке не было повода)
ui-debrief-timeline = Реплика за репликой
ui-debrief-start = До вашего первого ответа
ui-debrief-turn = Реплика { $turn } ({ $time })
ui-debrief-deviation = ✗ { $severity }: { $rule }
ui-debrief-why = Почему это важно: { $text }
ui-debrief-better = Лучше так: { $text }
ui-debrief-kept = ✓ { $rule }
ui-debrief-went-well = Что получилось
ui-debrief-nothing-went-well = В этом звонке пока нечего отметить; подсказки выше покажут, с чего начать.
ui-debrief-end-state = Состояние абонента в конце звонка (отдельно от оценки)
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


## Сертификация

ui-certify-title = Сертификация: { $trainee }, { $calls ->
    [one] { $calls } звонок
    [few] { $calls } звонка
   *[many] { $calls } звонков
} (протокол { $protocol } { $version })
ui-certify-certified = Решение: СЕРТИФИЦИРОВАН
ui-certify-not-certified = Решение: НЕ СЕРТИФИЦИРОВАН
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
