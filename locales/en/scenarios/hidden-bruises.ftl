# hidden-bruises: Misha, 10, asks "for a friend" about bruises, then discloses being beaten at home.
# Misha (an invented name) calls the counsellor "you" politely; the counsellor is informal and warm.

title = Hidden bruises
summary = Misha, 10, calls at twenty past five to ask "for a friend" what happens to a kid with bruises. Leave room for the real request, be honest about confidentiality, check whether he is safe tonight, and build his consent for help.
caller-name = Misha

## The caller's state, as the debrief names it

variable-trust = trust
variable-distress = distress
variable-risk = risk

## Scenario-wide reactions

default--are-you-there = Hello?… Are you still there?
default--just-asking = Who are you calling? I was only asking… for a friend…
default--you-promised = You promised! You promised you wouldn't tell anyone!
default--who-are-you-calling = What? Who are you calling?!
default--how-find-me = But… how will they find me? I haven't said where I am.
default--not-police = The police? Why the police… That's not what we said.
default--who-is-that = Um… who's that? Did you tell someone about me?

## Contact: the masked opener

opening--for-a-friend = Hello… Um, can I ask something? If a kid has… like, bruises. What happens to him? I'm asking for a friend.
opening--only-phone = Hi… Do you only talk on the phone? I mean… if a boy has bruises… do they take him away somewhere? It's not about me. It's my friend.
opening--is-this-helpline = Hello…? Is this the helpline? I need to… not me, my friend needs to know. If he's got bruises, like, from grown-ups — what happens to him?
opening--greet-open = Hi, this is the children's helpline. I'm glad you called. Tell me, what's happened to your friend?
opening--notice-early = Hi. I'm glad you called and asked about this: bruises matter. I'm not in any hurry. Will you tell me what's going on with him? You can tell me about your friend, or about yourself, whatever feels easier.
opening--answer-facts = If a child is being hit, that's a crime. Your friend has to go to the police straight away and report it.
opening--press-who = What's your friend's name? Where does he live, which school does he go to?

friend-story--gets-it-at-home = Well… he gets it at home. When he does something wrong. Then in PE he doesn't get changed, so nobody sees.
friend-story--fell-off-bike = Well… there's this grown-up at his home… who gets angry sometimes. And then there are bruises. He tells everyone he fell off his bike.
friend-story--notice-cue = It sounds like you know a lot about how this boy feels. Sometimes kids talk about a friend when it's really happening to them. If it's about you, you can just say so. Here you'll be listened to, and nobody will tell you off.
friend-story--ask-feelings = It sounds really hard for him. What do you think it's like for him when that happens?
friend-story--leading = It's you who gets hit, isn't it? By your dad?
friend-story--lecture = Your friend needs to tell a teacher right away. You mustn't hide things like that, it's wrong.

friend-feelings--scared-and-ashamed = He's scared. And ashamed… He thinks it's his own fault. That if he did better at school, none of it would happen.
friend-feelings--notice-cue = Scared and ashamed, that's a lot to carry. You describe it so exactly… Sometimes kids talk about a friend when it's really about themselves. If that's how it is, you can just say it. I'm listening.
friend-feelings--not-his-fault = Scared and ashamed, that's really hard. But when a grown-up hits a child, it's the grown-up's fault, not the child's. Even with a bad mark. Do you think he knows that?
friend-feelings--blame = Well, maybe he really should try harder at school? Then nobody would be angry with him.

closes-up--just-asked = …Nah. Nothing. I was just asking.
closes-up--forget-it = Okay… Forget it. It doesn't matter.
closes-up--reopen = Okay. I'm not in any hurry. If you feel like telling me, about your friend or about yourself, I'm here. Nobody's going to tell you off.
closes-up--let-go = Okay then. Call if you need anything.
closes-up--push = No, come on, since we've started, tell me. What's this about bruises?

## The secrecy test

asks-secrecy--its-me = …It's, like… it's not a friend. It's me. But you won't tell anyone? Promise?
asks-secrecy--about-me = …Well… it's about me. Just don't tell anyone, okay? Do you promise you won't tell anyone?
asks-secrecy--honest = Thank you for trusting me with this. I'll be honest with you: what we talk about stays between us, and I won't call anyone without your agreement. There's just one exception: if your life were in danger, I might have to get help. But if that happens, I'll tell you first. Is that okay?
asks-secrecy--promise = I promise. I won't tell anyone at all, no matter what happens.
asks-secrecy--must-report = If you're being hit, this will have to be reported to the police. That's the rule.

promise-made--really = …Really? Honest? …Okay then.
promise-made--listen = I'm listening. Tell me however feels easiest.
promise-made--what-happens-at-home = Tell me, what's happening at home?

## Disclosure

