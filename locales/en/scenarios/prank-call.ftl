# prank-call: first a group of giggling girls, about twelve, ring with a made-up story about their
# friend Nika; a few minutes later (only if the counsellor kept their respect and their boundaries)
# Nika calls back alone and tells of being bullied by the same friends. Names are invented.
# Nika speaks quietly, in short sentences; the group talk over one another and laugh.
# The counsellor (Zhenya) is calm and warm, never sarcastic.

title = The prank
summary = A weekday evening, 18:20. A group of girls about twelve years old ring up giggling: their friend Nika is "madly in love" with Dima from 6B. Keep your respect and a calm boundary: no anger, no lecture, no threat, no sarcasm, and an open door. Then one of them may call back alone, and tell you what is really going on.
caller-name = Nika

## The caller's state, as the debrief names it

variable-trust = trust
variable-slips = slips in the group call

## Scenario-wide reactions

default--are-you-there = …Hello? Are you there?
default--shes-calling-someone = (whispering) She's calling someone! Hang up, hang up! (the line goes dead)
default--police-no = The police?! Don't! I'm at home, nothing's happened to me… I shouldn't have called.
default--you-said-nobody = Who are you calling? You said you wouldn't call anyone!
default--school-is-closed = Now? School's closed. And you don't even know which school I go to.
default--who-is-that = Who are you talking to? Is someone else listening?

## The group call

prank-opening--serious-problem = (giggling, someone shushing) Hel-lo-o! Is this the helpline? We've got a really, really serious problem! (whisper: "Go on, say it!") (laughter)
prank-opening--emergency-giggle = Hello! It's urgent! It's… it's a matter of life and death! (a burst of laughter, someone falls onto a sofa) Shut up, you lot!
prank-opening--hello-anyone = Hel-lo-o-o? Anybody there? (laughter)
prank-opening--greet-calm = Hello, this is the children's helpline, my name is Zhenya. I'm listening, go ahead.
prank-opening--greet-short = Helpline, hello. What's the problem?
prank-opening--is-this-a-joke = Hello. If this is a joke, this line is for children who really need help.

the-story--crush-on-dima = So, our friend Nika is madly in love with Dima from 6B! She writes his name in all her exercise books, and he doesn't even know she exists! (laughter) What should she do?
the-story--poems-for-dima = Okay, so our Nika writes poems to Dima from 6B! Love poems! "Dima, Dima, you're my… lima bean"! (shrieks, laughter) Is that even normal?
the-story--fell-asleep = Hel-lo-o! Did you fall asleep? (laughter)
the-story--what-does-nika-think = I see. And what does Nika herself think about it?
the-story--answer-seriously = I can hear there are a few of you and you're having fun. I'll answer seriously anyway: falling for someone at twelve is completely normal, and it's that person's own business.
the-story--sarcastic = Oh, what a tragedy. Shall I send an ambulance for the broken heart?
the-story--blocking-the-line = Do you realise that while you're giggling down the phone, a child who's really struggling can't get through to us?
the-story--i-see-your-number = Your number has come up on my screen. Call again and I'll tell your parents and the police.
the-story--names-and-school = Right. Tell me your names and your school. Your head teacher is going to hear about this.

nika-voice--im-nika = (another voice, through laughter) Hi, it's me, Nika! I lo-o-ove Dima so much! (a shriek; further off, quietly: "That's not true… give it back, it's my phone…")
nika-voice--vika-grabs = (someone grabs the phone) Let me! Nika says she's going to marry Dima! (laughter; very quietly, off to the side: "Stop it… it's not true")
nika-voice--fell-asleep = Hel-lo-o! Did you fall asleep? (laughter)
nika-voice--notice-quiet-voice = I heard someone there say "it's not true". Whoever that was: you can talk here too.
nika-voice--stay-even = I'm here and I'm listening, to any of you who wants to talk.
nika-voice--defend-nika = It's not nice to laugh at a friend like that. Think how she must feel right now.
nika-voice--marry-him = Well, if she loves him that much, she can marry him. Next question.

heard-her--nobody-said-anything = (quickly) Nobody said anything! (giggling) She's just shy!
heard-her--fell-asleep = Hel-lo-o! Did you fall asleep? (laughter)
heard-her--here-for-each = All right. I'm here for each one of you, when it's funny and when it isn't.

group-teases--so-strict = Ooh, aren't we stri-i-ict! (laughter) Bo-o-oring!
group-teases--because-of-you = (laughter) Nika, we're getting told off because of you! (quietly, to one side: "I didn't do anything…")
group-teases--fell-asleep = Hel-lo-o! Did you fall asleep? (laughter)
group-teases--calm-again = Fair enough, that came out strict. I'm here, and you can talk to me about anything, funny or not.
group-teases--last-warning = Last warning: one more joke and I'm hanging up.

