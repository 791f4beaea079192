# Протокол детского телефона доверия: действия, события звонка, службы и исходы.

protocol-title = Детский телефон доверия

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

## Темы

topic-physical-abuse = физическое насилие
topic-neglect = пренебрежение нуждами ребёнка
topic-sexual-abuse = сексуальное насилие
topic-family = семья
topic-disclosure = раскрытие
topic-isolation = одиночество
topic-orphanage = детский дом
topic-dependency = привязанность к консультанту
topic-regular-caller = постоянный абонент
topic-silent-caller = молчащий абонент
topic-testing-caller = проверочный или шуточный звонок
topic-masked-request = замаскированная просьба
topic-third-party = звонок от третьего лица
topic-suicidal-thoughts = суицидальные мысли
topic-imminent-suicide-risk = непосредственный суицидальный риск
topic-attempt-in-progress = попытка прямо сейчас
topic-self-harm = самоповреждение
topic-bullying = травля
topic-running-away = уход из дома
topic-online-harm = опасность в интернете
topic-domestic-violence = насилие между взрослыми в семье
topic-danger-now = ребёнок в опасности прямо сейчас

## Категории оценки

category-contact = Контакт
category-emotional-support = Эмоциональная поддержка
category-problem-and-risk = Проблема и риск
category-alternatives = Поиск выхода
category-dispatch-and-escalation = Подключение служб
category-closure = Завершение разговора
category-ethics-and-boundaries = Этика и границы

## Правила: название, почему это важно (--explain), как было бы лучше (--better)

rule-greet-and-invite = Приветствие и приглашение к разговору
rule-greet-and-invite--explain = Первые слова решают, осмелится ли ребёнок говорить дальше: спокойное приветствие и неторопливое приглашение делают линию безопасной.
rule-greet-and-invite--better = Поздороваться, назвать своё имя (псевдоним) и пригласить ребёнка говорить в своём темпе.

rule-patience-with-silence = Терпение к молчанию
rule-patience-with-silence--explain = Молчащий ребёнок часто проверяет, станет ли кто-то его ждать.
rule-patience-with-silence--better = Остаться на линии, мягко сказать, что начать бывает трудно, описать, что слышно, или предложить стучать: один раз — «да», два — «нет».

rule-never-hang-up-on-silent-caller = Не класть трубку, когда ребёнок молчит
rule-never-hang-up-on-silent-caller--explain = Если положить трубку в ответ на молчание, ребёнок убедится, что его никто не слушает, и может больше не позвонить.
rule-never-hang-up-on-silent-caller--better = Оставаться на линии и мягко приглашать к разговору; если звонок всё же заканчивается — пригласить позвонить в любое время.

rule-reflect-strong-feelings = Отражение сильных чувств
rule-reflect-strong-feelings--explain = Когда ребёнок переживает сильное чувство, его нужно назвать и принять — только тогда снижается напряжение.
rule-reflect-strong-feelings--better = Отразить чувство словами ребёнка («тебе сейчас очень страшно») и принять его.

rule-normalise = Нормализация переживаний
rule-normalise--explain = Ребёнку в беде часто кажется, что с ним что-то не так, раз он так себя чувствует.
rule-normalise--better = Сказать, что его реакция понятна и что многие дети на его месте чувствуют то же самое.

rule-believe-the-child = Доверие к словам ребёнка
rule-believe-the-child--explain = Ребёнок, которому не поверили, часто забирает свои слова назад и перестаёт просить о помощи.
rule-believe-the-child--better = Прямо сказать, что веришь ему и что в случившемся нет его вины.

rule-telling-was-right = «Ты правильно сделал, что рассказал»
rule-telling-was-right--explain = Чтобы рассказать, нужна смелость: дети боятся наказания или того, что из-за них будут неприятности.
rule-telling-was-right--better = Сказать ребёнку, что он поступил правильно, когда рассказал об этом.

