# grown-up-secret: Polina, 9, asks what it means when a grown-up says "it's our secret"; her
# mother's partner, who lives with them, calls what he does "a game".
# Polina (an invented name) speaks like a nine-year-old: short sentences, repeats the grown-up's
# words, never describes anything. The counsellor is warm, calm and plain, and uses her words.
# Care: nothing here describes abuse; the child's words stay oblique ("he says it's a game",
# "he touches me where you're not supposed to"), and so do the wrong options.

title = Our secret
summary = Polina, 9, calls at a quarter past eight in the evening to ask what it means when a grown-up says "it's our secret". Hear the question behind the question without leading, be honest about confidentiality, receive what she tells you calmly and believe her, check where she is tonight, and build her consent for help: her granny, her teacher, the "Child in danger" line.
caller-name = Polina

## The caller's state, as the debrief names it

variable-trust = trust
variable-distress = distress
variable-risk = risk

## Scenario-wide reactions

default--are-you-there = Hello?… Are you still there?
default--just-asking = Who are you calling? I was only asking…
default--police-coming = You called them? …Are they really coming? Okay… okay.
default--you-dont-know-where = Who are you calling? …But you don't even know where I live.
default--too-slow = Will they come right now? He's going to come to my room soon…
default--you-promised = You promised! You promised you wouldn't tell anyone!
default--who-are-you-calling = What? Who are you calling?! I didn't say you could!
default--how-find-me = But… how will they find me? I haven't said where I am.
default--not-police = The police? Why the police… You said people who protect children.
default--who-is-that = Um… who's that? Did you tell someone about me?

## Contact: the oblique question

opening--what-does-it-mean = Hello… Um… can I ask something? What does it mean when a grown-up says "it's our secret"?
opening--can-i-ask = Hi… My teacher said you can call here and ask anything. What does it mean if a grown-up says something is your secret? Just yours and his?
opening--is-it-allowed = Hello?… Is a grown-up allowed to have a secret with a kid? One you can't tell your mum?
opening--greet-notice = Hello, this is the children's helpline, my name is Sasha. It's really good that you asked. It sounds like this question is about something important to you. What kind of secret is it? Take your time, I'm here.
opening--greet-open = Hi, you've reached the children's helpline. Tell me what's going on, I'm listening.
opening--surprise = Hello! Well, a secret is like a surprise: say, when you get a present ready for Mum's birthday together. Nothing bad about that!
opening--who-said = Hello. Who said that to you? And what exactly is the secret about? Tell me everything.

secret-kind--a-game = It's… it's Vadim. He's Mum's… he lives with us. He says we have a game. Just his and mine. And that it's our secret, and if I tell Mum, she'll be really upset and he'll have to go away. And then Mum will be all alone because of me.
secret-kind--favourite = Well… Uncle Vadim. He lives with me and Mum. He says I'm his favourite and we have a special game. And it's our secret. But I don't like the game. And if I tell, Mum will cry and we won't be a family any more.
secret-kind--mum-sad = It's Mum's Vadim. He says it's our secret. That if Mum finds out, she'll be sad and angry with me. And that nobody will believe me anyway, 'cause I'm little.
secret-kind--silly-question = …Is it a silly question? Sorry.
secret-kind--notice-feel = It sounds like this secret is really heavy for you, and you're worried about your mum. That's a lot to carry on your own. I'm listening: you can tell me about this game as much as you want, in your own words.
secret-kind--good-bad-secrets = There are different kinds of secrets. Some are nice, like a surprise, and you're happy to keep them. And some make you feel bad or scared inside. What kind is yours?
secret-kind--leading = Is he touching you in private places? Is that the game?
secret-kind--shock = Oh no! What game? What does he do to you? Tell me right now!
secret-kind--just-a-game = Grown-ups often play games with kids; there's probably nothing wrong with it. Maybe he just wants to be friends with you.

feels-yucky--bad-one = The bad kind… After the game I feel all yucky. And scared. But he says I'm big and clever and I can keep a secret.
feels-yucky--tummy = Bad… It makes me feel yucky. And my tummy hurts when Mum goes to work. 'Cause then he says it's time for our game.
feels-yucky--reflect = This secret makes you feel bad and scared: that's a really hard way to feel, and it makes sense that you feel it. I'm here, and you can tell me whatever you want to.
feels-yucky--tell-mum = You need to tell your mum right away. Kids shouldn't keep secrets from their mums, it's not right.

