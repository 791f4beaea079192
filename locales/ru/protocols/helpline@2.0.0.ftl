# Протокол детского телефона доверия: действия, события звонка, службы и исходы.
#
# Сообщения, которые обращаются к ребёнку или говорят о нём («Ты правильно сделал(а), что рассказал(а)»),
# получают $gender — род абонента, как в сценариях: female или male. К стажёру разбор обращается на «вы»;
# советы («как было бы лучше») написаны неопределённой формой, слова консультанта — в кавычках, без форм рода.

protocol-title = Детский телефон доверия

## Действия консультанта

act-greet = Приветствие и представление
act-invite-to-talk = Мягкое приглашение к разговору
act-wait-patiently = Терпеливое ожидание
act-describe-what-you-hear = Описание того, что слышно
act-offer-tap-code = Предложение стучать вместо слов
act-reflect-feelings = Отражение чувств
act-validate = Принятие чувств
act-normalise = Нормализация
act-praise-telling = «Ты правильно { $gender ->
        [female] сделала, что рассказала
       *[male] сделал, что рассказал
    }»
act-not-your-fault = «Ты не { $gender ->
        [female] виновата
       *[male] виноват
    }»
act-believe-child = Доверие к словам ребёнка
act-warmth = Теплота
act-open-question = Открытый вопрос
act-closed-question = Закрытый вопрос
act-summarise = Подведение итогов
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
act-name-pattern = Мягкое указание на повторяющееся
act-promise-secrecy = Обещание никому не рассказывать
act-leading-question = Наводящий вопрос
act-press-for-details = Расспросы о подробностях
act-press-identity = Выпытывание личных данных
act-share-personal-details = Личные подробности о себе
act-give-personal-contact = Передача личных контактов
act-agree-to-meet = Согласие встретиться
act-blame-child = Обвинение ребёнка
act-disbelieve = Недоверие к ребёнку
act-minimise = Преуменьшение
act-show-shock = Шок или отвращение
act-lecture = Нотации
act-dangerous-advice = Опасный совет

act-close-silent-call = Завершение молчаливого звонка с приглашением перезвонить
act-ask-about-risk-to-others = Вопрос об опасности для других
act-consult-supervisor = Консультация со старшим смены
act-confirm-help-arrived = Проверка, что помощь приехала
act-threaten = Угроза или ультиматум
act-false-guarantee = Ложное обещание

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
event-location-given = Сообщает, где находится
event-safety-plan-agreed = План безопасности согласован
event-feels-better = Стало легче
event-withdraws = Замыкается

event-risk-to-others = Опасность для других
event-consent-trusted-adult = Согласие подключить близкого взрослого
event-consent-emergency = Согласие вызвать экстренные службы
event-consent-ambulance = Согласие вызвать скорую
event-consent-police = Согласие вызвать полицию
event-consent-child-protection = Согласие подключить органы защиты детей
event-consent-support = Согласие на помощь службы поддержки
event-refuses-trusted-adult = Отказ подключать близкого взрослого
event-refuses-emergency = Отказ от экстренных служб
event-refuses-police = Отказ от полиции
event-refuses-child-protection = Отказ от органов защиты детей
event-refuses-support = Отказ от службы поддержки
event-help-arrived = Помощь приехала

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
service-ombudsman = Уполномоченный по правам ребёнка
service-crisis-shelter = Кризисное отделение для матерей с детьми
service-psychiatric-crisis = Детская и подростковая психиатрическая кризисная служба
service-family-support = Отделение помощи семье и детям КЦСОН

group-emergency = Экстренные службы
group-child-protection = Защита детей
group-voluntary-support = Помощь по согласию

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
topic-disclosure = рассказ о насилии
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
topic-attempt-in-progress = суицидальная попытка прямо сейчас
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