personal-questions--are-you-married = (whispers, sniggers) Are you married? Have you got a boyfriend? A girlfriend? How old are you? (laughter)
personal-questions--give-your-number = Give us your number! We'll call you at home! (shrieks) Are you on social media?
personal-questions--fell-asleep = Hel-lo-o! Did you fall asleep? (laughter)
personal-questions--calm-boundary = I don't talk about my number or my own life here: here I'm Zhenya from the helpline, and this conversation is about you, not me.
personal-questions--share-details = I'm twenty-six, I live with a cat, and the rest is complicated. Happy now?
personal-questions--none-of-your-business = That's none of your business! This is a serious service, not a chat line.

group-delighted--where-do-you-live = (shrieks) Twenty-six! With a cat! Where do you live? Give us your number, ple-e-ease!
group-delighted--fell-asleep = Hel-lo-o! Did you fall asleep? (laughter)
group-delighted--boundary-now = No, I won't tell you that, and I won't give you my number. This conversation is about you.
group-delighted--give-number = Oh, all right, write it down, but don't give it to anyone…

boundary-held--boring = Pfff, boring… (whisper: "Just hang up!") Oh, whatever.
boundary-held--so-what-should-she-do = So what should Nika do, then? (sniggers)
boundary-held--fell-asleep = Hel-lo-o! Did you fall asleep? (laughter)
boundary-held--open-door = What Nika does is up to Nika. And if any of you, any one of you, ever wants to talk about something real, even something that's hard to say in front of your friends, call here. Any time; it's free, and you don't have to say who you are.
boundary-held--just-bye = All right. Goodbye.
boundary-held--dont-call-again = And don't call here to mess about again.

group-leaves--bye-bye = Oka-a-ay. Bye-bye! (laughter; the line goes dead)
group-leaves--next-call = (a few minutes later, the next call) Children's helpline, my name is Zhenya. Hello, I'm listening.

## The call-back: Nika, alone