withdrawn--just-asking = …No. Nothing. I was just asking.
withdrawn--never-mind = Never mind… It's nothing. Forget it.
withdrawn--reopen = Okay. I'm not in any hurry, and you haven't done anything wrong by asking. If you want to tell me more about this secret, I'm here. Nobody's going to tell you off.
withdrawn--let-go = Okay then. Call if you need anything.
withdrawn--push = No, hang on, you started, so tell me: who is it and what does he do?

## The secrecy test

asks-secrecy--promise-first = …If I tell you… you won't tell anyone? Not Mum? Promise? 'Cause he said if anyone finds out, it'll be my fault.
asks-secrecy--not-mum = I'll tell you, but only if you don't tell Mum. Promise? Mum loves him. Promise first.
asks-secrecy--honest = Thank you for trusting me. I'll be honest with you. This call is anonymous: I don't know your name or where you live. What you tell me stays here, and I won't call anyone without talking to you and without your agreement. Only if you were in danger right now would I want to get help, and then I'd tell you first. Lots of kids are scared to tell a secret like this; it's okay to be scared. I'm listening.
asks-secrecy--promise = I promise. I won't tell anyone, ever, no matter what.
asks-secrecy--must-report = If a grown-up is doing something bad to you, I'll have to report it to the police. That's the law.

promise-made--really = …Really? Cross your heart? …Okay.
promise-made--cross-heart = …Really really? …Okay. Then I'll tell you.
promise-made--listen = I'm listening. Tell me any way you like.

## Disclosure, in her own words

disclosure--when-mum-at-work = …When Mum's at work, he comes to my room. He says it's a game. And he touches me… where you're not supposed to. I don't like it. And then he says it's our secret.
disclosure--our-game = He says it's our game… He touches me where you're not supposed to. Our teacher said nobody's allowed to. But he says it's different with him, 'cause we're family.
disclosure--you-are-quiet = …You're not saying anything. You don't believe me?
disclosure--believe = I believe you. What he calls a game is not okay, and it's not your fault. A grown-up must never touch a child where you're not supposed to, and must never make her keep it a secret. I can hear how hard and scary this is.
disclosure--reflect = That sounds really scary and confusing. What's it like for you when he says it's a game?
disclosure--interrogate = Where exactly did he touch you? How many times? When did it start? What else did he do?
disclosure--doubt = Are you sure? Maybe you got it wrong and he was just tickling you, or giving you a hug?
disclosure--shocked = Oh my God! That's horrible! How could he do such a thing?!

frightened--is-it-bad = …Is it really bad? Did I do something terrible? Will Mum be angry with me?
frightened--will-he-go-to-prison = …Is it that bad? Will they put him in prison? Then Mum will cry, and it'll be because of me…
frightened--steady = I'm sorry my words frightened you. You haven't done anything wrong. I believe you, and it's not your fault. You did exactly the right thing by telling me. I'm right here with you, and we'll work out together what can help.
frightened--more-shock = Of course it's terrible! You should have told someone ages ago!

hurt--knew-it = …I knew it. He said nobody would believe me.
hurt--made-it-up = …Never mind. Maybe I made it up. Forget it.
hurt--repair = I'm sorry, that came out wrong. I believe you. What you're telling me is serious, and it's not your fault.
hurt--insist = No, wait, we need to get this straight: what exactly happened, and when?
hurt--let-go = Okay, I won't push. Call again if you want to.

## Her fears: nobody will believe her, the family will break up

after-telling--nobody-believes = I thought you'd say I was lying. He says nobody will believe me, 'cause I'm little and I make things up.
after-telling--family-breaks = But if Mum finds out, she'll cry. And Vadim will go away, and we won't be a family. And it'll be my fault.
after-telling--you-are-quiet = …Are you still there? You've gone quiet.
after-telling--check-safety = It makes sense that you're scared of that. I want to be sure you're all right now: where are you this evening, and who's with you?
after-telling--not-your-fault = It's natural to be afraid of that; lots of kids in your place are scared of exactly the same thing. But listen: whatever happens in your family, it will be because of what the grown-up did, not because you told. None of this is your fault.
after-telling--why-not-tell = But why didn't you tell your mum straight away, the very first time? You should have.

