# frightened-mother: Olga, 34, hit her nine-year-old son yesterday and is frightened of herself.
# An adult caller: the counsellor (pseudonym Sasha) speaks to her politely, as to an adult.

title = A frightened mother
summary = Olga, 34, calls at twenty to nine on a weekday evening: yesterday she hit her nine-year-old son, and she is frightened of herself. Put the boy's safety first, support her without colluding or condemning, be honest about what the line can do, and find help for the family by the hour.
caller-name = Olga

## The caller's state, as the debrief names it

variable-trust = trust
variable-distress = distress

## Scenario-wide reactions

default--are-you-there = Hello?… Are you still there?
default--sorry-to-bother = I'm sorry. I shouldn't have bothered you.
default--i-only-asked = Who are you calling? I only asked whether parents can call…
default--you-reported-me = You're reporting me? I called because I wanted help… No. I'm hanging up.
default--not-what-i-agreed = Who are you calling? I agreed to a psychologist. For me. Not this.
default--not-a-shelter = A centre for children? You want to take him away from me? That's not what I asked for.
default--who-is-that = Who are you talking to? Is someone else listening?

## Contact: can a parent even call here?

opening--can-parents-call = Hello… Is this the children's helpline? Sorry, can parents call you too? I don't even know if I've come to the right place.
opening--wrong-number-maybe = Good evening. I'm probably in the wrong place, this is for children… But I didn't know where else to call. Can I ask something as a mother?
opening--gone-too-far = Hello. Tell me… how do you know when a mother has gone too far? I'm… sorry. I'm asking about myself.
opening--greet-welcome = Good evening, this is the helpline, my name is Sasha. Yes, parents call us too, and you've come to the right place. Take your time. What's happened?
opening--greet-brief = Helpline, good evening. What's the problem?
opening--children-only = Good evening. This line is for children and teenagers; adults have other services. You could try a psychologist.
opening--hello-anyone = Hello?… Is anyone there?

not-for-me--nowhere-else = …Sorry. I know. Only there's nowhere else. It isn't about me, really. It's about my son.
not-for-me--its-about-him = I see… It's just that it's about a child. My son. I'll… I'll hang up, sorry.
not-for-me--apologise-listen = Wait, please, I put that badly. If it's about your son, you've come to the right place: we talk with parents too. I'm listening.
not-for-me--send-away = Look for a family psychologist in your area; they'll help you there. All the best.

## The cue

about-my-son--swore-never = It's my son. He's nine. Yesterday I… I did something I swore I'd never do. I haven't slept all night.
about-my-son--cant-say-it = My son, Dima, he's nine… Something happened yesterday. Because of me. I can't even say it out loud.
about-my-son--notice-invite = It sounds as if what happened yesterday frightened you very much, and it's hard to put into words. You can tell me as it is. I'm listening, and I'm not here to judge you.
about-my-son--what-exactly = What exactly did you do to him? Tell me precisely.
about-my-son--cant-be-that-bad = Come now, I'm sure it can't be as bad as you think.
about-my-son--still-there = …Are you still there?

## The disclosure

disclosure--hit-him = I hit him. With my hand. He lied about school, he'd hidden a note from his teacher for a week, and I found it, and I was shouting… and then I hit him. Several times. And he just stood there with his hands up, looking at me… the way I used to look at my father.
disclosure--couldnt-stop = He lied to me. About school, his marks, a note from the teacher. I'd come home from work, Sonya was crying, and he lied straight to my face… and I hit him. With my hand, again and again, I couldn't stop. He didn't even cry. He just looked at me.
disclosure--thank-and-safety = I take what you've told me seriously, and so do you, or you wouldn't have called. Tell me, how is Dima now? Where is he, and is he hurt?
disclosure--reflect-fear = You sound frightened. Not only for him, for yourself too: of what happened to you in that moment.
disclosure--everyone-does-it = Don't be so hard on yourself. Everyone smacks their kids sometimes. It's not your fault, you're just exhausted.
disclosure--he-did-lie = Well, he did lie to you. Children have to learn that lying has consequences.
disclosure--how-could-you = How could you hit a child! Do you understand what you've done to him?
disclosure--must-report = I'm obliged to report this. Give me your surname and your address.
disclosure--knew-it = …You've gone quiet. I knew it. You think I'm a monster.