rule-patience-with-silence = Терпение, когда ребёнок молчит
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
rule-normalise--better = Сказать, что { $gender ->
        [female] её реакция понятна и что многие дети на её месте
       *[male] его реакция понятна и что многие дети на его месте
    } чувствуют то же самое.

rule-believe-the-child = Доверие к словам ребёнка
rule-believe-the-child--explain = Ребёнок, которому не поверили, часто забирает свои слова назад и перестаёт просить о помощи.
rule-believe-the-child--better = Прямо сказать: «Я тебе верю. Ты ни в чём не { $gender ->
        [female] виновата
       *[male] виноват
    }».

rule-telling-was-right = «Ты правильно { $gender ->
        [female] сделала, что рассказала
       *[male] сделал, что рассказал
    }»
rule-telling-was-right--explain = Чтобы рассказать, нужна смелость: дети боятся наказания или того, что из-за них будут неприятности.
rule-telling-was-right--better = Сказать ребёнку, что { $gender ->
        [female] она поступила правильно, когда рассказала
       *[male] он поступил правильно, когда рассказал
    } об этом.

rule-no-blame-or-disbelief = Без обвинений и недоверия
rule-no-blame-or-disbelief--explain = Обвинение или сомнение в ответ на намёк или рассказ о насилии повторяет травму и заставляет ребёнка замолчать.
rule-no-blame-or-disbelief--better = Поверить ребёнку и сказать: если взрослый причиняет ребёнку боль, ребёнок в этом не виноват.

rule-no-minimising = Без преуменьшения
rule-no-minimising--explain = Слова «так во всех семьях бывает» говорят ребёнку, что его боль не в счёт.
rule-no-minimising--better = Отнестись к словам ребёнка всерьёз и отразить, как { $gender ->
        [female] ей
       *[male] ему
    } тяжело.

rule-no-shock = Без шока и отвращения
rule-no-shock--explain = Если консультант потрясён, ребёнок решает, что сказал что-то постыдное или опасное.
rule-no-shock--better = Сохранять спокойствие и теплоту: именно эта устойчивость даёт ребёнку силы продолжать.

rule-no-lecturing = Без нотаций
rule-no-lecturing--explain = Нотации ставят консультанта над ребёнком и обрывают разговор.
rule-no-lecturing--better = Спросить, что ребёнок думает и чувствует, и искать выход вместе.

rule-notice-indirect-cues = Внимание к косвенным намёкам
rule-notice-indirect-cues--explain = Дети часто рассказывают о беде частично и намёками («спрашиваю за друга»); пропущенный намёк может оказаться единственной попыткой.
rule-notice-indirect-cues--better = Бережно назвать намёк и дать ребёнку возможность продолжить: «Похоже, это может касаться кого-то близкого. Я слушаю».

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
rule-no-interrogating-sexual-abuse--better = Выслушать, поверить, сказать: «Ты не { $gender ->
        [female] виновата
       *[male] виноват
    }», — и честно объяснить, что может быть дальше.

rule-open-questions = Открытые вопросы
rule-open-questions--explain = Открытые вопросы позволяют ребёнку сказать о главном для него, а не отвечать «да» или «нет».
rule-open-questions--better = Спрашивать «как», «что», «расскажи подробнее».

rule-explore-trusted-adults = Поиск взрослых, которым можно доверять
rule-explore-trusted-adults--explain = Близкое окружение ребёнка важнее учреждений: взрослый, которому он доверяет, может защищать его каждый день.
rule-explore-trusted-adults--better = Спросить, кому ребёнок доверяет: родственнику, учителю, воспитателю, школьному психологу.

rule-strengthen-real-ties = Поддержка связей в реальной жизни
rule-strengthen-real-ties--explain = Задача консультанта — помочь одинокому ребёнку найти настоящих друзей и взрослых рядом, а не стать для него единственным.
rule-strengthen-real-ties--better = Расспросить о людях и местах в жизни ребёнка и поддержать эти связи: друг или подруга, воспитатель, кружок.

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
rule-explain-before-dispatch--better = Честно сказать ребёнку, кому вы позвоните, что они сделают и чего { $gender ->
        [female] ей
       *[male] ему
    } ждать.

