# friends-goodbye: Vera, 14, calls late in the evening about a friend who posted a goodbye message and vanished.
# Vera (an invented name) talks fast and in bits, politely; the counsellor is calm, warm and
# direct about suicide. No method is named anywhere: the message only says goodbye. The address
# and the names are invented.

title = A goodbye message
summary = Vera, 14, calls at twenty past eleven at night. Forty minutes ago her classmate Lyosha posted a goodbye message and has not answered since; last week he told her he didn't want to live and asked her not to tell anyone. Ask what exactly he wrote, name the risk plainly and help her act now: 112 with his address, or her mother and his parents. Don't let her go there alone at night, be honest about the secret, and support her too: her fear, her guilt, an adult beside her.
caller-name = Vera

## The caller's state, as the debrief names it

variable-trust = trust
variable-distress = distress
variable-plan = plan proposed

## Scenario-wide reactions

default--still-there = Hello? Are you there?
default--too-soon = Wait, who are you calling? I haven't even told you what he wrote…
default--dont-know-where = Did you just call someone? …But you don't even know where he lives. How will they find him?
default--not-tomorrow = Who's that? They won't go to him now! He wrote it tonight!
default--you-called-them = You called them? Already? …Okay. Good.
default--already-called = They're already on their way, aren't they? …Okay, better twice than not at all.
default--who-is-that = Who are you talking to? Are you telling someone about me?

## Contact: in a rush, and not about herself

opening--about-a-friend = Hello… Is this the helpline? Sorry… It's not about me. It's about a friend. Is that okay?
opening--sorry-late = Hi. Sorry it's so late. I don't know who else to call. My friend… Basically, I'm scared.
opening--not-about-me = Hello? I… It's not me who needs help. It's a boy in my class. You do other people too, right?
opening--hello-hear-me = Hello? Can you hear me?
opening--greet-listen = Hi, this is the children's helpline, my name is Sasha. I'm glad you called. You can call about a friend, and at night too. I'm here and I'm listening. What's happened?
opening--greet-brief = Helpline, I'm listening. What's happened?
opening--only-about-you = We help people who call about themselves. Your friend can call us himself if he needs to.

insists--but-its-urgent = But he can't call! He's not answering! It's urgent, honestly…
insists--he-wont-call = He won't call. He's not answering anyone. Please, just listen…
insists--apologise-listen = I'm sorry, that was wrong of me. Of course you can call about a friend, and it's good that you did. I'm listening. Tell me what's happened.
insists--call-police-yourself = If it's urgent, call the police. That's not for us.

## The cue: a goodbye, then silence

the-message--story-goodbye = My friend, Lyosha… About forty minutes ago he posted a story. It's… like a goodbye. And then that's it, he's gone. He's not answering. I don't know what to do.
the-message--wrote-to-me = A boy in my class… Lyosha. He posted this weird story, like he's saying goodbye. About forty minutes ago. He hasn't been online since, and his phone's off.
the-message--are-you-there = …Are you there? Say something.
the-message--what-did-he-write = I can hear how frightened you are, and you did the right thing to call. What exactly did he write? Can you read it to me?
the-message--ask-directly = You're really frightened for him. Tell me, are you afraid he might kill himself? What exactly did he write?
the-message--probably-drama = Teenagers often write things like that for drama. He probably just wants attention.
the-message--ask-him-tomorrow = He's probably gone to bed and switched his phone off. Talk to him at school tomorrow.

reads-it--forgive-me = Here… "Forgive me, everyone. I can't do this anymore. Thanks for being there. Goodbye." White on black. He posted it at 22:40 and went offline. I've called him like ten times, it says the number is unavailable.
reads-it--story-and-message = In the story: "Thanks, everyone. I can't go on like this. Goodbye." And a message just to me: "Vera, you're the best. Sorry for everything." That's all. I text him, he doesn't read it. I call, his phone's off. He's never written anything like that. Never.
reads-it--you-went-quiet = You've gone quiet… So it's bad, isn't it?
reads-it--take-seriously = You're right to take this seriously, and so do I. When someone says goodbye like that and disappears, it can mean he's thinking about suicide, maybe tonight. So we need to act now. Do you know where he lives? Who might be at home with him?
reads-it--practical-only = Right. Do you know where he lives? Who might be at home with him?
reads-it--why-would-he = What's going on with him? Did you two fight? Is there trouble at home? At school?
reads-it--calm-down = Okay, calm down. Panicking won't help. His phone has probably just died.