rule-no-blame-or-disbelief = Без обвинений и недоверия
rule-no-blame-or-disbelief--explain = Обвинение или сомнение в ответ на намёк или рассказ о насилии повторяет травму и заставляет ребёнка замолчать.
rule-no-blame-or-disbelief--better = Поверить ребёнку и сказать, что когда взрослый причиняет боль ребёнку, ребёнок в этом не виноват.

rule-no-minimising = Без преуменьшения
rule-no-minimising--explain = «Так во всех семьях бывает» — значит, боль ребёнка не в счёт.
rule-no-minimising--better = Отнестись к словам ребёнка всерьёз и отразить, как ему тяжело.

rule-no-shock = Без шока и отвращения
rule-no-shock--explain = Потрясённый консультант заставляет ребёнка думать, что он сказал что-то постыдное или опасное.
rule-no-shock--better = Оставаться спокойным и тёплым: именно эта устойчивость даёт ребёнку силы продолжать.

rule-no-lecturing = Без нотаций
rule-no-lecturing--explain = Нотации ставят консультанта над ребёнком и обрывают разговор.
rule-no-lecturing--better = Спросить, что ребёнок думает и чувствует, и искать выход вместе.

rule-notice-indirect-cues = Внимание к косвенным намёкам
rule-notice-indirect-cues--explain = Дети часто рассказывают о беде частично и намёками («спрашиваю за друга»); пропущенный намёк может оказаться единственной попыткой.
rule-notice-indirect-cues--better = Бережно назвать намёк и оставить место: «Похоже, это может касаться кого-то близкого. Я слушаю».

rule-ask-about-suicide = Прямой вопрос о суициде
rule-ask-about-suicide--explain = Прямой вопрос о суициде не подталкивает ребёнка к этой мысли; если не спросить после явных признаков, риск остаётся неизвестным.
rule-ask-about-suicide--better = Спокойно и прямо спросить: «Ты думаешь о том, чтобы покончить с собой?» — а затем о плане, средствах и времени.

rule-check-safety-now = Проверка безопасности сейчас
rule-check-safety-now--explain = После рассказа о насилии первый вопрос — в безопасности ли ребёнок сегодня.
rule-check-safety-now--better = Спросить, где ребёнок сейчас, кто рядом и близка ли опасность.

rule-no-leading-questions = Без наводящих вопросов о насилии
rule-no-leading-questions--explain = Наводящие вопросы могут изменить рассказ ребёнка и повредить будущему расследованию.
rule-no-leading-questions--better = Задавать открытые вопросы и использовать слова самого ребёнка: «Что было потом?»

rule-no-interrogating-sexual-abuse = Не допрашивать о сексуальном насилии
rule-no-interrogating-sexual-abuse--explain = Расспросы о подробностях заново травмируют ребёнка; расследование — дело специалистов.
rule-no-interrogating-sexual-abuse--better = Выслушать, поверить, сказать, что он не виноват, и честно объяснить, что может быть дальше.

rule-no-pressing-for-details = Без расспросов о подробностях
rule-no-pressing-for-details--explain = Допрос о насилии пугает ребёнка и не входит в задачи консультанта.
rule-no-pressing-for-details--better = Дать ребёнку рассказать то, что он может, в своём темпе, с помощью открытых вопросов.

rule-open-questions = Открытые вопросы
rule-open-questions--explain = Открытые вопросы позволяют ребёнку сказать о главном для него, а не отвечать «да» или «нет».
rule-open-questions--better = Спрашивать «как», «что», «расскажи подробнее».

rule-explore-trusted-adults = Поиск взрослых, которым можно доверять
rule-explore-trusted-adults--explain = Близкое окружение ребёнка важнее учреждений: взрослый, которому он доверяет, может защищать его каждый день.
rule-explore-trusted-adults--better = Спросить, кому ребёнок доверяет: родственнику, учителю, воспитателю, школьному психологу.