rule-trusted-adults-before-institutions = Сначала близкие взрослые, потом учреждения
rule-trusted-adults-before-institutions--explain = Сначала — наименее вмешивающийся шаг: близкие взрослые ребёнка, а уже потом органы защиты детей.
rule-trusted-adults-before-institutions--better = Выяснить, кто из окружения ребёнка может помочь, прежде чем подключать опеку или полицию.

rule-emergency-for-attempt = Экстренная помощь при попытке суицида
rule-emergency-for-attempt--explain = Попытка прямо сейчас — непосредственная угроза жизни: экстренные службы вызывают с согласием или без него.
rule-emergency-for-attempt--better = Сразу вызвать экстренные службы, оставаться с ребёнком на линии и сказать { $gender ->
        [female] ей
       *[male] ему
    }, что помощь едет.

rule-act-on-danger-now = Действия при непосредственной опасности
rule-act-on-danger-now--explain = Оставить ребёнка в непосредственной опасности без плана — одна из самых тяжёлых ошибок.
rule-act-on-danger-now--better = Составить с ребёнком конкретный план безопасности или вызвать экстренные службы, сказав ребёнку, что будет.

rule-location-before-emergency = Где ребёнок — до вызова экстренных служб
rule-location-before-emergency--explain = Номер на линии не определяется: помощь доберётся до ребёнка, только если он скажет, где находится.
rule-location-before-emergency--better = Бережно спросить, где ребёнок, прежде чем вызывать экстренные службы.

rule-safety-plan-after-risk = План безопасности после признаков риска
rule-safety-plan-after-risk--explain = Если прозвучал риск, ребёнку нужно знать, что делать, если станет хуже.
rule-safety-plan-after-risk--better = Договориться с ребёнком, к кому { $gender ->
        [female] она пойдёт или кому позвонит и что сделает
       *[male] он пойдёт или кому позвонит и что сделает
    }, если чувство или опасность вернутся.

rule-how-do-you-feel-now = Вопрос о самочувствии сейчас
rule-how-do-you-feel-now--explain = То, как ребёнок чувствует себя в конце разговора, лучше всего говорит о риске в ближайшее время.
rule-how-do-you-feel-now--better = Перед завершением спросить, как ребёнок чувствует себя сейчас, после разговора.

rule-agree-a-next-step = Конкретный следующий шаг
rule-agree-a-next-step--explain = Если разговор заканчивается маленьким конкретным шагом, ребёнок скорее начнёт действовать.
rule-agree-a-next-step--better = Договориться с ребёнком об одном шаге: с кем и когда { $gender ->
        [female] она поговорит
       *[male] он поговорит
    }.

rule-invite-to-call-again = Приглашение позвонить ещё
rule-invite-to-call-again--explain = Дети часто звонят много раз, прежде чем решаются рассказать; открытая дверь сохраняет путь к помощи.
rule-invite-to-call-again--better = Сказать, что линия работает круглосуточно и можно позвонить в любой момент.

rule-no-abrupt-hang-up = Не обрывать разговор
rule-no-abrupt-hang-up--explain = Консультант, который резко кладёт трубку, оставляет ребёнка одного с тем, с чем он пришёл.
rule-no-abrupt-hang-up--better = Завершить разговор вместе с ребёнком: спросить о самочувствии, договориться о шаге, пригласить звонить ещё.

rule-no-promise-of-secrecy = Не обещать полную тайну
rule-no-promise-of-secrecy--explain = Обещание полной тайны нельзя сдержать, если жизни ребёнка угрожает опасность; нарушенное обещание разрушает доверие.
rule-no-promise-of-secrecy--better = Сказать честно: «Всё, что ты скажешь, останется здесь. Есть одно исключение: если твоей жизни будет грозить опасность, — тогда я сначала скажу об этом тебе».