digging--i-dont-know-why = I don't know! Nothing special… Bad marks, rows with his dad. I don't know! Just tell me what to do!
digging--his-parents = Well… his parents are getting divorced. And some kids at school pick on him. But what does it matter why?! He's not answering!
digging--take-seriously = You're right, why doesn't matter now. What matters is that he may be in danger: a goodbye like that can mean he's thinking about suicide, maybe tonight. Let's act. Do you know where he lives? Who might be at home with him?
digging--keep-digging = Wait, this matters. What exactly do they row about? And who picks on him at school?

you-dont-get-it--not-like-that = You don't get it. He's not like that. He never jokes about things like this.
you-dont-get-it--you-sound-like-mum = You sound like my mum. "Don't wind yourself up." But he's not answering!
you-dont-get-it--repair = I'm sorry, I said that too fast. You know him and I don't, and you're right to be worried. Let me ask you straight: are you afraid he might kill himself? Tell me what exactly he wrote, and where he is now.
you-dont-get-it--let-go = Okay. If you want to talk, call again.

## What she knows: the seed decides

knows-address--two-blocks = I know, he lives on Sadovaya Street, number eight, flat fifty-one, it's two buildings from mine. Maybe I should just run over there? I'll be quick, I just need to get dressed…
knows-address--been-there = Yes, I've been to his place. Sadovaya eight, third entrance, flat fifty-one. I think his mum's at home, his dad lives somewhere else. I could go there right now, it's not far…
knows-address--what-do-i-do = What do I do? Tell me!
knows-address--plan-112 = He still isn't answering? I understand you want to run to him. But don't go there alone at night: if something has happened, it's too much for one person; adults and doctors need to be there. Here's what I suggest: I call 112 right now and give them his address. They'll get to him fastest and check that he's okay. Is that all right with you?
knows-address--involve-adults = He still isn't answering? Don't go there alone at night: if something has happened, adults need to be there. Who could reach him or his parents right now? Is there an adult at home with you?
knows-address--run-over = Yes, since it's close, pop over and check on him. Then call me back.
knows-address--wait-and-see = Let's not panic. Wait a bit longer, maybe he'll answer.

only-school--near-the-park = I don't know! They moved in the summer, somewhere by the park, I've never been there. We're just in the same class, at School 14. His mum's number is probably in the parents' group chat… But that's my mum's, and she's asleep.
only-school--new-flat = I don't know his address… Just that he's at our school, in 8B, and lives somewhere past the park. His mum's number is in the class parents' chat, but my mum's in it, not me. And she's already asleep.
only-school--what-do-i-do = What do I do? Tell me!
only-school--wake-mum = He still isn't answering? I understand how scary it is not to know where he is. But there is a way: your mum can find his mum's number in the chat and call her. This isn't something to carry on your own. Please wake her now and tell her what's happened. I'll stay on the line.
only-school--nothing-to-do = Without an address there's nothing we can do. Go to bed, and tell your form teacher in the morning. And call us if anything happens.
only-school--go-look = Since he lives by the park, go and have a look, maybe he's out walking.

## The secret and the guilt: what stops her telling

the-secret--he-made-me-promise = Wait… Last week he said he was sick of everything and didn't want to live. And he asked me not to tell anyone. I promised. If I tell, he'll hate me… And anyway it's my fault, I should have told someone then. …You won't tell anyone it was me who told you, will you?
the-secret--last-week = I… I have to tell you something. Last week he told me he didn't want to live. I thought he was just stressed. He said, "Don't tell anyone." And I didn't. If I'd told someone then… …This stays between us, right?
the-secret--said-too-much = …I shouldn't have said that, should I?
the-secret--honest-not-your-fault = Thank you for telling me, that matters a lot. It's not your fault: you couldn't know what would happen tonight, and he asked you to keep quiet. Lots of people in your place would have done the same. About you, honestly: this call is anonymous and I don't need your name. But some secrets can't be kept: when someone's life is in danger, telling adults isn't betrayal, it's how you save him. And one thing that matters now: last week or tonight, did he ever say how, or when?
the-secret--keep-secret = Since he asked, let's keep this between us. I won't tell anyone, and you don't either.
the-secret--why-didnt-you = Why did you keep quiet for a whole week? You should have told an adult straight away! You don't hide things like that.