rule-strengthen-real-ties = Поддержка связей в реальной жизни
rule-strengthen-real-ties--explain = Задача консультанта — помочь одинокому ребёнку найти настоящих друзей и взрослых рядом, а не стать для него единственным.
rule-strengthen-real-ties--better = Расспросить о людях и местах в жизни ребёнка и поддержать их: подруга, воспитатель, кружок.

rule-child-finds-options = Собственные решения ребёнка
rule-child-finds-options--explain = Дети действуют по решениям, которые нашли сами; готовым рецептам следуют редко.
rule-child-finds-options--better = Спросить, что ребёнок уже придумал, что помогало раньше и что можно попробовать.

rule-no-ready-made-recipes = Без готовых рецептов
rule-no-ready-made-recipes--explain = Указания, что делать, отнимают у ребёнка ощущение контроля.
rule-no-ready-made-recipes--better = Помочь ребёнку найти варианты и взвесить их вместе.

rule-consent-before-dispatch = Согласие перед подключением служб
rule-consent-before-dispatch--explain = Линия конфиденциальна: помощь направляют с согласия ребёнка, если только жизни не угрожает непосредственная опасность.
rule-consent-before-dispatch--better = Объяснить, кто приедет и что будет, и спросить согласия ребёнка, прежде чем подключать службу.

rule-explain-before-dispatch = Объяснение перед подключением службы
rule-explain-before-dispatch--explain = Ребёнок, который не знает, что будет, может испугаться, положить трубку или всё отрицать, когда придёт помощь.
rule-explain-before-dispatch--better = Честно сказать, кому ты позвонишь, что они сделают и чего ребёнку ждать.

rule-trusted-adults-before-institutions = Сначала близкие взрослые, потом учреждения
rule-trusted-adults-before-institutions--explain = Сначала — наименее вмешивающийся шаг: близкие взрослые ребёнка, а уже потом органы защиты детей.
rule-trusted-adults-before-institutions--better = Выяснить, кто из окружения ребёнка может помочь, прежде чем подключать опеку или полицию.

rule-emergency-for-attempt = Экстренная помощь при попытке суицида
rule-emergency-for-attempt--explain = Попытка прямо сейчас — непосредственная угроза жизни: экстренные службы вызывают с согласием или без него.
rule-emergency-for-attempt--better = Сразу вызвать экстренные службы, оставаться с ребёнком на линии и сказать ему, что помощь едет.

rule-act-on-danger-now = Действия при непосредственной опасности
rule-act-on-danger-now--explain = Оставить ребёнка в непосредственной опасности без плана — одна из самых тяжёлых ошибок.
rule-act-on-danger-now--better = Составить с ребёнком конкретный план безопасности или вызвать экстренные службы, сказав ребёнку, что будет.

rule-location-before-emergency = Где ребёнок — до вызова экстренных служб
rule-location-before-emergency--explain = Номер на линии не определяется: помощь доберётся до ребёнка, только если он скажет, где находится.
rule-location-before-emergency--better = Бережно спросить, где ребёнок, прежде чем вызывать экстренные службы.

rule-safety-plan-after-risk = План безопасности после признаков риска
rule-safety-plan-after-risk--explain = Если прозвучал риск, ребёнку нужно знать, что делать, если станет хуже.
rule-safety-plan-after-risk--better = Договориться с ребёнком, к кому он пойдёт или кому позвонит и что сделает, если чувство или опасность вернутся.

rule-how-do-you-feel-now = Вопрос о самочувствии сейчас
rule-how-do-you-feel-now--explain = То, как ребёнок чувствует себя в конце разговора, лучше всего говорит о риске в ближайшее время.
rule-how-do-you-feel-now--better = Перед завершением спросить, как ребёнок чувствует себя сейчас, после разговора.

rule-agree-a-next-step = Конкретный следующий шаг
rule-agree-a-next-step--explain = Если разговор заканчивается маленьким конкретным шагом, ребёнок скорее начнёт действовать.
rule-agree-a-next-step--better = Договориться с ребёнком об одном шаге: с кем и когда он поговорит.