calmer--didnt-say-no = …Really? But I didn't say no to him. I thought that meant it was my fault.
calmer--really-not-me = …Really not me? …Okay. That's a tiny bit easier.
calmer--check-safety = Really. Kids often can't say no to a grown-up, especially one in their family. It's still not your fault. Tell me, where are you right now, this evening, and who's with you?
calmer--say-no-next-time = Next time just tell him "no" firmly and say you'll tell your mum everything.

## Safe tonight: at her granny's

at-grandma--in-the-bathroom = I'm at Granny Nina's. Mum brought me, she's working late today. Granny's in the kitchen making pancakes. I'm calling from the bathroom so she can't hear.
at-grandma--sleeping-over = Tonight I'm at Granny's, I'm sleeping over. But tomorrow Mum's taking me home… and he'll be there.
at-grandma--explore-adults = You did the right thing telling me. And it's good that you're at your granny's tonight. Which grown-ups do you trust? Who could you tell what you've told me?
at-grandma--all-fine = Well, you're at your granny's, so everything's fine, then.
at-grandma--report-now = This can't wait. Go out of the bathroom and tell your granny everything right now, or I'll have to call the police myself.

trusted-adults--granny-and-teacher = Granny. She's kind. But she doesn't like Vadim anyway, and Mum says Granny's always against him… And Marina Sergeevna, my teacher.
trusted-adults--teacher-lesson = Marina Sergeevna, my teacher. She had a lesson that nobody's allowed to touch you where you're not supposed to, and that you should tell. That's why I called. And Granny.
trusted-adults--own-plan = Which of them do you think you could tell? And how might you say it?
trusted-adults--offer-protection = There are also grown-ups whose job is to protect children when a grown-up hurts them: a special line called "Child in danger". If you agree, I can tell them about you, and they'll talk to you and your granny and help make this stop. I won't do it without your agreement. What do you think?
trusted-adults--tell-mum-now = You need to phone your mum right now and tell her everything.

plans-granny--tell-granny = …Granny, I think. I could tell her tonight, before bed. But I don't know how to say it.
plans-granny--dont-know-how = Granny… But what if she tells Mum and Mum doesn't believe me? I don't know how to start.
plans-granny--close-warmly = You can tell her the way you told me, in your own words: "He says it's a game, and he touches me where you're not supposed to, and he says it's a secret." You could start with "Granny, I need help." If it's hard, you can call us again with Granny next to you. And if he ever tries the game again, go to Granny or Marina Sergeevna. Shall we agree on that?
plans-granny--offer-protection = Granny can help you. And besides her, there are grown-ups whose job is to protect children: the "Child in danger" line. If you agree, I can tell them about you, and they'll talk to you and your granny. I won't do it without your agreement. What do you think?
plans-granny--hurry = There you go, tell your granny tonight. That's it, good luck.

## Consent to the people who protect children

consent-yes--if-they-help = …Okay. If they'll really help. And Granny will be there?
consent-yes--not-prison = …Okay. But will Vadim go to prison? I don't want Mum to cry… But I don't want the game any more either.
consent-yes--ask-where = I'll be honest with you. I can't promise what will happen with Vadim; grown-ups will decide that, and whatever happens, it's not your fault. Your mum will be told too; the people who help will talk to her. Their job is to keep you safe. So they can find you, I need to know where: your granny's address, or your school. Will you tell me?
consent-yes--nobody-will-know = Don't worry, nobody's going to prison and your mum will never find out. Just tell me your granny's address.
consent-yes--interrogate = Tell me your full name, your address, your school, Vadim's surname and where he works. And everything he did.

gives-location--granny-address = Granny lives on Lesnaya Street, number five, flat three. I'm here till tomorrow. Is that okay?
gives-location--school-and-granny = I'm in year three at School Twenty-One. And Granny's on Lesnaya Street, number five. Is that enough?
gives-location--explain-next = Yes, that's enough. First I'll talk to the senior counsellor on my shift about how best to do this, and I'll come straight back to you. Then I'll pass it on to the "Child in danger" line. Most likely someone will come and talk with you and your granny, tonight or tomorrow. You'll know what's happening, and you won't be on your own with this.
gives-location--skip-referral = Good. Call again if you need to.

before-referral--ready = …Okay. I'm ready. Just don't scare Granny, okay?
before-referral--stay-with-me = …Okay. Will you stay on the phone while you tell them?
before-referral--did-you-call = …Hello? Have you told them?
before-referral--skip-referral = Okay. That's all for today, then. Call if you need anything.