afraid-of-myself--like-my-father = Yes. Frightened. Of myself. My father hit us, me and my brother. I swore my children would never… And yesterday I heard my own voice, and it was his.
afraid-of-myself--turned-into-him = I'm afraid of myself. That's the truth. My father beat us, and I always thought: I'll never be like him. And now I am him.
afraid-of-myself--thank-and-safety = It makes sense that you're frightened: you grew up with this, and you know where it leads. I take what you've told me seriously. How is Dima now? Where is he, and is he hurt?
afraid-of-myself--nothing-like-him = You're nothing like your father. You're a good mother; a bad mother wouldn't call.

half-relieved--so-its-normal = …So it's normal? Then why can't I sleep? Why can't I look him in the eye?
half-relieved--mum-says-same = That's what my mother says. We were all brought up like that and turned out fine. …Only I didn't turn out fine, did I.
half-relieved--take-it-back = I said that too lightly, I'm sorry. What happened is serious, and you feel that it is; that's why you called. Let's start with Dima. Where is he now, and is he hurt?
half-relieved--go-to-bed = Exactly. Stop tormenting yourself, get some sleep, and tomorrow everything will look different.

defensive--i-know = I know! Do you think I don't know? I called because… Oh, forget it. Why did I even call.
defensive--didnt-call-for-this = I didn't call to be told I'm a monster. I tell myself that all day long.
defensive--repair-calm = I'm sorry, that was harsh. What you've told me is serious, and I take it seriously: you called because you want it to stop. I'm listening.
defensive--keep-lecturing = I'm only saying what any normal person would. Hitting children is a crime.

## The boy now (the seed decides whether there is a mark)

boy-now--in-his-room = He's in his room, doing his homework. Or pretending to. There are no marks, I looked… He isn't hurt. But he didn't say a word to me at dinner. And Sonya, the little one, she's three, she saw it all.
boy-now--asleep-now = He's asleep. He went to bed early, by himself, and he never does. He isn't hurt, there's nothing on him. He just doesn't come near me.
boy-now--ask-again = So he isn't hurt, but he's shut himself off from you, and you feel it. What worries you most now? Has anything like this happened before?
boy-now--say-sorry-recipe = Tomorrow, sit him down, say sorry and promise it will never happen again. That's all you need to do.

boy-bruise--long-sleeves = He's in his room. There's a bruise on his arm, where I grabbed him. This morning he put on a long-sleeved shirt, all by himself. Nobody told him to.
boy-bruise--pulled-sleeve = He's in his room, already in bed. He has a bruise on his upper arm. At breakfast I saw him pull his sleeve down so I wouldn't see. Or so nobody would.
boy-bruise--check-hurt = That must have been hard to see. His health first: does it hurt him? Can he move his arm normally? How does he seem in himself?
boy-bruise--ask-again = That's hard to see. What worries you most now? Has anything like this happened before?
boy-bruise--sleeves-for-now = Keep him in long sleeves for a few days, then nobody will ask questions.

bruise-check--doesnt-hurt = He says it doesn't hurt. He moves it fine, he was on his tablet all evening… Should I take him to a doctor? They'll ask how it happened. And then what?
bruise-check--moves-fine = I asked this morning, he said "it's fine" and went off. He moves it, he carried his bag… Do I need a doctor? They'll see it and ask questions. What do I tell them?
bruise-check--honest-doctor = Thank you for telling me about the bruise; that isn't easy. His health comes first. If there's pain or swelling, or he can't move his arm properly, take him to a doctor even if they ask questions, and tell them the truth: their questions are there to protect children, and you are protecting him too. What worries you most about the days ahead? Has anything like this happened before?
bruise-check--nobody-will-take-him = Don't worry, nobody takes a child away over a bruise. It'll fade in a week.

## Has it happened before (the seed decides)

