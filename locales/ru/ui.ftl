# Слова самой программы (игра в терминале).

ui-call-header = Звонит: { $name }, { $age ->
    [one] { $age } год
    [few] { $age } года
   *[many] { $age } лет
} · зерно { $seed }
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