never-said-how--only-didnt-want = No… Never. Only that he didn't want to live. And tonight just "goodbye". …Is that bad?
never-said-how--what-do-i-do = What do I do? Tell me!
never-said-how--then-112 = I can hear how scared you are. A goodbye and then silence is reason enough not to wait. So, as we said: I call 112 with his address. All right?
never-said-how--then-mum = I can hear how scared you are. A goodbye and then silence is reason enough not to wait. Will you wake your mum now? I'll stay on the line.
promise-made--so-we-wait = …Really? Then… what do I do? Just wait until he answers?
promise-made--then-what = …Okay. Thanks. …And then what? I just keep texting him and he just keeps not answering?
promise-made--take-it-back = Wait. I spoke too fast and promised something I can't promise. His life matters more than the secret right now. Nobody needs your name, but adults need to know about him tonight. Let's work out who.
promise-made--keep-writing-to-him = Keep texting him, he'll answer. Maybe he just needs some time alone.

crushed--my-fault = …I know. It's my fault. If something happens to him, it's because of me.
crushed--should-have-told = Yeah. I'm so stupid. I should have told straight away. …That's it, it's because of me.
crushed--repair-guilt = I'm sorry, that was harsh and it wasn't fair. It's not your fault: he asked you to keep quiet, and you were a loyal friend. And right now you're doing the most important thing: getting him help. A secret like this can't be kept when a life is in danger, and telling isn't betrayal. Let's do it together.
crushed--keep-lecturing = Let this be a lesson: you always tell an adult about things like that straight away.

## 112 with his address

afraid-of-police--his-dad = But 112, that's the police, isn't it? No… They'll come and bang on the door, his mum will freak out. And everyone will know it was me.
afraid-of-police--whole-school = I get it… But not the police. Please. The whole school will find out. They'll bully him even more. He'll never forgive me.
afraid-of-police--what-do-i-do = What do I do? Tell me!
afraid-of-police--you-called-anyway = You called them anyway?.. …Okay. Maybe that's right. Just let them be quick.
afraid-of-police--explain-112 = I understand, you're scared for him and about what happens afterwards. He still hasn't answered? Then we can't wait. 112 isn't a punishment: they'll go to check that he's alive and safe, and call a doctor if he needs one. They don't need your name, only his address. Better he's angry with you and alive. May I call them?
afraid-of-police--then-your-mum = Okay, let's do it another way. He still hasn't answered? Then which adult could contact his family right now? Your mum, maybe? Please wake her and tell her what's happened. You shouldn't be alone with this.
afraid-of-police--fine-no-police = Okay, if you don't want to, we won't call anyone.

agrees-112--call-them = …Okay. Call them. Sadovaya eight, third entrance, flat fifty-one. His name's Lyosha, he's fourteen. …They won't tell him it was me?
agrees-112--okay-call = Okay… Please call them. Sadovaya eight, flat fifty-one. Lyosha. Just don't hang up.
agrees-112--did-you-call = Hello? Did you call them?
agrees-112--thank-you = …You called? Thank you.
agrees-112--stay-and-call = Thank you, that's very brave. I'm calling 112 right now and staying on the line with you. They'll go to his flat and check on him. They don't need your name. Don't go anywhere on your own, okay? Meanwhile you can keep texting him: short and warm, that you're there for him.
agrees-112--tell-me-everything = While we're here, tell me everything: what's going on with him, who did he fall out with, why did he write that?
agrees-112--your-details-too = For the record I need your surname, address and phone number. Go ahead, please.

