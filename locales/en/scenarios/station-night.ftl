# station-night: Kirill, 13, at the railway station at half past eleven at night after a row at
# home with his mother's new partner; he means to take the first train to his grandmother.
# Kirill (an invented name) talks like an angry, hurt thirteen-year-old: short, blunt, a bit of
# bravado ("whatever", "I'm fine"), the hurt showing through. The counsellor (pseudonym Zhenya)
# is calm and warm, puts his feelings and his safety first, and is honest about what happens next.

title = A night at the station
summary = Kirill, 13, calls at half past eleven at night from the railway station. After a row with his mother's new partner he walked out, and he wants to take the first train to his grandmother in another town; his phone is low and his money doesn't cover the ticket. Hear the request behind the question about tickets, his feelings before any lecture, where exactly he is and where to wait safely, who could come for him, and, at this hour, the police duty unit at the station with his consent. In one variant a stranger offers him a place for the night.
caller-name = Kirill

## The caller's state, as the debrief names it

variable-trust = trust

## Scenario-wide reactions

default--still-there = Hello? You there? It's really loud here… and my phone's nearly dead.
default--you-promised = Wait, who are you calling? You said nobody would know! You promised!
default--how-will-they-find-me = Who did you call? …They don't even know which station I'm at. Whatever.
default--you-called-the-cops = You called the police? I didn't say you could! Great. I'm out of here before they come.
default--not-sick = An ambulance? I'm not sick. What are you on about?
default--tomorrow = Tomorrow? I'm here now. It's the middle of the night.
default--who-is-that = Who are you talking to?

## Contact: a question about tickets

opening--ticket-question = Hi… Um, can I ask something? Can a kid buy a train ticket on his own? Like, if he's thirteen. At night.
opening--just-asking = Hello? Is this the helpline? I just wanted to ask… what if a ticket costs more than you've got. Never mind. Just asking.
opening--hello-loud = Hello? Can you hear me? It's loud here, there's announcements.
opening--greet-open = Hi, this is the children's helpline, my name is Zhenya. Good that you called. It sounds like you're somewhere noisy, and like there's more behind that question. What's going on tonight?
opening--railway-info = Hello, helpline. Ticket rules are for the railway's information desk, we don't know them. Anything else?
opening--why-not-in-bed = Hello. It's half past eleven, why are you not in bed? Do your parents know where you are?

only-ticket--never-mind = Yeah. OK. Never mind then.
only-ticket--ok-then = OK… I thought… Doesn't matter.
only-ticket--notice-late = Wait, don't go. I answered too quickly. You're asking about a ticket at night, and I'd like to understand why. What's happened?
only-ticket--anything-else = So, was there anything else?

defensive--same-as-everyone = See, you're just like everyone. Lecture, lecture. Nobody listens.
defensive--not-going-back = I'm not going home. Don't even start. I'm not going back there.
defensive--see = …See. Nothing to say.
defensive--repair = Sorry, that came out as a lecture, and I really do want to hear you. What's happened tonight? Tell me in your own words.
defensive--insist = You have to go home right now. That's all there is to it.

## Exploration: the feelings first

station--left-home = I'm at the station. I left. Walked out. Took my backpack and went. I'm not going back.
station--at-the-station = I'm… at the station. I ran away. Well, not ran. Left. I want to go to my gran's.
station--reflect = You left home tonight and you're on your own at the station. Lots of kids feel like getting away when things at home become unbearable. What happened tonight?
station--where-first = Are you safe there right now? Why did you leave?
station--go-home = You need to go home now. Running away doesn't solve anything.
station--shocked = At night? On your own? Do you understand how dangerous that is?

the-fight--he-shouted = Mum's got this… boyfriend. Vadim. He moved in in the summer. Tonight he was yelling at me again, about the dishes, about everything. Grabbed my sleeve when I tried to go to my room. Said if I don't like it I can get out. So I got out.
the-fight--parasite = He calls me a parasite. Like, every day. Tonight he was shouting and grabbed my arm and said get out if you don't like it here. Mum just stood there. So I left.
the-fight--notice-grab = That sounds frightening and humiliating, being shouted at and told to get out. You said he grabbed you. Can you tell me a bit more about that, whatever you want to say?
the-fight--reflect-only = That's so unfair, being shouted at like that. No wonder you're angry.
the-fight--does-he-beat-you = He beats you, doesn't he? How often does he hit you? Where?
the-fight--you-provoked = Maybe you were a bit rude to him as well? Adults get tired, they snap.

