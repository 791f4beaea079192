region-federal = Федеральные линии
entry-emergency-112 = Единая служба спасения
entry-police-102 = Полиция
entry-ambulance-103 = Скорая помощь
entry-children-helpline = Детский телефон доверия
entry-child-in-danger = Линия СК России «Ребёнок в опасности»
entry-children-online = Линия помощи «Дети онлайн»