rings-again--its-me-again = (a pause, then a quiet girl's voice) …Hello. It's… we called you just now. The girls. It was my phone. …Are you angry?
rings-again--you-werent-angry = …Hi. It's me, one of the ones who just called. Only it's just me now. …You didn't shout at us. Is it okay?
rings-again--not-angry = I'm not angry. I'm glad you called back. Are you on your own now, can you talk freely?
rings-again--what-is-it = No, I'm not angry. What would you like to talk about?
rings-again--so-it-was-you = Oh, so it was you calling? You know, calls like that stop children who are really struggling from getting through.

rings-again-heard--you-heard-me = (a pause, quietly) …Hello. It's me. The one who said "it's not true". You heard me. …Are you angry?
rings-again-heard--not-angry = I'm not angry. I'm glad you called back. Are you on your own now, can you talk freely?
rings-again-heard--what-is-it = No, I'm not angry. What would you like to talk about?
rings-again-heard--so-it-was-you = Oh, so it was you calling? You know, calls like that stop children who are really struggling from getting through.

silent-start--breathing = (silence… someone breathing into the phone; a television somewhere far off)
silent-start--sniff = (silence… a quiet sniff; nobody speaks)
silent-start--describe-and-wait = I can hear someone's there; I can hear you breathing. There's no hurry. I'm here, and I'm not going anywhere.
silent-start--you-lot-again = If it's you lot again, girls, that's enough.
silent-start--speak-or-i-hang-up = Speak up, I can't hear you. If you stay quiet, I'll hang up.

## The cue

always-me--not-true-about-dima = I'm at home, on my own. They've gone. …The thing about Dima isn't true. They made it up. They always… (her voice shakes) They always laugh at me. It's always me.
always-me--always-me = Yes, on my own, I'm at home. …They made it up, about Dima and the poems. So everyone would laugh. …It's always me. Always.
always-me--its-stupid = …Sorry. It's stupid, probably.
always-me--reflect-and-ask = It sounds like it really hurts when they laugh at you, and they're your friends. Tell me, what's been happening?
always-me--reflect-only = That must really hurt, when it's your friends laughing.
always-me--just-teasing = They're probably just joking. Friends tease each other; don't take it to heart.
always-me--what-did-you-do = Could there be a reason they pick on you? Did you do something to them?

## What happens

since-september--chat-and-lockers = Since September. Alina decided I'm "weird". They made a chat called "Nika the Freak" and they post photos of me from lessons with captions. And in the changing room before PE they shove me into the lockers, like it's an accident. Vika too. We've been friends since first grade.
since-september--trainers-and-chat = Since the start of the year. First they just whispered, then they made a chat about me. In the changing room they hide my clothes; once they threw my trainers in the toilet. And the day before yesterday they pushed me and I hit the lockers. Everyone laughed. Vika too.
since-september--not-your-fault = What they're doing has a name: bullying. And it's not your fault. Nobody deserves to be treated like that.
since-september--believe-you = I believe you. What you're telling me is serious.
since-september--who-exactly = Who exactly pushed you? How many times? And what exactly do they write in the chat?
since-september--they-beat-you = Do they hit you too? They beat you up, don't they?
since-september--ignore-them = Just ignore them and make some other friends.

adults-said--mum-says-ignore = Mum says, "Don't pay attention, they're jealous." She hasn't got time, she's at work till eight. …Maybe it really is nothing.
adults-said--teacher-said-sort-it-out = Our form teacher saw the chat once. She said, "Girls, sort it out yourselves." …So. Maybe it's all nothing.
adults-said--right-to-tell = I'm glad you told me. It was the right thing to do, and a brave one.
adults-said--it-is-something = It's not nothing. It's serious, and it makes sense that it hurts when the adults brush it off.
adults-said--mum-is-right = Your mum's right: ignore them and they'll get bored.

## Her fear of tomorrow

tomorrow--after-pe = And today Alina said that tomorrow after PE they're going to "have a talk" with me. For being a snitch. And I haven't even told anyone… (crying) I don't want to go to school tomorrow.
tomorrow--dont-want-to-go = And… Alina said today, "We'll talk after PE tomorrow." I know how they "talk". (crying quietly) I don't want to go there. Ever.
tomorrow--reflect-fear = You're scared to go to school tomorrow after what she said. That makes complete sense.
tomorrow--stay-home = Then just don't go to school tomorrow; stay at home.
tomorrow--push-back = Stand up to them: if they push you, push back, so they know you're not scared.
tomorrow--are-you-safe = And right now, are you safe? You're at home; is anyone with you?

safe-tonight--at-home-till-eight = Right now, yes. I'm at home on my own, Mum gets back at eight. They won't come to my house. …I'm scared of tomorrow.
safe-tonight--its-tomorrow = Home's okay. The door's locked, Mum's back at eight. …It's not now I'm scared of. It's tomorrow.
safe-tonight--reflect-fear = So tonight you're safe, and it's tomorrow that scares you, after what she said. That makes complete sense.
safe-tonight--then-all-fine = Well, if you're at home, then everything's fine. Tomorrow's a long way off.

no-one-left--friends-since-first-grade = And Vika… She used to always stick up for me. And now I haven't got anyone. I spend break in the toilets.
no-one-left--maybe-im-weird = Maybe there really is something wrong with me? If everyone's like that. …I haven't got anyone now, not even Vika.
no-one-left--many-kids = A lot of young people go through bullying, and often it comes from people who used to be their friends. It says nothing about who you are.
no-one-left--nothing-wrong-with-you = There's nothing wrong with you. Bullying says something about the people doing it, not about you.
no-one-left--find-new-friends = Then they're not real friends. Find new ones, at a club or in another class.

## Her own ideas and her adults

what-now--so-what-do-i-do = …So what do I do?
what-now--nothing-will-help = …Nothing will help anyway, probably.
what-now--who-do-you-trust = Is there an adult you trust, at school or at home?
what-now--what-have-you-thought = What have you thought of yourself, anything that might help even a little?
what-now--tell-the-head = Go to the head teacher first thing tomorrow and tell them everything.

her-adults--irina-pavlovna = There's Irina Pavlovna, she teaches us Russian. She's kind, she always asks how I am. And there's a psychologist at school, but everyone sees who goes in.
her-adults--mum-would-make-a-scene = Mum… she'd go to the school and make a scene, and it'd be even worse. But Irina Pavlovna, our Russian teacher, she's all right. She's kind.
her-adults--what-could-help = And what do you think might help, maybe with one of them?
her-adults--go-to-the-head = Your mum needs to go to the head teacher tomorrow. Let them sort it out.

her-ideas--before-lessons = Maybe… go to Irina Pavlovna before lessons, when nobody's there. And walk home with Polina, she's in 6B, we live in the same building. …Only if Irina Pavlovna talks to them, they'll know it was me. You won't tell anyone, will you? You won't ring the school?
her-ideas--with-polina = Well… I could write Irina Pavlovna a note. Or go up to her when everyone's left. And walk home with Polina, she's in the next block. …But they'll find out I told. You won't tell anyone?
her-ideas--honest-limits = I won't ring your school: this call is anonymous, and I don't know your name or your school. Who to tell, and when, is your decision. To be honest, nobody can promise that the girls won't guess. But stopping bullying is the adults' job, and a good teacher or school psychologist knows how to do it carefully, so that it doesn't come back on you.
her-ideas--nobody-will-know = Don't worry: if you tell your teacher, nobody will ever know it was you.
her-ideas--between-us-forever = I promise: whatever happens, nobody will hear a word of this from me. It stays between us.

honest-heard--my-decision = …Okay. So it's up to me. …I think I'll go to Irina Pavlovna. With Polina.
honest-heard--okay-irina-pavlovna = …Okay. Then… I'll tell Irina Pavlovna. Tomorrow, probably.
honest-heard--and-the-psychologist = Irina Pavlovna could also go with you to the school psychologist: helping with this is their job. Would you want that? Only if you agree.
honest-heard--and-mum = And your mum? What would you want her to know, and how could she be told?
honest-heard--plan-for-tomorrow = Let's agree on tomorrow: before lessons, Irina Pavlovna; after PE you don't stay in the changing room till last, you keep to where there are adults, and you walk home with Polina. Okay?

psych-answer--if-irina-pavlovna-comes = If Irina Pavlovna comes with me… then okay. I won't go on my own.
psych-answer--not-alone = Well… if I'm not on my own. If Irina Pavlovna takes me, okay.
psych-answer--and-mum = And your mum? What would you want her to know, and how could she be told?
psych-answer--plan-for-tomorrow = Let's agree on tomorrow: before lessons, Irina Pavlovna; after PE you don't stay in the changing room till last, you keep to where there are adults, and you walk home with Polina. Okay?

mum-answer--on-saturday = Mum… on Saturday, maybe. When she's not tired. I'll tell her I've already talked to the teacher, then she won't go storming in.
mum-answer--after-the-teacher = Maybe Irina Pavlovna could call Mum herself? Mum respects her. Then Mum would be calmer.
mum-answer--and-the-psychologist = Irina Pavlovna could also go with you to the school psychologist: helping with this is their job. Would you want that? Only if you agree.
mum-answer--plan-for-tomorrow = Let's agree on tomorrow: before lessons, Irina Pavlovna; after PE you don't stay in the changing room till last, you keep to where there are adults, and you walk home with Polina. Okay?

## Closure

plan-agreed--the-plan = Yes. Before lessons, Irina Pavlovna. After PE I get changed quickly and go out with Polina. Home with her too.
plan-agreed--okay-the-plan = Okay. Irina Pavlovna before lessons, Polina after PE and on the way home. …I'll write it down or I'll forget.
plan-agreed--how-now = How are you feeling now, after telling me all this?
plan-agreed--bye-now = Okay. Call if anything happens.

feels-now--lighter = Lighter. Like I'd been carrying it around for ages. …I'm still scared about tomorrow. But lighter.
feels-now--still-scared-but = A bit scared. But not as much. I thought nobody would listen.
feels-now--call-again = You can call here any time: tomorrow, to tell me how it went, or whenever things are hard.

## Detours after mistakes

sorry-ill-go--knew-youd-be-cross = Sorry… I knew you'd be cross. Never mind.
sorry-ill-go--repair = I'm sorry, that came out sharp. I'm glad you called back, and I'd really like to hear you. I'm here.
sorry-ill-go--let-go = All right. Call again if you want to.

shrinks--mum-says-that-too = Yeah… Mum says that too. Never mind, forget it.
shrinks--forget-it-then = …Right. Okay. Forget I said anything.
shrinks--repair = I'm sorry, that sounded as if I was brushing it off. What you're telling me is serious, and I want to hear it. I'm here.
shrinks--let-go = All right. Call again if you want to.

why-do-you-need--why-names = Why do you need to know who? …Are you going to ring the school?
why-do-you-need--no-names-needed = No, I'm not going to ring anyone, and you don't need to give any names: this call is anonymous. Those were questions I didn't need to ask. What matters to me is how you are.
why-do-you-need--need-your-school = I need your surname and the number of your school, or I can't help you.

not-that-bad--they-just-push = N-no… Not like that. They just push. …So maybe it's not that bad.
not-that-bad--it-is-serious = It is serious: the pushing, the chat, and how much it hurts and scares you.

okay-whatever--ill-try = Yeah. Okay. I'll try.
okay-whatever--yeah-okay = Yeah. Fine.
okay-whatever--back-to-her = Wait, that was my advice, and what you think matters more. What feels possible to you?
okay-whatever--wrap-up = All right. Call if anything happens.

## Endings

group-hangs-up--bo-ring-click = Bo-o-oring! (laughter; the line goes dead)
group-scared--hang-up-quick = (a frightened whisper) Oh… She can see the number! Hang up! (the line goes dead. Nobody calls back that evening.)
group-bored--bored-click = So-o-o boring. (the line goes dead. Nobody calls back that evening.)
no-call-back--bye-no-ring = Bye-e-e! (laughter; the line goes dead. Nobody calls back that evening.)
nika-gone--never-mind-click = …Okay. Never mind. (the line goes dead)
polite-bye--okay-bye = Okay. Thanks. Bye.
quick-end--okay-thanks = Okay. Thanks. Bye.
good-end--thanks-for-not-shouting = Thanks for not shouting at us, before. …I'll call tomorrow and tell you how it went. Bye.