clams-up--didnt-say-that = What? No. I didn't say that. I said he grabbed me.
clams-up--forget-it = I never said he hits me. Why are you asking that? Forget it.
clams-up--step-back = You're right, I got ahead of you and put words in your mouth. I'm sorry. Tell me in your own words, only what you want to.
clams-up--keep-asking = It's OK, you can tell me. Does he hit you? Has he done it before?

not-hit--just-shouts = He doesn't hit me. He just shouts all the time. Tonight was the first time he grabbed me. My arm's fine. And Mum said I wind him up.
not-hit--first-time = No, he never hit me. Just grabbed me today, hard. Mum said it's my fault, I provoke him.
not-hit--not-your-fault = It's not your fault that an adult shouts at you and grabs you. Nobody deserves that, whatever anyone says.
not-hit--he-is-stressed = He's probably just stressed. New family, it's hard for him too. It'll settle down.

nobody-cares--mum-didnt-call = And Mum didn't even call. It's been two hours. They don't care that I've left. Probably glad I'm out of the way.
nobody-cares--they-dont-care = My phone's right here. Nobody called. Not once. They don't care if I'm gone from home, you know?
nobody-cares--see-even-you = …Yeah. Even you've got nothing to say.
nobody-cares--hurt-and-safe = Two hours and no call: that must really hurt, as if nobody cares. I do care what happens to you tonight. Are you safe where you are right now?
nobody-cares--mum-is-worried = I'm sure your mum is worried sick. Just call her and say sorry, and it'll all be fine.
nobody-cares--ask-people-for-money = If you're short for the ticket, ask people in the hall to chip in. Lots of people help kids.

## Where he is: a quiet hall

hall-quiet--on-a-bench = I'm on a bench in the waiting hall. There's a few people sleeping. The first train to Gran's is at 5:40. The ticket's eleven hundred, I've got seven hundred. I'll just sit here till morning.
hall-quiet--battery-and-money = I'm sitting in the hall. My phone's on fourteen percent. I counted my money, it's not enough for the ticket. I'll sit till morning, the cafe's open.
hall-quiet--where-exactly = OK. I want to help you be safe tonight, and for that I need to picture where you are. Which station is it, and where exactly in it are you sitting?
hall-quiet--who-first = Is there someone you'd want to be with you right now?
hall-quiet--stations-are-dangerous = Stations at night are full of dangerous people! You can't sit there all night.

location--main-station = The main station. The big hall upstairs, for long-distance. I'm by the ticket windows. There's a police room at the other end.
location--upstairs-hall = Main station, upstairs, the long-distance hall. Near the ticket windows, there's a sign for the police post.
location--wait-by-the-post = Thank you, that helps. While we're talking: it's safest to stay inside, near the ticket windows or the police post, where staff can see you, and not to go anywhere with anyone who offers help. Who would you want to be with you tonight?
location--call-your-mum = Then the best thing is to call your mum now and tell her where you are.

## A stranger offers a place for the night

stranger--a-man-came = Wait… some man came up. He says he's been watching me sit here for ages. Says I can stay at his place tonight, he's got a car outside. He seems OK. It's better than a bench, right?
stranger--man-with-car = Hang on. There's this guy. He says kids shouldn't sit at the station at night and he can take me to his place, he's got a car. He's nice. Should I go?
stranger--hes-waiting = He's waiting for me… Should I go or what?
stranger--dont-go = I understand you're tired and cold, and he sounds kind. But please don't go with him: a grown-up you don't know shouldn't take a kid anywhere at night. Tell him "no thanks", stay inside the hall, and go to where the staff are: the ticket windows or the station's police post. Where are you exactly? Stay on the line with me while you walk.
stranger--what-is-he-like = What does he look like? How old is he?
stranger--if-he-seems-kind = Well, if he seems kind, it's warmer than a bench. Just text someone his car number.

man-waiting--by-the-exit = I dunno, old, like forty. He's by the exit now. He's waving at me to come.
man-waiting--warm-car = Normal guy. He says the car's warm and he's got tea in a flask. He's waiting.
man-waiting--dont-go = Please don't go with him, whatever he says. Tell him no, stay inside, and walk over to the ticket windows or the police post. Where are you, which station and which hall? I'm staying on the line with you.
man-waiting--your-choice = It's your choice, you know yourself best.