rule-honest-about-confidentiality = Честно о конфиденциальности
rule-honest-about-confidentiality--explain = Ребёнку, который просит сохранить тайну, нужен честный ответ, чтобы он сам решил, что рассказать.
rule-honest-about-confidentiality--better = Понятными словами объяснить, что останется только в этом разговоре и в каком единственном случае это не так.

rule-no-personal-contact-or-meeting = Ни личных контактов, ни встреч
rule-no-personal-contact-or-meeting--explain = Личный номер или согласие встретиться разрушают роль консультанта и создают риск и для ребёнка, и для консультанта.
rule-no-personal-contact-or-meeting--better = Поставить тёплую границу: линия есть всегда, кто бы ни ответил, — и помочь ребёнку найти людей рядом.

rule-no-personal-details = Без личных подробностей
rule-no-personal-details--explain = Рассказы о графике смен или личной жизни укрепляют исключительную привязанность к одному консультанту.
rule-no-personal-details--better = Тепло сказать, что этим поделиться нельзя и что на линии { $gender ->
        [female] её
       *[male] его
    } всегда выслушает любой консультант.

rule-no-pressing-for-identity = Не выпытывать личные данные
rule-no-pressing-for-identity--explain = Линия анонимна; если выпытывать имя, адрес или школу, ребёнок положит трубку.
rule-no-pressing-for-identity--better = Уважать анонимность; спрашивать, где ребёнок, только когда к нему должна приехать помощь, и объяснять зачем.

rule-warm-boundaries = Тёплые границы
rule-warm-boundaries--explain = Когда ребёнок просит личный номер, встречу или график, ясная и тёплая граница его защищает.
rule-warm-boundaries--better = Признать это желание, мягко сказать, чего сделать нельзя и что можно: звонить на линию в любое время.

rule-name-the-dependency = Бережно назвать привязанность
rule-name-the-dependency--explain = Ребёнку, привязавшемуся к одному консультанту, нужна помощь, чтобы повернуться к людям в реальной жизни.
rule-name-the-dependency--better = Мягко назвать повторяющееся («ты звонишь мне, когда ночью тяжело») и поискать, кто может быть рядом днём.

rule-no-dangerous-advice = Без опасных советов
rule-no-dangerous-advice--explain = Совет, который подвергает ребёнка опасности (выяснять отношения с обидчиком, убегать ночью), может навредить.
rule-no-dangerous-advice--better = Обдумать с ребёнком { $gender ->
        [female] её
       *[male] его
    } безопасность и вместе выбрать наименее рискованный шаг.

rule-no-leaving-the-child-in-silence = Не оставлять ребёнка в тишине
rule-no-leaving-the-child-in-silence--explain = Если ребёнок говорил, а консультант полминуты молчит, ребёнок слышит, что его никто не слушает; многие кладут трубку.
rule-no-leaving-the-child-in-silence--better = Ответить хотя бы коротко: отразить услышанное или сказать: «Я здесь, я тебя слушаю».

rule-try-before-closing-a-silent-call = Попытки наладить контакт до завершения молчаливого звонка
rule-try-before-closing-a-silent-call--explain = Молчащий ребёнок может проверять, слушают ли его; описание того, что слышно, или код постукиваний дают ему возможность ответить без слов.
rule-try-before-closing-a-silent-call--better = Описать, что слышно, и предложить отвечать постукиванием, а затем завершить звонок с приглашением перезвонить.

rule-no-threats = Без угроз и ультиматумов
rule-no-threats--explain = Угроза («если это повторится, мне придётся сообщить…») отнимает у ребёнка контроль и учит его, что рассказывать опасно.
rule-no-threats--better = Честно сказать, что вас тревожит и что вам, возможно, придётся сделать, и вместе искать следующий шаг.

