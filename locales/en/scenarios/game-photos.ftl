# game-photos: Artyom, 13, is being blackmailed with photos he sent to "a girl" from an online game.
# Artyom (an invented name) talks fast and in bits when he panics, like a 13-year-old: "like",
# "anyway", half-sentences; he says "you" politely to the counsellor. The counsellor is calm, warm
# and never blames him. The photos are only ever "photos of me without clothes"; no suicide
# method is named: the scenario trains the conversation, not the details.

title = Photos from the game
summary = Artyom, 13, calls at ten past nine on a weekday evening. Someone he met in an online game, who said she was a girl his age, got photos of him without clothes and is blackmailing him. He has already paid once from his mother's card; now he has to pay far more by midnight, or the photos go to his whole class. "If everyone sees, I'd rather die." No blame; ask directly about suicide; help him stop paying, keep the evidence and bring in an adult, and keep him safe tonight.
caller-name = Artyom

## The caller's state, as the debrief names it

variable-trust = trust
variable-distress = distress
variable-risk = risk

## Scenario-wide reactions

default--are-you-there = …Hello? Are you still there?
default--just-asking = Wait, who are you calling? I was only asking! …Forget it.
default--you-promised = You promised! You said you wouldn't tell anyone!
default--not-the-police = What, the police?! No, don't! My mum will find out, everyone will! …I shouldn't have called.
default--you-dont-know-where = Who did you call? …You don't even know where I live.
default--not-a-centre = What centre? He said midnight. Midnight is tonight.
default--who-is-that = Who are you talking to? Are you telling someone about me?

## Contact: a nervous, testing opener

opening--is-it-anonymous = Hello… Is this, like, anonymous? You can't see who's calling, right?
opening--dont-know-how = Hi. Um. I don't know how to say this. It's kind of… embarrassing.
opening--quick-question = Hello. I've got a question. It's quick. Well, not really quick.
opening--hello = …Hello?
opening--greet-calm = Hi, this is the children's helpline, my name is Sasha. Yes, it's anonymous: I can't see your number and I don't need your name. Take your time, I'm here. What's happened?
opening--greet-brisk = Children's helpline. Yes, anonymous. Is it something serious?
opening--who-are-you = Helpline, hello. First tell me your name, how old you are and which town you're calling from.

## The first, oblique telling

threat--someone-threatens = Someone's threatening me. Online. He says he'll send my photos to everyone if I don't pay. Everyone in my class.
threat--blackmail = I'm being… blackmailed, I think. Over photos. He says I've got till midnight. I don't know what to do.
threat--you-there = Hello? …You're there, right?
threat--reflect-open = That sounds really frightening, and you're dealing with it on your own right now. Thank you for calling. Can you tell me how it started?
threat--what-photos = Photos of what? What's on them, exactly?
threat--just-block = Oh, just block him. These people are always bluffing, nobody will send anything.

## The disclosure

how-it-began--met-in-game = We met in a game. In the chat. She said her name was Nastya and she was thirteen too. We talked every day for like a month. Then she asked me for photos… of me without clothes. And I… sent them. And it wasn't a girl at all. Now he's got screenshots of all my friends from my page.
how-it-began--clan-chat = There was this girl in our clan. Well, I thought it was a girl. Thirteen, same as me. We chatted a lot, she sent me pictures, said I was cute. Then she wanted photos of me without clothes. I sent them. Then a different account wrote to me. He knows my school. He's got a list of my whole class.
how-it-began--never-told = …I've never told anyone this. Ever.
how-it-began--you-there = You've gone quiet. …You think I'm an idiot, don't you.
how-it-began--not-your-fault = Thank you for telling me, that took real courage. I want you to hear this clearly: it's not your fault. An adult pretended to be a girl your age so as to trick you. That's exactly how they work, on purpose. The one committing a crime here is him, not you. Where are you right now: are you somewhere safe?
how-it-began--reflect-shame = It sounds like you feel terribly ashamed and scared right now. A lot of boys your age get caught this way; these people know exactly what to say.
how-it-began--why-did-you = Why on earth did you send them? Everyone knows you never send photos like that to strangers on the internet.
how-it-began--what-exactly = Oh no. What exactly was in the photos? Can your face be seen?

## The money, the deadline, and the cue