why-my-name--you-said-anonymous = Why do you need my surname? You said the call was anonymous… I don't want everyone to know it was me.
why-my-name--dont-want-name = Mine?.. No. I'm not saying. Mum will find out, school will find out… It's not about me!
why-my-name--did-you-call = Hello? Did you call them?
why-my-name--no-name-needed = I'm sorry, you're right: your name isn't needed. The call is anonymous, and I'll give 112 only his address. I want you to be at ease about that at least. I'm calling them now and staying with you.

waiting-for-call--phone-in-hand = …I'm here. I've got the phone in my hand, I'm texting him. Have you called them yet?
waiting-for-call--by-the-window = I'm at the window… I keep refreshing his page, and he's not coming online. Have you called them yet?
waiting-for-call--did-you-call = Hello? Did you call them?
waiting-for-call--thank-you = …You called? Thank you.
waiting-for-call--keep-talking = You're doing well, holding on. What are you writing to him?

## Her mother and his parents

wont-wake-mum--she-will-yell = No, I can't… She'll shout at me for being on my phone at midnight. And she'll say I'm making it all up.
wont-wake-mum--she-will-tell = No… Then she'll tell his mum everything. And that I knew and said nothing. Everyone will be angry with me.
wont-wake-mum--what-do-i-do = What do I do? Tell me!
wont-wake-mum--not-alone-with-this = I can hear how scared you are, and it makes sense you don't want to make her angry. He's still not answering? Then we can't wait. And you shouldn't be alone with something like this, and your mum can do what you can't: find his mum's number and call her. Even if she's cross at first, she'll understand why you woke her. Will you go to her now? I'll wait on the line.
wont-wake-mum--your-choice = Well, it's your decision. If you don't want to wake her, don't.

mum-awake--mum-is-up = …I woke her up. She didn't even shout. She found his mum's number in the chat, she's calling her now. And the address is there: Sadovaya eight, flat fifty-one.
mum-awake--mum-found-it = Mum's up… She says I did the right thing. She's calling his mum right now. They live on Sadovaya, number eight, flat fifty-one, Mum knows.
mum-awake--and-112-too = Well done, you and your mum. Since he isn't answering, I'd also like to call 112 for his address straight away: they'll get there fastest. Your mum can keep trying his mum. Is it all right with you if I call?
mum-awake--mums-handle-it = I'm glad your mum is with you. Let her talk to his mum. If his mum doesn't answer, or Lyosha won't open the door, call 112 straight away with his address. I'm here with you meanwhile.

parents-reached--door-locked = Mum got through. His mum's at home, she went to him… She says his door's shut, he won't open it. She's calling 112. …I'm scared.
parents-reached--his-mum-answered = His mum answered! She had no idea… He's in his room, he's shut himself in and won't answer. She's calling an ambulance. Oh…
parents-reached--still-there = Hello? Are you there?
parents-reached--adults-are-there = It's so good that you raised the alarm: now there are adults with him, and help is on its way. I can hear how scared you are. I'm here with you.

## Waiting: her fear and her guilt

help-coming--too-late = So now we just wait?.. What if it's already too late. What if they don't make it…
help-coming--my-fault-waiting = What if… what if something's happened to him? He told me last week. I should have said something. It's because of me.
help-coming--still-there = …Are you still there?
help-coming--support-her = You're very frightened, and that's normal: he's your friend and you're scared for him. When someone close writes something like that, lots of people feel both fear and guilt. But it isn't your fault. It wasn't you who decided to say goodbye, and tonight you did everything to get him help, and you did it fast. I'm with you while we wait.
help-coming--im-sure-hes-fine = Don't worry, I'm sure he's fine.
help-coming--quick-end = Right, you've done everything you could. Now go to bed.