rule-assess-the-risk = Оценка риска
rule-assess-the-risk--explain = Суицидальные мысли и план со средствами и временем — разный уровень риска; различить их можно, только спросив о плане, средствах и времени.
rule-assess-the-risk--better = После прямого вопроса спокойно спросить, есть ли план, есть ли под рукой средства и когда.

rule-ask-about-risk-to-others = Вопрос об опасности для других
rule-ask-about-risk-to-others--explain = Когда ребёнок говорит об оружии или о желании кому-то навредить, под угрозой может быть чужая жизнь — это основание действовать даже без согласия.
rule-ask-about-risk-to-others--better = Спокойно и открыто спросить, может ли кто-то пострадать и угрожает ли кому-то опасность прямо сейчас, не устраивая допроса.

rule-no-interrogating = Без допроса
rule-no-interrogating--explain = Допрос о том, что случилось с ребёнком или что сделал он сам, пугает его и не входит в задачи консультанта: расследование — дело полиции.
rule-no-interrogating--better = Дать ребёнку рассказать то, что он может, в своём темпе, с открытыми вопросами.

rule-justified-without-consent = Действия без согласия, когда под угрозой жизнь
rule-justified-without-consent--explain = Непосредственная опасность, попытка суицида прямо сейчас или план со средствами и временем обязывают консультанта действовать и без согласия.
rule-justified-without-consent--better = Вызвать службу, сказать ребёнку, что вы делаете и почему, и оставаться с ним на линии.

rule-consult-the-supervisor = Консультация со старшим смены
rule-consult-the-supervisor--explain = Сообщение в органы защиты детей нарушает конфиденциальность: его согласуют со старшим смены и документируют (ст. 56 Семейного кодекса РФ; Федеральный закон № 120-ФЗ «Об основах системы профилактики безнадзорности и правонарушений несовершеннолетних»).
rule-consult-the-supervisor--better = Посоветоваться со старшим смены, прежде чем передавать сигнал, если только жизни не угрожает опасность прямо сейчас.

rule-route-to-an-open-service = Звонок в службу, которая работает сейчас
rule-route-to-an-open-service--explain = Некоторые службы работают только днём; звонок в закрытую службу отнимает время, которого у ребёнка в кризисе может не быть.
rule-route-to-an-open-service--better = Учесть время суток и звонить в ту службу, которая отвечает сейчас: ночью — в дежурную часть полиции через 102, а не в ПДН.

rule-stay-until-help-arrives = Оставаться на линии, пока не приедет помощь
rule-stay-until-help-arrives--explain = Ребёнок, который ждёт скорую или полицию, в опасности; закончить разговор — значит оставить его с этим одного.
rule-stay-until-help-arrives--better = Оставаться на линии, продолжать разговор и завершить звонок, только когда помощь рядом с ребёнком.

rule-confirm-help-arrived = Проверка, что помощь приехала
rule-confirm-help-arrived--explain = Вызванная помощь — ещё не приехавшая помощь: последний шаг эскалации — убедиться, что она добралась до ребёнка.
rule-confirm-help-arrived--better = Спросить, приехали ли скорая или полиция, и оставаться на линии, пока они не приедут.

rule-never-hang-up-on-a-child-at-risk = Не класть трубку, когда ребёнок в опасности
rule-never-hang-up-on-a-child-at-risk--explain = Положить трубку, когда ребёнок рассказал о насилии или находится в опасности, — самая тяжёлая ошибка: он может больше никогда не позвонить.
rule-never-hang-up-on-a-child-at-risk--better = Оставаться с ребёнком, договориться о следующем шаге или плане безопасности и завершить звонок вместе.

rule-no-false-guarantees = Без ложных обещаний
rule-no-false-guarantees--explain = Обещание того, что консультант не контролирует («в школе никто не узнает», «без твоего согласия ничего не будет»), разрушает доверие ребёнка, когда не сбывается.
rule-no-false-guarantees--better = Честно говорить, что вы можете и чего не можете обещать и что может произойти дальше.