paid--mums-card = …I'm at home, in my room. I already paid him. Three thousand. From my mum's card, she doesn't know. He said he'd delete everything. And now he says it's not enough, ten thousand more by midnight, or he sends it all to the class chat. …If everyone sees, I'd rather die. Seriously.
paid--paid-once = …I'm at home. I paid once already. From Mum's card, I know the code. And now he wants ten thousand. By twelve tonight. I haven't got that. If they all see it at school… I'd rather just not be around.
paid--see = …See. You don't know what to do either.
paid--ask-directly = You've been carrying this all alone, and the fear and shame sound enormous. You said you'd rather die. I want to ask you straight, and you can answer honestly: are you thinking about killing yourself?
paid--money-first = Okay, let's sort out the money first. What are you thinking of doing about it?
paid--dont-say-that = Don't say that! Dying over some photos? That's just silly. You've got your whole life ahead of you.

money-talk--no-money = I don't know. I haven't got ten thousand. …Whatever. After tonight it won't matter anyway.
money-talk--card-again = I could take it from Mum's card again, but she'll notice for sure. …It doesn't matter. It'll all be over tonight, one way or another.
money-talk--ask-directly = Wait. You said it'll all be over tonight. That worries me, and I want to ask you straight: are you thinking about killing yourself?
money-talk--pay-him = If it's the only way out, maybe pay him, and make him promise to delete everything.
money-talk--pay-mum-back = Let's think about how you can pay your mum back. Have you got any savings?

hints-again--wont-be-here = You don't get it. If they see it in the morning, I won't be here anymore. I'm not going to school tomorrow. At all.
hints-again--decided = It doesn't matter about the money. I've decided. If he sends it, I'm not going to live with that.
hints-again--ask-directly = Hold on. You're saying you won't be here. That sounds really serious, so I'll ask you directly: are you thinking about killing yourself?
hints-again--change-subject = Let's not go there. Try to calm down, and tomorrow it'll all look different.

shut-down--knew-it = …I knew it. Forget it.
shut-down--like-everyone = Yeah. You're just like everyone else.
shut-down--repair = I'm sorry, that came out wrong. I'd really like to understand. It's not your fault, and I'm here. Will you tell me more?
shut-down--repair-ask = I'm sorry, I said that too fast. I can hear how bad things are for you, so let me ask you straight: are you thinking about killing yourself?
shut-down--repair-late = I'm sorry, that was the wrong thing to say. You're frightened, and none of this is your fault. I'm still here. Can we go on?
shut-down--let-go = Okay. If you want to talk, call again.

## He answers the direct question

admits--yes-thinking = …Yes. I think about it. All the time today.
admits--two-days = …Well, yes. Since he first wrote. Two days now. No one's ever asked me that.
admits--shouldnt-have = …Forget it. I shouldn't have said that.
admits--thank-and-ask-plan = Thank you for being honest with me; that's not easy. Lots of people in a situation this frightening think about it, and it's good that you're not keeping it in alone now. Can I ask more: have you thought about how, or when?
admits--reflect-and-ask-plan = It sounds like it's all too much. Have you thought about how you'd do it?
admits--promise = I won't tell anyone, I promise. Whatever you say stays between us.
admits--shocked = Oh my God, no! How can you even think that? Over photos? That's terrible!

promise-made--really-nobody = …Nobody? Not even my mum? …Okay.
promise-made--ask-plan = Have you thought about how you'd do it?

## Variant 1: thoughts, no plan

thoughts-only--just-disappear = I don't know. I haven't thought about how. I just want to disappear. So I don't have to see everyone seeing it.
thoughts-only--no-plan = No, no plan or anything. I just keep thinking it'd be easier not to exist. Then I wouldn't have to go to school.
thoughts-only--safety-first = Thank you for telling me. Thoughts like that often come when someone's this scared and ashamed, and they usually get weaker once you're not alone with the trouble. What you've told me stays between us, unless your life is in danger right now. Let's agree on one thing: if tonight the thoughts get stronger, what could you do, who could you go to?
thoughts-only--to-the-money = Okay. Then let's deal with the blackmail. Are you at home now? Is there an adult around?
thoughts-only--whole-life = Thinking about death because of some photos? You've got your whole life ahead of you. Think about your mum.

mum-home--dont-tell-mum = Mum's home. But she can't find out, no way! She'll see I took the money… and the photos… Please don't tell her.
mum-home--mum-will-kill-me = Mum's in the kitchen. If she finds out about the card, she'll kill me. And about the photos… Don't tell her, okay?
mum-home--honest-conf = I can hear how scared you are of that. I don't know who you are, and I'm not going to call your mum: whether and how to tell her is up to you. I'll be honest about the one exception: if your life were in danger right now, I would have to look for help for you, and you would hear it from me first.
mum-home--promise = Don't worry, nobody will ever find out, I promise you.
mum-home--must-tell = You have to tell your mum right now. That's what you do when you've made a mistake like this.