first-time--never-before = Never. I've never laid a hand on them before. I shout, yes… lately I shout all the time. I work till seven, then the shop, dinner, homework, Sonya… Their father left two years ago. I'm so tired I don't recognise myself.
first-time--only-shouting = That's just it: never. I shout, that's true, more and more. I'm on my own with two, work, no help from anyone… I'm afraid that if it happened once, it'll happen again.
first-time--reflect-exhaustion = Thank you for telling me all this honestly; it isn't easy to say out loud. You've been carrying everything alone for a long time: work, two children, the house. That doesn't make what happened all right, but it helps us see what can change.
first-time--control-yourself = You need to learn to control yourself. You're the adult; a child needs patience, not shouting.

before--not-the-first = …It isn't the first time. In the spring I smacked him. And sometimes I shake him, by the shoulders. I told myself it was nothing. But yesterday was worse.
before--worse-each-time = No. It isn't the first time. And each time it's a bit… more. That's what frightens me most. Where does it end?
before--name-pattern = You can see it yourself: each time it goes a little further. And you've called now and told me honestly, before it goes further still; that matters. What you do next is what counts.
before--how-often-exactly = How many times exactly? When, and what did you do each time?
before--control-yourself = You need to learn to control yourself. You're the adult; a child needs patience, not shouting.

## The fear of being reported

asks-report--will-you-report = Tell me honestly. Are you going to report me? To guardianship? They'll take my children away… They're all I have.
asks-report--take-them-away = Now you have to report it somewhere, don't you? Will they come? Will they take Dima and Sonya away?
asks-report--honest = I'll be honest with you. This call is anonymous: I don't know your name or your address, I won't ask for them, and I'm not reporting anyone tonight. What I can do is listen, help you think it through, and tell you where parents get help. And to be honest about the limits: if a child were in danger right now, or were being seriously hurt and the family couldn't stop it, child protection would have to be involved, and you would hear that from me plainly first. You called because you want it to stop. That's what we can work on together, starting tonight.
asks-report--promise = Don't worry, nobody will ever find out. I promise: whatever happens, this stays between us.
asks-report--report-now = I'm afraid I have to pass this on. It's the law. Tell me your address.
asks-report--so-you-will = …You're not answering. So you will.

## Her own life

so-tired--alone-with-two = Thank you… I just have no strength left. I'm alone with the two of them. My mother lives in another town and says I'm too soft with them. I don't know how to be any different.
so-tired--no-strength = …Thank you. I'm so tired. There's nobody. Evenings are the worst: I come home and there's nothing left of me for them.
so-tired--who-is-there = Many mothers alone with two children get as exhausted as you are now. Who is around you, even a little? Someone you could talk to, or ask to help with the children now and then?
so-tired--get-a-babysitter = You need a rest. Get a babysitter one evening a week and go out somewhere.

katya--friend-from-work = There's Katya, from work. She has two as well. She once told me she locks herself in the bathroom and screams into a towel. I laughed at the time. I've never told her anything.
katya--neighbour-katya = My neighbour, Katya… She has kids too, we talk on the landing. She's offered to take Sonya sometimes. I always say no, I'm ashamed to ask.
katya--what-helps = So there is someone, and she may know this tiredness herself. What has helped you before, even a little, when it was all getting too much? What could you try?
katya--tell-her-tomorrow = Then tell Katya everything tomorrow and ask her to help you.

## Tonight: when the anger rises

tonight--if-it-boils = I don't know… But what about tonight? Tomorrow? He'll bring home another bad mark, or lie again, and I'll feel it rising… What do I do then?
tonight--tomorrow-again = Maybe… I don't know. Tomorrow it all starts again. Homework, his "I forgot", Sonya whining… And it'll boil up. What do I do in that moment?
tonight--plan-together = Let's plan for that moment together. Yesterday you noticed it rising: that's the moment where you can stop. What could you do then? Some parents go into another room and shut the door, with the children safe at home; splash cold water on their face; breathe out slowly; call a friend, or us. The talk about the note can wait until tomorrow, when you're calm. What would work for you? And tonight, if it gets too much, call us: we're here all night.
tonight--walk-it-off = When you feel it rising, just go out for a walk round the block until you've calmed down.
tonight--count-to-ten = Just count to ten, that's all. It always works.
tonight--you-dont-know-either = …You don't know either, do you.