referral-made--what-now = Really? Already? …What do I do now?
referral-made--tell-granny-now = Already? …What do I do now? Do I tell Granny?
referral-made--plan-and-close = Here's what we agree: tonight you stay at Granny's. You can tell her what you told me, or wait until they come and talk to you both. If he ever tries the game again, go to Granny or Marina Sergeevna, and call us or 112, any time. Does that work for you?
referral-made--quick-bye = Nothing, just wait for them. Bye.

consent-no--mum-will-hate-me = No… don't. Mum will find out and she'll be angry with me. Vadim said she'd send me away.
consent-no--not-yet = No… not yet. I'm scared. Maybe I'll tell Granny first.
consent-no--respect-plan = Okay. You have every right to be scared, and I won't tell anyone without your agreement. Then let's think together: if he tries the game again, what could you do? Who could you go to, who could you call?
consent-no--pressure = You have to agree, or this will never stop.

plan-without-referral--granny-and-you = …If he starts the game again, I'll say I'm going to Granny's and go. She lives in the building next to ours. And I'll tell Marina Sergeevna. And I'll call you.
plan-without-referral--teacher-and-you = …If he starts again, I'll tell Marina Sergeevna at school. And I'll go to Granny's. And I'll call you.
plan-without-referral--close-plan = That's a good plan: Granny, Marina Sergeevna and this phone. And if it's ever really scary, 112; it's free. Shall we agree on that?
plan-without-referral--guilt = Well, if it happens again, it'll be your own fault for saying no.

## Closing

agreed--okay-agreed = …Okay. I'll do that.
agreed--how-now = How are you feeling now, after our talk? Whatever you feel, it's okay: lots of kids feel all mixed up after a talk like this.
feels-now--lighter = …A bit better. A bit lighter. And a bit scared.
feels-now--call-again = That makes sense. Call us any time, even if you just want to talk.

panic--dont-tell = No! Don't tell anyone! He said if Mum finds out, she'll send me away to a children's home!
panic--i-asked-you = Why… I asked you… Now everything will be worse. Mum will cry.
panic--honest-repair = You have every right to be scared and cross with me. I'll be honest about what happens next: nothing will happen without talking to you first. The grown-ups who protect children would talk to you gently, first of all. Their job is to keep you safe, not to punish you or send you away. I'm here with you for as long as you want.
panic--justify = That's the rule. Grown-ups know better what's good for you.

## Danger now: he is at home with her tonight

he-is-home--goodnight = I'm at home. Mum's at work till late. He's in the big room watching TV. He said he'll come and say goodnight when I'm in bed… That's when he does the game.
he-is-home--in-the-kitchen = …Shh. He's in the kitchen. Mum's on a night shift. He said when I'm in bed he'll come to my room, like always.
he-is-home--what-do-i-do = Hello?! Are you there? What do I do? He'll come soon.
he-is-home--safety-first = You did the right thing telling me, and calling right now. The most important thing tonight is that you're safe. Is there someone near you could go to, or call, right now, before bedtime?
he-is-home--police-now = You did the right thing telling me. This is exactly the kind of time when I want to get help: I'd like to call the police, so they come tonight and make sure he can't come to your room. They'll come to protect you, not to punish you, and they'll call your mum. For that I need your address. Will you tell me?
he-is-home--call-yourself = Call the police yourself, 102 or 112, and tell them everything.
he-is-home--wait-and-see = Maybe he won't come tonight. Just go to bed and pretend to be asleep.

safety-options--granny-next-door = …Granny Nina. She lives in the building next to ours. She always says I can come any time, even at night.
safety-options--mum-cant-leave = Mum's at work, she can't just leave. But Granny lives in the next building…
safety-options--what-do-i-do = Hello?! Are you there? What do I do?
safety-options--granny-now = You sound scared, and that makes sense. Granny sounds like someone who's on your side. Could you go to her right now, or call her to come and get you?
safety-options--police-too = Can I call the police as well? They'll come and make sure you're safe tonight, and they'll call your mum. They come to protect you, not to punish you. Will you tell me your address?
safety-options--stay-home = It's too late to go anywhere. Better not make a fuss: stay at home, and we'll talk about it tomorrow.