what-to-do--three-hours = …So what do I do? He's written again. "Three hours left." I was thinking of sending money from the card again… or deleting everything. The chat, my account, everything.
what-to-do--keeps-writing = He keeps writing every five minutes. He sends a screenshot of my class list and a timer. I don't know, either pay him again somehow, or just delete the whole account so it's gone.
what-to-do--you-there = Hello? He's writing again.
what-to-do--think-together = You're in a panic, and that makes total sense. Let's think it through together. What do you think: if you pay again, will he leave you alone?
what-to-do--pay-him = Maybe just pay him one more time. Then he'll probably leave you alone.
what-to-do--delete-all = Delete everything: the chat, the photos, your account. And forget about it.

pay-thoughts--he-said-hed-delete = …No. The first time he said he'd delete everything. Then he wrote "not enough". …He's not going to stop, is he.
pay-thoughts--wont-stop = I don't know. He said that last time too. I guess if I pay, he'll just want more.
pay-thoughts--offer-info = You worked that out yourself, and you're right: paying usually leads to new demands. Here's what helps in situations like this. Don't pay, and don't reply to him anymore. Don't delete anything: take screenshots of the chat and of his profile, then block him and report him in the game. Those are evidence, the police will need them. What part of that feels doable for you?
pay-thoughts--do-as-i-say = Listen carefully and do what I say: don't pay, block him, and never send photos to anyone again. Lesson learned.

deleted--deleted-it = …I deleted it. The whole chat. …Oh no. Now he's writing from another account. And I don't have anything left, not even his old nickname.
deleted--new-account = I deleted my account. And now he's messaging my friend asking for my new page. I've got nothing saved at all.
deleted--steady = That's okay, you did what you were told, and it's not your fault. He's writing again, so his new messages are evidence too: you can screenshot them and his new profile before you block him. What do you think you could do next?
deleted--scold = Well, that was silly. Now you've got no evidence at all.

fear-sending--if-i-block = Screenshots, okay, I can do that. But if I block him, he'll definitely send it? To everyone in my class?
fear-sending--everyone-will-see = And if he sends it anyway? Everyone will see. I'll have to change schools. Or countries.
fear-sending--honest-fear = That's a real fear. I can't promise he won't, and I won't lie to you. Often they give up once they see there's no money coming. And if he does send something, it can be stopped: posts get taken down after reports, and it will be his crime, not your shame. You don't have to deal with this on your own. Which adult could help you with this, even tonight?
fear-sending--false-promise = Don't be scared, he won't send anything. They never actually do. Just tell some adult, that's all.

tell-mum--mum-is-okay = …Mum, I guess. She'll be mad about the money. But… she's actually okay. Last year she stood up for me at school.
tell-mum--mum-or-uncle = Mum. Or my uncle, he's a programmer. But Mum's home. She'll be angry at first. Then she'll help, probably.
tell-mum--plan-with-mum = Your mum sounds like someone who stands up for you. How would you like to tell her? You could start with one sentence, like "Mum, I'm in trouble and I need help." And tomorrow, together, you can report it to the police, through 102, and call the "Children online" line: it works on weekdays from nine to six. What do you think?
tell-mum--offer-police = What he is doing is a crime, and the police deal with it: there's a special cyber-crime unit, you reach them through 102. If you like, I can connect you with the police right now and stay on the line. To do that, I'd need to know where you are. What do you say?
tell-mum--call-them-yourself = Right, then tell your mum and call the police. That's it, really.

mum-plan-agreed--going-now = Okay. I'll go to her now. Right now, before I change my mind. …Screenshots first, then I'll go.
mum-plan-agreed--if-she-shouts = Okay… I'll tell her. And tomorrow the police. …What if she starts shouting?
mum-plan-agreed--close-with-plan = You're doing something really brave. If she shouts at first, that's usually fright, not anger at you; you can tell her you called us, and you can call back together. So: screenshots, block him, no money, Mum tonight, the police and "Children online" tomorrow. And if the thoughts come back, you go to Mum or call us.
mum-plan-agreed--offer-police = Would you like me to connect you with the police right now? They have a cyber-crime unit, through 102. I'd stay on the line. For that, I'd need to know where you are.
mum-plan-agreed--done-then = Right, sorted then. Good luck.