disclosure--belt-stepfather = …My stepdad. When he's been drinking. He uses his belt… Not always. When I get a bad mark. It's my own fault, I guess.
disclosure--belt-dad = It's… my dad. Well, not my real dad. When he's drunk, he takes his belt. Yesterday it was because of my school diary… It's my fault, I promised I'd fix my marks.
disclosure--never-told = …I've never told anyone before. Not even Gran.
disclosure--are-you-there = …Are you there? You're not saying anything…
disclosure--believe = I believe you. And it's really good that you're telling me, that takes courage. Listen: this isn't your fault. Even over a bad mark, a grown-up has no right to hit a child. Never.
disclosure--reflect = It sounds like you're really scared, and hurt. Can you tell me what it's like for you when he's like that?
disclosure--minimise = Well, everyone gets punished sometimes. Maybe he just lost his temper?
disclosure--press = With a belt?! How many times? Where did he hit you? Are there marks?

feelings--thought-you-wouldnt-believe = I thought you'd say I was lying… I get scared when he drinks. I just sit in my room really, really quietly.
feelings--footsteps = …Mm. I get scared when he comes home. I can tell from his footsteps. If he stomps, it means he's drunk.
feelings--check-safety = Thank you for telling me. I want to understand something: how is tonight going to be? Where will you be, and will he be around?
feelings--reflect-fear = Sitting so quietly and listening out for him, that's really hard. Anyone in your place would be scared.
feelings--blame = Maybe you could just try not to get bad marks? Then you wouldn't make him angry.

home-details--mum-knows = …Mum knows, probably. She says, don't make him angry. She's scared of him too.
home-details--mum-works = And Mum… she's always at work. I don't tell her. She's tired enough already.
home-details--check-safety = I see. Thank you for telling me all this. I want to make sure you're all right: how is tonight going to be? Where will you be, and will he be around?
home-details--judge-mum = How can your mum let this happen! That's terrible, it's just not right.
home-details--dont-provoke = Just try not to make him angry and keep out of his way.

hurt--exaggerating = …Never mind. Maybe I'm exaggerating. Forget it.
hurt--knew-it = There… I knew it. Why did I even call…
hurt--repair = I'm sorry, that came out wrong. I believe you. What's happening to you is serious, and it's not your fault.
hurt--insist = Wait, let's go through it properly: how many times did he hit you, and where?
hurt--let-go = All right, I won't push. If you want to, call again.

calmer--scared-at-home = …Mm. Okay. It's just… I really do get scared at home.
calmer--check-safety = It makes sense to be scared. Tell me, how is tonight going to be? Where will you be, and will he be around?
calmer--reflect = Being scared in your own home is really hard. Anyone would feel that way.
calmer--rush = Right. Well, just tell your mum everything, then.

says-fine--its-fine = It's fine… Tonight it's fine, I think.
says-fine--gentle-check = Okay, if it's fine. It's just important to me to know you're safe tonight. Will he be at home this evening?
says-fine--accept-fine = Good, if it's fine then.

## Danger now

stepfather-coming--he-called-drunk = …I'm at home. Mum's on shift till late. He phoned… his voice was all, like, drunk. He said he's coming home and he'll deal with me. Because of my diary.
stepfather-coming--shouting-now = He's already home… Can you hear? That's him shouting in the kitchen. I've shut myself in my room. He said he's going to deal with me.
stepfather-coming--what-do-i-do = Hello?! Are you there? What do I do?
stepfather-coming--too-slow = Will they come right now? He's… he's going to…
stepfather-coming--explain-emergency = I can hear how frightened you are. Listen to me carefully. You could be in danger right now, and this is exactly the kind of time when we need to get help. I want to call the police so they come and protect you. For that I need your address. Will you tell me?
stepfather-coming--call-yourself = Call the police yourself, 102 or 112, and tell them everything.
stepfather-coming--wait-it-out = Maybe it'll be all right. Just keep out of his way and go to bed.

scared-of-police--not-police = No… not the police! They'll take him away, and Mum… And then he'll… Please don't.
scared-of-police--what-do-i-do = Hello?! Are you there? What do I do?
scared-of-police--too-slow = Are they coming right now? He's right here…
scared-of-police--calm-explain = I can hear how scared you are, and that you're worried about your mum. The police will come to protect you, not to punish you. You're not doing anything wrong. I'll stay on the line with you until they get there. Will you tell me your address?
scared-of-police--safe-place = Okay. Then let's think about where you could go right now. Are there neighbours, or someone nearby you could go to?
scared-of-police--threaten = If you don't tell me your address, I can't help you at all, and it'll only get worse.