rule-invite-to-call-again = Приглашение позвонить ещё
rule-invite-to-call-again--explain = Дети часто звонят много раз, прежде чем решаются рассказать; открытая дверь сохраняет путь к помощи.
rule-invite-to-call-again--better = Сказать, что линия работает круглосуточно и можно позвонить в любой момент.

rule-no-abrupt-hang-up = Не обрывать разговор
rule-no-abrupt-hang-up--explain = Консультант, который резко кладёт трубку, оставляет ребёнка одного с тем, с чем он пришёл.
rule-no-abrupt-hang-up--better = Завершить разговор вместе с ребёнком: спросить о самочувствии, договориться о шаге, пригласить звонить ещё.

rule-no-promise-of-secrecy = Не обещать полную тайну
rule-no-promise-of-secrecy--explain = Обещание полной тайны нельзя сдержать, если жизни ребёнка угрожает опасность; нарушенное обещание разрушает доверие.
rule-no-promise-of-secrecy--better = Быть честным: всё сказанное останется здесь, если только жизни ребёнка не угрожает опасность, и тогда ты сначала скажешь ему.

rule-honest-about-confidentiality = Честно о конфиденциальности
rule-honest-about-confidentiality--explain = Ребёнку, который просит сохранить тайну, нужен честный ответ, чтобы он сам решил, что рассказать.
rule-honest-about-confidentiality--better = Понятными словами объяснить, что остаётся между вами и в каком единственном случае это не так.

rule-no-personal-contact-or-meeting = Ни личных контактов, ни встреч
rule-no-personal-contact-or-meeting--explain = Личный номер или согласие встретиться разрушают роль консультанта и создают риск и для ребёнка, и для консультанта.
rule-no-personal-contact-or-meeting--better = Поставить тёплую границу: линия есть всегда, кто бы ни ответил, — и помочь ребёнку найти людей рядом.

rule-no-personal-details = Без личных подробностей
rule-no-personal-details--explain = Рассказы о графике смен или личной жизни укрепляют исключительную привязанность к одному консультанту.
rule-no-personal-details--better = Тепло сказать, что этим поделиться нельзя и что любой консультант линии здесь для него.

rule-no-pressing-for-identity = Не выпытывать личные данные
rule-no-pressing-for-identity--explain = Линия анонимна; если выпытывать имя, адрес или школу, ребёнок положит трубку.
rule-no-pressing-for-identity--better = Уважать анонимность; спрашивать, где ребёнок, только когда к нему должна приехать помощь, и объяснять зачем.

rule-warm-boundaries = Тёплые границы
rule-warm-boundaries--explain = Когда ребёнок просит личный номер, встречу или график, ясная и тёплая граница его защищает.
rule-warm-boundaries--better = Признать желание, мягко сказать, что невозможно, и что возможно: звонить на линию в любое время.

rule-name-the-dependency = Бережно назвать привязанность
rule-name-the-dependency--explain = Ребёнку, привязавшемуся к одному консультанту, нужна помощь, чтобы повернуться к людям в реальной жизни.
rule-name-the-dependency--better = Мягко назвать повторяющееся («ты звонишь мне, когда ночью тяжело») и поискать, кто может быть рядом днём.

rule-no-dangerous-advice = Без опасных советов
rule-no-dangerous-advice--explain = Совет, который подвергает ребёнка опасности (выяснять отношения с обидчиком, убегать ночью), может навредить.
rule-no-dangerous-advice--better = Обдумать с ребёнком его безопасность и вместе выбрать наименее рискованный шаг.

rule-no-leaving-the-child-in-silence = Не оставлять ребёнка в тишине
rule-no-leaving-the-child-in-silence--explain = Если ребёнок говорил, а консультант полминуты молчит, ребёнок слышит, что его никто не слушает; многие кладут трубку.
rule-no-leaving-the-child-in-silence--better = Ответить хотя бы коротко: отразить услышанное или сказать, что ты здесь и слушаешь.