## The police through 102, with his consent

police-consent--okay-police = …Okay. Only my mum has to be there too. She's coming, I called her in. We live at Sadovaya Street, seven, flat twelve.
police-consent--are-you-calling = Hello? Are you putting us through?
police-consent--with-mum-tomorrow = Thank you. Then here's a plan: tonight you and your mum save the screenshots and block him, and tomorrow you go to the police together.

not-police--no-police = No! No police. Then everyone will definitely find out.
not-police--respect-and-mum = Okay, I hear you: it's your decision, and I won't call anyone. Then let's come back to your mum. How would you like to tell her? You could start with one sentence: "Mum, I'm in trouble and I need help." Later you can decide together about the police, and tomorrow you can call the "Children online" line, it works on weekdays from nine to six.
not-police--you-must = You have to go to the police. It's your duty.

police-connected--they-said-come = …They said to come in tomorrow with Mum and write a statement. And bring the screenshots. The man on duty was actually nice. He said I'm not the first.
police-connected--close-with-plan = You've done so much tonight. So: no money, no replies, screenshots saved, blocked, and tomorrow the police with your mum. If the thoughts come back, you go to her or call us.
police-connected--you-spoke-to-them = So you got through to the officer on duty, and you know what happens tomorrow?
police-connected--quick-bye = Good. That's it then. Bye.

## Variant 2: a plan for tonight

plan-tonight--when-mum-sleeps = Tonight. When Mum's asleep. I've already worked out how. It's all here at home.
plan-tonight--note-written = I've decided. Tonight, when everyone's asleep. I know how. I even wrote Mum a note.
plan-tonight--you-went-quiet = You've gone quiet. …Whatever. I knew it.
plan-tonight--stay-and-distance = Thank you for telling me. I'm really worried about you, and I want you to be safe tonight. I'm not going anywhere. Right now, while we're talking, can you take what you were planning to use and put it somewhere away from you, out of your room?
plan-tonight--ambulance-now = I'll be honest: what you've told me means your life is in danger tonight, and I want doctors to come to you. It's not a punishment, it's so you're safe. Will you let me call them? Where are you?
plan-tonight--sleep-on-it = Don't wind yourself up. Go to bed, and in the morning it won't seem so bad.

mum-next-room--put-it-away = …Okay. I took it out. Put it in the hall cupboard. …Mum's in the living room, watching her show. But don't tell her. She'll kill me over the card.
mum-next-room--in-the-hall = …Done. It's not in my room anymore. …Mum's home, she's in the next room. But she can't know. Please.
mum-next-room--you-went-quiet = …Hello? Are you there?
mum-next-room--mum-together = That was a big step, thank you. I can't call your mum, and I won't: I don't know who you are. But tonight is too heavy to carry alone, and she's right there. What would you want her to know? We can think together how to say it, and you could go to her with the phone while I stay on the line. Would you?
mum-next-room--ambulance-now = I want doctors to come to you tonight, to make sure you're safe. Will you let me call them? Where are you?
mum-next-room--mum-will-be-right = Well, she'd be right to be angry, you took her money.

not-mum--cant-tell-her = No. I can't. She'll cry. Or yell. And then she'll see the photos. I can't.
not-mum--you-went-quiet = …You're quiet. Are you there?
not-mum--one-sentence = You don't have to tell her everything tonight. Just one sentence: "Mum, I feel really bad, stay with me." The rest can wait till morning. Could you manage that one sentence, with me on the line?
not-mum--ambulance-offer = I hear that it's too hard with Mum right now. Then there's another way: doctors can come to you tonight. They'll come to help, not to tell you off, and I'll stay with you until they arrive. Will you let me call them? Where are you?
not-mum--your-choice = Okay, that's your choice. Call tomorrow if you want.

refuses-help--just-talk = I don't want anyone. Can we just talk?
refuses-help--no-one = No. No doctors, no Mum. Nobody.
refuses-help--you-went-quiet = …Are you still there?
refuses-help--tell-him-straight = We can talk, and I'm staying right here. But I'll be honest: I'm frightened for your life tonight, and I can't be the only one who knows. You need an adult next to you tonight: your mum, or doctors. Which would be easier? And tell me where you are.
refuses-help--give-up = Okay. If you don't want help, I can't make you. Call if you change your mind.