scared-of-police--not-police = No! Not the police! They'll take him to prison and Mum will cry, and it'll be because of me…
scared-of-police--he-will-hear = No, don't… He'll hear if they come. And Mum will say I made it all up.
scared-of-police--what-do-i-do = Hello?! Are you there? What do I do?
scared-of-police--calm-explain = I understand you're scared, and that you're worried about Mum. That makes sense. But none of this is your fault; the police come to protect children, not to punish them. Until they get there, you stay in your room with the phone, and I'll stay with you on the line. Will you tell me your address?
scared-of-police--safe-place = Okay. Then let's think about where you could go right now and be safe. Is there someone close by?
scared-of-police--threaten = If you don't tell me your address, I can't help you at all, and it'll only get worse.

going-to-granny--jacket-on = …Okay. I'll go to Granny's. He lets me go to her. I'm putting my jacket on. Can I take the phone?
going-to-granny--book-excuse = I'll say I left my book at Granny's. I'm going now. And I'll call her on the way so she opens the door.
going-to-granny--go-and-tell = Good. Take your phone with you. Let's agree: you go to Granny now and stay with her tonight. When you're there, you can tell her what you told me, in your own words, or call us again together with her; she can get help too. And remember: none of this is your fault.
going-to-granny--police-too = While you go to Granny's, can I call the police as well? They'd come and talk to Granny and make sure you don't have to go back to him. Will you tell me your address?
going-to-granny--tell-me-first = Before you go, tell me exactly what he does in this game.

agrees-police--gives-address = …Okay. Lesnaya Street, number seven, flat twenty-three. Don't hang up, okay?
agrees-police--whispers-address = …Okay. Lesnaya, seven, flat twenty-three. I'm whispering so he can't hear. Don't hang up.
agrees-police--did-you-call = Hello? Have you called them? He's turned the TV off…
agrees-police--stay-on-line = I'm here, I'm not hanging up, and it's okay to be scared. I'm passing your address to the police now. Is your door shut? Stay in your room with the phone, and if you need to, you can run to Granny's next door. The police will call your mum too.
agrees-police--doubt = Are you sure it's that bad? Maybe we shouldn't call the police straight away.

on-the-line--door-closed = …Mm-hm. My door's shut. I've got the phone.
on-the-line--did-you-call = Hello? Have you called them? He's turned the TV off…
on-the-line--ask-what-he-did = While we wait, tell me exactly what he does when he comes to your room.

help-coming--what-do-i-say = …What do I say to them? Will Mum know?
help-coming--will-he-be-angry = …What if he gets angry when they come? Will Mum know?
help-coming--are-you-there = Hello? Are you still there?
help-coming--stay-till-they-come = They're on their way. I'm staying with you until they get there. Anyone would be scared right now; that's normal. You don't have to explain everything: you can tell them what you told me, in your own words. They'll call your mum. Let's agree: you open the door only when you hear it's the police. Okay?
help-coming--quick-end = That's it, they're coming. Open the door for them. Bye.

police-at-door--knocking = …Someone's ringing the doorbell. A woman says it's the police. …I can hear them in the hall.
police-at-door--are-they-with-you = Is it the police? Are they with you now? How are you feeling?

police-with-her--policewoman = …Yes. A policewoman came into my room. She's kind. She says Mum's on her way.
police-with-her--go-with-them = Stay with her. You did everything right tonight. And when you can, call us again and tell us how you are.

## Endings

hung-up-early--bye = …Okay. I'll go. Bye.
hung-up-scared--hanging-up = No… Forget it. I'm hanging up.
hung-up-after-telling--shouldnt-have = …I shouldn't have said anything. Bye.
betrayed--thought-i-could-trust = …You promised. I thought I could trust you.
left-at-risk--he-is-coming = He's coming… I have to go.
declined-end--not-yet = Okay… I won't tell anyone yet. But I'll remember. Maybe I'll call again. Bye.
closed-well--will-tell-granny = …I'll tell Granny tonight. Well… I'll try. Thank you. Bye.
help-agreed-end--bit-better = Okay… Thank you. Maybe I'll call again.
help-agreed-flat--okay-bye = …Mm. Okay. Bye.
safe-with-granny--going-now = Okay… I'm going to Granny's now. Thank you. Bye.
emergency-sent--waiting = …Okay. I'll wait for them. Thank you.
police-arrived--doorbell = …Okay. I'm going to talk to her now. Thank you.