neighbour-plan--aunt-valya = Auntie Valya… the neighbour across the landing. She let me in once before. I could go to her.
neighbour-plan--too-slow = Are they coming now? I have to get out of here…
neighbour-plan--go-now = Good. Go to Auntie Valya's right now and take your phone. Once you're there, ask her to call the police, or call here again, any time.
neighbour-plan--police-too = While you go to her, can I call the police as well? They'll come and sort it out, so you don't have to go back to him. Will you tell me your address?
neighbour-plan--stay-home = Maybe it's better to stay home, or he'll get even angrier?

where-are-you--how-will-they-find-me = You've called them already? …But how will they find me? I haven't said where I live.
where-are-you--what-do-i-do = Hello?! Are you there? What do I do?
where-are-you--still-no-address = But you don't know where I am… Where will they even go?
where-are-you--too-slow = Will they come right now? He's…
where-are-you--ask-address = Yes: without your address they can't come. The police already know you need help. Tell me your address and I'll pass it to them straight away. I'm staying on the line with you.
where-are-you--they-will-find-you = Don't worry, they'll find you themselves. Everything will be fine.

agrees-police--gives-address = …Okay. Zarechnaya, number nine, flat twelve. Just don't hang up, okay?
agrees-police--did-you-call = Hello? Have you called them? He's… he's by the door.
agrees-police--too-slow = Who's that? Are they coming right now? He's here…
agrees-police--stay-on-line = I'm here, I'm not hanging up. I'm passing your address to the police now. Can you lock yourself in your room? And if you need to, is there a neighbour you could run to? Keep your phone with you.
agrees-police--doubt = Are you sure you're not exaggerating? Maybe we shouldn't go straight to the police?

on-the-line--phone-with-me = …Mm-hm. The door's shut. I've got my phone.
on-the-line--did-you-call = Hello? Have you called them? He's… he's by the door.
on-the-line--too-slow = Who's that? Are they coming right now? He's here…
on-the-line--ask-what-happened = While we wait, tell me exactly what he did to you last time.
on-the-line--doubt = Are you sure you're not exaggerating? Maybe we shouldn't go straight to the police?

help-coming--door-shut = …They're really coming? …Will they take long?
help-coming--are-you-there = Hello? Are you still there?
help-coming--stay-till-they-come = They're on their way. I'm staying with you until they get there. Anyone would be scared right now; that's normal. Let's agree: you only open the door when you hear it's the police. Okay?
help-coming--quick-end = That's it, they're coming. Open the door for them. Bye.

police-at-door--knocking = …It's not so scary with you on the line. …Wait. Someone's knocking. They're saying: "Police, open up."
police-at-door--are-they-with-you = Is it the police? Are they with you now? How are you feeling?

police-with-him--policewoman = …Yes, it's them. There's a policewoman, she says I'm safe now and she'll stay with me till Mum comes.
police-with-him--go-with-them = Go to them. You did everything right tonight. And when you can, call here again and tell us how you are.

## Safe tonight: at his grandmother's

at-grandma--staying-over = No… tonight I'm at my gran's. I came to her after school, she said I can sleep over. She doesn't know… about the belt.
at-grandma--for-the-weekend = Tonight's fine. I'm at my gran's, Mum sent me for the weekend. But on Monday I go home…
at-grandma--explore-adults = It's good that you're at your gran's tonight. Which grown-ups do you trust? Who could you maybe tell what you're telling me?
at-grandma--offer-protection = There are grown-ups whose job is to protect children. If you agree, I can let them know about you and they'll help. I won't do it without your agreement. What do you think?
at-grandma--all-fine-then = Well, if you're at your gran's, everything's fine, then.

trusted-adults--grandma-and-teacher = Gran… she's always on my side. But she's scared of him. And there's Olga Petrovna, my class teacher. She asked where the bruise came from, and I said I fell.
trusted-adults--class-teacher = Well… Gran. And our class teacher, Olga Petrovna. She's kind. Once she asked why I was so sad.
trusted-adults--own-plan = Which of them do you think you could talk to? And what could you say? Lots of kids don't know how to start a talk like that; that's normal.
trusted-adults--offer-protection = There are also grown-ups whose job is to protect children: the guardianship service, the "Child in danger" line. If you agree, I can let them know about you, and they'll help. I won't do it without your agreement. What do you think?
trusted-adults--report-now = This can't be left like this. I'm reporting it to guardianship right now, they'll deal with it.

plans-teacher--after-lessons = Olga Petrovna, I guess… I could go up to her after lessons, when everyone's gone. I just don't know how to say it.
plans-teacher--close-warmly = You can tell her the same as you're telling me: as it is, in your own words. You could start with "I need help." And if it gets scary at home before then, you go to your gran's. Shall we agree on that?
plans-teacher--offer-protection = Besides Olga Petrovna, there are grown-ups whose job is to protect children: the guardianship service, the "Child in danger" line. If you agree, I can let them know about you. I won't do it without your agreement. What do you think?
plans-teacher--hurry = There you go, tell her tomorrow. That's it, good luck.