goes-to-mum--mum-is-here = …Okay. I'm going. …Mum? …(quietly) She's here. I told her. She's crying. She's asking who you are. She wants to talk to you.
goes-to-mum--talk-with-mum = (to his mother, with his permission) Hello, this is the children's helpline. Your son did something very brave tonight. He's being blackmailed by an adult who tricked him online; it's a crime, and it's not his fault. Tonight he has been thinking about killing himself, and it's serious, so please stay with him tonight, keep whatever he was planning to use away from him, and tomorrow see a doctor together. Don't pay anything and don't delete anything: save screenshots, block the account, and report it to the police through 102.
goes-to-mum--done-then = Great, you're with Mum, so that's it then. Bye.

mum-on-line--she-hugged-me = (his mother) I'm with him. I'm not going anywhere. …(Artyom) She didn't yell. She hugged me. She says the money doesn't matter.
mum-on-line--close-with-plan = I'm so glad you're not alone now. So: tonight you stay with Mum, and tomorrow you go to the doctor and the police together. If the thoughts come back, you wake her, or call us.

## An ambulance, with his consent

agrees-ambulance--gives-address = …Okay. Sadovaya Street, seven, flat twelve. Only… don't hang up. And let them tell Mum, not me.
agrees-ambulance--did-you-call = Hello? Did you call them?
agrees-ambulance--stay-on-line = I'm not hanging up. I'm calling the doctors now. While we wait: is what you planned to use still out of your room? Keep the phone with you, and when they ring, let them in or call your mum to the door.

waiting-help--in-my-room = …I'm in my room. Sitting on the bed. Are they coming?
waiting-help--did-you-call = Hello? Did you call them?
waiting-help--keep-talking = You're doing well. Tell me, what usually helps you even a little on a bad night?

help-coming--what-will-mum-say = …They're coming? …I'm scared. What's Mum going to say?
help-coming--still-there = …Are you still there?
help-coming--stay-till-they-come = They're on their way, and I'll stay with you until they arrive. Until then, stay by the door or near your mum, with the phone. Your mum will probably be frightened, but she'll be with you, and you can tell the doctors the same as you told me. None of this is your fault. And let's agree: tomorrow, with your mum, no money, the screenshots, and the police.
help-coming--quick-end = Right, they're coming. Open the door for them. Bye.

## Endings

doorbell-rings--doorbell = …The doorbell. Mum's opening it…
doorbell-rings--is-it-them = Is it the doctors? Are they with you now?
doctors-here--they-are-here = …Yes. They're here, in the hall. Mum's with them. She's crying, but she's holding my hand. …I'm scared.
doctors-here--how-now = It's normal to be scared right now; they've come to help you, and your mum is with you. How are you feeling?
spoke-to-them--tomorrow-with-mum = Yes. Tomorrow with Mum, and bring the screenshots. He said not to delete anything and not to reply.
spoke-to-them--close-with-plan = You've done so much tonight. So: no money, no replies, screenshots saved, blocked, and tomorrow the police with your mum. If the thoughts come back, you go to her or call us.
plan-said--screens-block-mum = …Okay. Screenshots, block, Mum. And tomorrow the police.
plan-said--how-now = That's a real plan, and it's yours. Lots of people feel a little lighter once they're not alone with something like this. How are you feeling now?
mum-plan-said--mum-agrees = (his mother) Yes. Tomorrow we'll go together. …(Artyom) Okay.
mum-plan-said--how-now = It often gets a little lighter once someone close knows. How are you feeling now?
feels-now--bit-easier = …It feels a bit easier, actually. Thanks.
feels-now--call-again = Good that it feels a bit easier. You can call us any time, day or night: tonight, tomorrow, whenever you need.
hung-up--forget-it = …Okay. Forget it. Sorry.
hung-up-hurt--bye = …Whatever. Bye.
betrayed--you-promised = You promised. I thought I could trust you.
left-alone--ill-go = …Okay. I'll go then. Bye.
nobody-came--nobody-called = You didn't call anyone. …I knew it. Bye.
pays-again--transfer = …Okay. I'll send it. From the card. Maybe he'll leave me alone then.
flat-bye--okay-bye = …Okay. Bye.
closed-well--going-to-her = I'm going to her now. Bye.
help-agreed-end--going-to-mum = …Thanks. Mum's here. I'm actually going to sleep tonight, I think.
mum-with-him--mum-says-thanks = (his mother) Thank you. We'll be okay tonight. …(Artyom) Bye. Thanks.
ambulance-arrives--thanks-for-staying = …The doctors want to talk to me now. Mum's with me. Thanks for not hanging up. Bye.
ambulance-flat--okay-bye = …Okay. Bye.