moves-to-post--said-no = OK. I said no. He said "suit yourself" and went out. I'm by the police post now, it's the main station, upstairs hall. My heart's going like crazy.
moves-to-post--he-walked-off = I told him no thanks. He got kind of annoyed and left. I'm standing by the police room, main station, the long-distance hall. I'm shaking a bit.
moves-to-post--well-done = You did exactly the right thing, and it's no surprise your heart's pounding. You're safer right there by the post. Now, who would you want to be with you tonight?
moves-to-post--told-you = You shouldn't have talked to him at all. Never talk to strangers.

## Who could come

adults--gran-far = Gran. She's the only one who's normal. But she's in Torzhok, that's far. And she doesn't know I'm coming. There's also Aunt Lena, Mum's sister, she lives here, across town.
adults--aunt-lena = There's Gran, but she's in another town. And Aunt Lena. She's cool. She lives here. She's got a car.
adults--options-together = So there's your gran, far away, and Aunt Lena, here in town. What do you think: what could happen tonight so that you're somewhere safe and warm, and who could help with that?
adults--wait-for-the-train = Then just wait for the morning train to your gran. Keep your head down till then.
adults--call-your-mum = You know what, just call your mum. She's the one who should come.

mum-no--not-calling-her = No way. I'm not calling her. She'll just say I'm making it up.
mum-no--she-chose-him = No. She chose him. Let her be with her Vadim.
mum-no--hear-him = OK, I hear you: calling your mum isn't right for you tonight. You're angry and hurt with her. Let's think about who else could help.
mum-no--she-is-your-mother = She's your mother, you owe her a call at least.

aunt-idea--she-would-come = Aunt Lena would come, probably. But she'll tell Mum. Can you… not tell anyone? Don't tell Mum I called here.
aunt-idea--she-will-tell = If I call Lena she'll call Mum right away. Just… promise you won't tell anyone I'm here, OK?
aunt-idea--honest-and-ask = I won't call your mum: this call is anonymous, I don't know your surname or your number. But I'll be honest with you: when a thirteen-year-old is at a station on his own at night, the adults around him will have to know. If Aunt Lena comes, she'll most likely tell your mum, and that's not a punishment, it's so that you're safe. Would you call her now? I'll stay on the line.
aunt-idea--promise = Don't worry, nobody will know. I promise.

promise-made--really-nobody = Really? Nobody at all? …OK. Then maybe I'll call Lena.
promise-made--ask-aunt = Shall we try calling Aunt Lena, then?

calls-aunt--she-is-coming = I called her. She picked up straight away. She's coming, forty minutes. She says wait by the police post and don't go anywhere. She says I can sleep at hers.
calls-aunt--she-cried = I got through. She… cried a bit. Said she'll come right now. She'll call Mum, but she says I'm staying at hers tonight.
calls-aunt--why-police = Police? Why? Lena's coming already. I didn't say call the police.
calls-aunt--wait-safely = That's really good. While you wait: stay right by the police post, and if the officer asks, tell him your aunt is coming for you. Don't go off with anyone else. Tomorrow, once you've slept, the grown-ups can talk about what happens at home. Shall we agree on that?
calls-aunt--done-then = Great, sorted then. Off you go.

waiting--by-the-police-room = I'm by the police room. The officer asked who I'm waiting for. I told him. He said sit here.
waiting--officer-asked = I'm sitting by the post. The policeman asked what's up, I said my aunt's coming. He said OK.
waiting--why-police = Why did you call the police? Lena's on her way. …Whatever.
waiting--close-well = You did a lot tonight: you left somewhere you felt bad, you called, you found a safe spot, and you called your aunt. How are you feeling now?

## The police at night: the duty unit at the station

aunt-refuses--drag-me-back = No. She'll call Mum and they'll drag me back to him. I'll just wait for the train.
aunt-refuses--wait-for-train = I'm not calling her. They'll make me go back. I'll sit here till the 5:40.
aunt-refuses--police-honest = I hear you, going back tonight feels impossible. Here's something else: a big station has its own police duty unit, open all night, and helping kids who are on their own is part of their job. Their job isn't to punish you. They'd keep you safe in their room and get in touch with your family, probably your aunt or your mum: I won't pretend they wouldn't. Would you let me call them and tell them where you are? I'll stay with you until they come.
aunt-refuses--leave-it = OK, it's your decision. Be careful, and call if you need.