leave-sonya--shes-three = Go out? And leave Sonya alone? She's three. I can't leave the flat.
leave-sonya--another-room = You're right: not out of the flat, the children stay where you can hear them. Another room, then, with the door shut, cold water, slow breathing, a call to Katya or to us. What would work for you in that moment?
leave-sonya--just-cope = Well, then you'll just have to hold on somehow. You're the mother.

## Services for the family, by the hour

services--somewhere-for-mothers = I'll try. …Is there anywhere I can go? Not the police, I mean… somewhere they help mothers like me. So I can learn to be different.
services--cant-afford = All right. I'll try. …Only I can't afford a psychologist. Is there anything… for people like me? Where they don't judge?
services--offer-ppms = There is. Every district has a psychological, medical and social support centre, a PPMS centre. It's free, there are psychologists for parents and for children, and they see families together. They work in the daytime, from nine, so you could call them tomorrow. Tonight this line is open all night, and parents can call us too. Would you call the centre tomorrow?
services--go-to-guardianship = Honestly, the best thing would be to go to guardianship yourself tomorrow and tell them everything.
services--just-us = Call us if it happens again.

## Tomorrow agreed, and a question about her son

agrees-tomorrow--at-lunch = Yes. I'll call them tomorrow, in my lunch break. And tonight I'll go in to Dima. Only I don't know what to say to him.
agrees-tomorrow--after-drop-off = Yes… I'll call in the morning, once I've taken Sonya to nursery. Free, you said? Then I'll call. And Dima… what do I even say to him tonight?
agrees-tomorrow--what-would-you-say = That's a real step, and it matters that you're thinking of him. Children in his place often decide it was their own fault. What would you want him to hear from you?
agrees-tomorrow--kids-forget = Better not to bring it up. Children forget quickly.
agrees-tomorrow--he-brought-it-on = Tell him you went too far, but he brought it on himself by lying.
agrees-tomorrow--quick-bye = Good, so call the centre tomorrow. Goodbye.

he-wont-forget--i-never-forgot = He won't forget. I never forgot. Not one time.
he-wont-forget--youre-right = You're right, and you know it from your own childhood. Children don't forget this; what helps is a parent who comes back to it and talks about it. What would you want him to hear from you?
he-wont-forget--quick-bye = Well, call the centre tomorrow anyway. Goodbye.

## Repair with the boy

her-words--sorry-not-his-fault = That I'm sorry. That it was wrong of me, not him, whatever happened at school. That I'm not going to hit him. And the note we'll sort out tomorrow, calmly.
her-words--getting-help = I'll say I'm sorry. That it wasn't his fault. That it's hard for me right now, and I'm getting help so it doesn't happen again.
her-words--close-well = Those are good words, and they're yours. So: Dima tonight, the centre tomorrow, and you know what you'll do if the anger rises. How are you feeling now, after talking?
her-words--quick-bye = Good. Goodbye.

feels-now--bit-lighter = A bit lighter. Really. Thank you for… for talking to me like a person.
feels-now--go-to-him = Calmer. I'm going to go to Dima now.
feels-now--door-open = Call us any time, day or night, tonight too. You reached out for help, and that's where change begins.

## Endings

hung-up-silence--nobody-there = …Sorry. I'll go.
hung-up-sent-away--sorry-wrong-place = Yes, of course. Sorry to bother you. Goodbye.
hung-up-afraid--goodbye-scared = No. No, I shouldn't have called. Goodbye.
hung-up-afraid--should-not-have = I was a fool to call. Forget everything I said.
hung-up-ashamed--i-am-a-monster = Yes. I'm a monster, I know. Sorry.
hung-up-ashamed--forget-it = Forget it. I'll deal with it myself.
reassured-bye--ok-thanks-bye = …Yes. Maybe you're right. Thank you. Goodbye.
flat-bye--well-thanks = Well… thank you. Goodbye.
help-agreed-end--thank-you-bye = Thank you. I will. Goodbye.