he-writes--he-wrote = Oh! He's written! Just now! "Why did you tell everyone. I'm fine. Tell them all to leave me alone." …He's alive. Should I tell them not to come?
he-writes--he-is-online = He's online! He read it… He's writing: "You got everyone worked up? Call it off, I'm fine." Should I call it off? He's angry…
he-writes--should-i-cancel = …So do I call it off or not?
he-writes--dont-cancel = It's so good he answered: he's alive and he's talking to you. But don't call anything off. Less than an hour ago he was saying goodbye, and tonight he needs adults with him, maybe a doctor too. He's angry, and you'll both get through that. You could write to him why you told. What would you like to say to him?
he-writes--all-fine-then = Phew, see, he's fine. So you can call it all off and relax.

writes-to-him--he-read-it = I wrote: "I told because I don't want to lose you." He read it… He wrote "ok". And then "sorry". And that someone's with him now.
writes-to-him--voice-message = He sent a voice message… He's crying. He says, "Vera, don't be angry. Mum's here, and the doctors." …He's alive. He's really alive.
writes-to-him--close-well = You did a lot for your friend tonight. Which adult is at home with you tonight? Let's agree: you don't stay alone with this, you tell your mum everything, and tomorrow you can think together about how to support Lyosha, maybe with the school psychologist.
writes-to-him--with-him-now = So there are adults with him now, and doctors? You did a lot for your friend tonight.
writes-to-him--quick-bye = Well, that's good then. Right, good night.

no-news--still-offline = Still nothing. He's not online. …I don't know if anyone's got there or not. I'm so scared.
no-news--sitting-by-window = Nothing. He hasn't been online. I'm sitting by the window staring at my phone. …I won't find out tonight, will I?
no-news--still-there = …Are you still there?
no-news--close-well = Waiting without news is very hard, and your fear makes sense. The news may only come in the morning, and that doesn't mean something bad has happened: people who know how to help are already on their way to him. Which adult is at home with you? Let's agree: you don't sit alone with this, you go to your mum and keep your phone on, and tomorrow you and your mum, or the school psychologist, work out how to support Lyosha.
no-news--ask-if-they-came = Let's check: has anyone written to you? Him, his mum, someone from your class? Do you know whether they've got to him?
no-news--quick-bye = Right, now all you can do is wait. Good night.

## Endings

hung-up--forget-it = …Okay. Forget it. I'll think of something myself.
brushed-off--thanks-for-nothing = …Right. Thanks. What are you even for, then.
gives-up--maybe-asleep = …Yeah. Maybe he really is just asleep. Okay… Sorry.
hangs-up-hurt--never-mind = …That's it, forget it. I shouldn't have called.
goes-alone--ill-go-myself = That's it. I'm going to him myself. Right now.
helpless--okay-then = …I see. So nothing can be done. Bye.
nobody-called--you-didnt-call = You never called them… Fine. I'll do it myself.
false-relief--ill-tell-them = …Okay. I'll text him I shouldn't have got everyone worked up. Bye.
they-are-with-him--yes-with-him = Yes… his mum's there, and the doctors. He says they're staying with him.
they-are-with-him--close-well = It's so good they're with him. Which adult is at home with you tonight? Let's agree: you don't stay alone with this, you tell your mum everything, and tomorrow you can think together about how to support Lyosha, maybe with the school psychologist.
help-there--message-from-him = Wait… a message. From him! "Doctors are here. Mum too. Sorry." …They got there. They're with him.
help-there--close-well = They got there: that's such a relief, and you're shaking, I can hear it. Which adult is at home with you tonight? Let's agree: you don't sit alone with this, you go to your mum and tell her everything, and tomorrow you and your mum, or the school psychologist, work out how to support Lyosha.
her-plan--going-to-mum = Mum's at home. I'll go to her now and tell her everything, about last week too.
her-plan--how-now = That's a good plan. And how are you feeling right now?
feels-now--tiny-bit-better = …A tiny bit better. Thank you for not leaving me.
feels-now--call-again = Call us any time, tonight or tomorrow, even just to say how you are.

calmer-answered--going-to-mum = Okay. I'll go to Mum now. Can I call again tomorrow?
calmer-waiting--ill-wait-with-mum = …Okay. I'll go and sit with Mum. I'll keep my phone on. Thank you. If anything happens, I'll call.
bye-help-sent--okay-bye = …Okay. Bye.
bye-parents--okay-bye = …Okay. Bye.
