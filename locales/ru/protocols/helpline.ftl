# Протокол детского телефона доверия: действия, события звонка, службы и исходы.

## Действия консультанта

act-greet = Приветствие и представление
act-invite-to-talk = Мягкое приглашение к разговору
act-wait-patiently = Терпение к молчанию
act-describe-what-you-hear = Описание того, что слышно
act-offer-tap-code = Предложение стучать вместо слов
act-reflect-feelings = Отражение чувств
act-validate = Признание чувств
act-normalise = Нормализация
act-praise-telling = «Ты правильно сделал, что рассказал»
act-not-your-fault = «Ты не виноват»
act-believe-child = Доверие к словам ребёнка
act-warmth = Теплота
act-open-question = Открытый вопрос
act-closed-question = Закрытый вопрос
act-summarise = Обобщение
act-notice-cue = Внимание к косвенному намёку
act-ask-about-suicide = Прямой вопрос о суициде
act-assess-safety-now = Проверка безопасности сейчас
act-assess-plan = Вопрос о плане, средствах и времени
act-explore-trusted-adult = Поиск взрослого, которому можно доверять
act-explore-options = Поиск выхода вместе с ребёнком
act-encourage-real-ties = Поддержка связей в реальной жизни
act-direct-advice = Готовый совет
act-explain-confidentiality = Честно о конфиденциальности
act-explain-next-steps = Объяснение, что будет дальше
act-ask-consent = Вопрос о согласии
act-ask-location = Вопрос, где находится ребёнок
act-offer-referral = Предложение обратиться к специалистам
act-safety-plan = План безопасности
act-check-feelings-now = Вопрос, как ребёнок чувствует себя сейчас
act-agree-next-step = Договорённость о следующем шаге
act-invite-call-back = Приглашение звонить ещё
act-set-boundary = Тёплая граница
act-name-pattern = Бережное называние повторяющегося
act-promise-secrecy = Обещание никому не рассказывать
act-leading-question = Наводящий вопрос
act-press-for-details = Расспросы о подробностях
act-press-identity = Выпытывание личных данных
act-share-personal-details = Рассказ о себе лично
act-give-personal-contact = Личные контакты
act-agree-to-meet = Согласие встретиться
act-blame-child = Обвинение ребёнка
act-disbelieve = Недоверие к ребёнку
act-minimise = Преуменьшение
act-show-shock = Шок или отвращение
act-lecture = Нотации
act-dangerous-advice = Опасный совет

## События звонка

event-testing-opener = Проверочное начало
event-masked-request = Замаскированная просьба
event-caller-silent = Молчащий абонент
event-strong-feeling = Сильное чувство
event-isolation-cue = Признак одиночества
event-dependency-cue = Признак привязанности к консультанту
event-asks-personal-contact = Просит личные контакты
event-asks-to-meet = Просит о встрече
event-asks-counsellor-schedule = Спрашивает о сменах консультанта
event-asks-secrecy = Просит сохранить тайну
event-hint-abuse = Косвенный намёк на насилие
event-disclosure-physical = Рассказ о физическом насилии
event-disclosure-neglect = Рассказ о пренебрежении нуждами
event-disclosure-sexual = Рассказ о сексуальном насилии
event-abuser-has-access-to-children = У обидчика есть доступ к другим детям
event-risk-cue-suicide = Признак суицидального риска
event-self-harm = Самоповреждение
event-suicide-plan = Суицидальный план
event-attempt-in-progress = Попытка суицида прямо сейчас
event-danger-now = Опасность прямо сейчас
event-mentions-trusted-adult = Упоминает взрослого, которому доверяет
event-consent-given = Согласие дано
event-consent-refused = В согласии отказано
event-location-given = Назвал, где находится
event-safety-plan-agreed = План безопасности согласован
event-feels-better = Стало легче
event-withdraws = Замыкается

## Службы

service-emergency-112 = Единая служба спасения (112)
service-police-102 = Полиция (102)
service-ambulance-103 = Скорая помощь (103)
service-guardianship = Органы опеки и попечительства
service-minors-commission = Комиссия по делам несовершеннолетних (КДН и ЗП)
service-police-juvenile-unit = Подразделение по делам несовершеннолетних (ПДН)
service-child-in-danger-line = Линия СК «Ребёнок в опасности»
service-rehabilitation-centre = Социально-реабилитационный центр для несовершеннолетних
service-ppms-centre = ППМС-центр
service-school-psychologist = Школьный психолог
service-children-online = Линия помощи «Дети онлайн»

group-emergency = Экстренные службы
group-child-protection = Защита детей
group-voluntary-support = Добровольная поддержка

## Исходы

outcome-child-hung-up = ребёнок положил трубку
outcome-help-declined = ребёнок отказался от помощи
outcome-help-agreed = ребёнок согласился на помощь
outcome-emergency-help-sent = экстренная помощь направлена
outcome-call-closed-well = разговор завершён бережно