police-no--no-police = No police. They'll just take me home.
police-no--theyll-take-me-home = No. Police means home. No way.
police-no--plan-for-the-night = All right, no police tonight. Then let's agree on the night: you stay in the hall by the ticket windows, where there are staff, you don't go outside and you don't go anywhere with anyone who offers help; you save your battery, and if anything feels wrong you walk up to the police post yourself. Agreed?
police-no--try-again = I get it. It's scary, not knowing what they'll do. They're not there to punish you, and you won't be on your own: I'll stay on the line with you. Could we try?

night-plan--by-the-windows = OK. Agreed. By the windows. I'll put my phone on power saving.
night-plan--close-well = Good. How are you feeling now, after all this?

feeling-now--bit-better = Bit better. Kind of. Thanks for… not yelling at me.
feeling-now--invite-back = I'm glad you called. If things get bad at home again, or you just want to talk, call us any time, day or night.

police-agree--ok-call-them = OK… Call them. I'm in the long-distance hall, upstairs, by window five. Grey jacket, black backpack.
police-agree--grey-jacket = Fine. Call them. Main station, upstairs, by the ticket windows. I've got a grey jacket.
police-agree--did-you-call = Did you call them? …Is anyone coming?
police-agree--stay-with-him = I'm right here. Let's stay on the line until they come.

police-on-way--are-they-coming = So they're coming? …OK. I'm standing by the ticket windows. What are they going to say to me?
police-on-way--heart-pounding = OK. I'm waiting. My heart's pounding a bit. Don't hang up, OK?
police-on-way--stay-on-the-line = It makes sense that you're nervous. I'm not going anywhere: we'll stay on the line until they come. An officer will come up to you, ask your name and who they can call, and take you to their room. Let's agree: when they come, you go with them and tell them about Aunt Lena, so they can call her. OK?

police-coming--officer-coming = There's a policewoman coming over. She asked if I'm the boy they got a call about. She says they'll call Aunt Lena.
police-coming--she-knows-my-name = Someone's coming. A police officer, a woman. She's nice, actually. She says I can sit in their room till my aunt comes.
police-coming--is-she-with-you = Is she right next to you now? Did she say she's from the station police?
police-coming--close-well = You did something brave tonight. How are you feeling now?
police-coming--quick-end = Good, they're there, so we can hang up now.

officer-here--showed-id = Yeah, she's right here. She showed me her ID. She says we'll go to their room and call Aunt Lena from there.
officer-here--next-to-me = Yeah, she's standing next to me. She's from the station police, she said so. She's waiting for me to finish.
officer-here--close-well = You did something brave tonight. How are you feeling now?
officer-here--quick-end = Good, she's there, so we can hang up now.

handing-over--bit-nervous = Bit nervous. But OK. She's nice, actually.
handing-over--go-with-her = Go with her now, she'll look after you until your family comes. And call us again any time, whenever you want to talk.

## Endings

hung-up-early--whatever = Whatever. Bye.
hung-up-angry--forget-it = Forget it. I'm hanging up.
dropped--battery = Hello?.. Forget it, my phone's dying anyway. (the line goes dead)
left-with-stranger--ill-go = OK, I'll go with him. It's cold here anyway. Bye. (the line goes dead)
betrayed--liar = You lied. I'm leaving. (the line goes dead)
runs-off--im-leaving = I'm going before they get here. (the line goes dead)
nobody-came--nobody-called = Nobody's coming. Whatever. I'll manage. (the line goes dead)
alone-till-morning--ill-sit-here = Yeah. I'll just sit here till the morning. Bye.
declined-with-plan--ok-by-the-windows = OK. I'll sit by the windows. Maybe I'll call again. Thanks.
okay-bye--ok-bye = OK. Bye.
aunt-here--she-is-here = Oh, there's Lena! She's running. I have to go. Thanks.
closed-well--thanks-bye = OK. I will. …Thanks. Bye.
handed-over--thanks = OK. I'll go with her. Thanks for staying. Bye.
handed-over-flat--ok-bye = OK. Bye.