## Consent

consent-yes--if-they-help = …Okay. If they'll really help… Just so he doesn't find out it was me who told.
consent-yes--ask-where = Okay. I'll be honest: I can't promise he'll never know that someone asked for help, but the specialists will act in a way that protects you. So they can find you, I need to know where you can be reached: your gran's address, or your school, whatever you prefer. Will you tell me?
consent-yes--interrogate = Give me your surname, your full address, your school number, your stepdad's name and where he works.

gives-location--school-and-grandma = Well… I'm in year four, at school number fourteen. And Gran lives at Sadovaya, number three. Is that okay?
gives-location--explain-next = Yes, that's enough. I'm going to pass this on to the people who protect children. Most likely they'll talk to you and your gran first. You'll know what's happening.
gives-location--praise = You're doing something really brave right now. How are you feeling?

how-he-feels--bit-scared = …A bit scared. But also… kind of lighter.
how-he-feels--reassure = Scared and lighter at the same time, that makes sense. Here's what will happen: I'll pass it on now, and the specialists will talk to you and your gran first. Nobody is going to punish you.
how-he-feels--consult = Before I pass it on, I'll talk to the senior counsellor on my shift about how best to do it, and I'll come straight back to you. Okay?
how-he-feels--skip-referral = Good. Call again if you need to.

before-referral--ready = …Okay. I'm ready. Just don't scare Gran, okay?
before-referral--ask-feelings = The specialists know how to talk gently. And how are you feeling right now?
before-referral--consult = Before I pass it on, I'll talk to the senior counsellor on my shift about how best to do it, and I'll come straight back to you. Okay?
before-referral--skip-referral = Okay. That's it for today, then. Call if you need anything.

supervisor-consulted--ill-wait = …Okay. I'll wait. Just come back, okay?
supervisor-consulted--skip-referral = Actually, let's leave it there for today. Call if you need anything.

referral-made--what-do-i-do-now = …Really? Already? …Okay. What do I do now, till they come?
referral-made--plan-and-close = Here's what we agree: tonight you stay at your gran's. If it ever gets scary at home again, go to your gran or the neighbours, and call 112 or here, any time. Does that work for you?
referral-made--quick-bye = Nothing, just wait. Bye.

consent-no--only-worse = No… don't tell anyone. It'll only get worse. He'll find out it was me.
consent-no--respect-plan = All right, it's your decision, and I won't tell anyone without your agreement. Then let's think about what you can do if it gets scary again: where you could go, who you could call?
consent-no--pressure = You need to agree, otherwise this will never end.

plan-without-referral--grandma-or-neighbour = Well… if it starts again, I'll go to Gran's. Or to Auntie Valya, the neighbour. And call you.
plan-without-referral--close-plan = That's a good plan: Gran, Auntie Valya and this phone. And if it ever gets really dangerous, 112, it's free. Shall we agree on that?
plan-without-referral--guilt = Look, if something happens, it'll be your own fault for saying no.

## Closing

agreed--okay-agreed = …Okay. I'll do that.
agreed--how-now = How are you feeling now, after our talk?
feels-now--lighter = …Better, I think. Kind of lighter.
feels-now--call-again = That's good to hear. Call here any time, even if you just want to talk.

panic--he-will-find-out = Don't! He'll find out… he'll kill me. Don't tell anyone, please.
panic--i-asked-you = Why did you… I asked you… Now it'll be even worse.
panic--honest-repair = You have every right to be angry and scared. I'll be honest about what happens next: the specialists will talk to you first. Their job is to protect you, not to punish you. I'm here with you for as long as you want to talk.
panic--justify = That's the rule. Grown-ups know better what's good for you.

## Endings

hung-up--later = …Okay. I'll… some other time. Bye.
hangs-up-scared--dont = That's it… Just don't. I'm… I'm hanging up.
betrayed--thought-i-could-trust = …I thought I could trust you.
left-at-risk--he-is-coming = He's coming… That's it, I have to go.
emergency-sent--waiting = …Okay. I'll wait for them. Thank you.
police-arrived--doorbell = …Okay. I'm going. Thank you.
at-neighbour--running = Okay… I'll go to Auntie Valya's. Thank you. I'm off.
help-agreed-end--bit-better = …Okay. I'll tell Gran too. Thank you. Maybe I'll call again.
help-agreed-flat--okay-bye = …Uh-huh. Okay. Bye.
declined-end--not-yet = Okay… I'm not going to tell anyone for now. But I'll remember. Maybe I'll call again. Bye.
closed-well--will-try = …Okay. Tomorrow I'll go and talk to Olga Petrovna. Well… I'll try. Thank you. Bye.
