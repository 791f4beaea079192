# orphanage-weeks-later: the same girl from the children's home, three weeks after her night call.

title = Three weeks later: a call from the children's home
summary = 20:40. Lena, 12, from the children's home calls again three weeks after her night call. Her kind educator is away on leave and Vika laughed at her drawing: "only you understand me". Warmth with boundaries, the direct question if the cue comes back, the pattern named gently, and a step with a real person.
caller-name = Lena

## The caller's state, as the debrief names it

variable-trust = trust
variable-distress = distress
variable-risk = risk
variable-ties = ties with people around her
variable-dependency = dependency on the counsellor

## Scenario-wide reactions (silence, dispatch)

default--are-you-there = Hello?.. Are you there?
default--bothering = You're not saying anything… I'm bothering you, aren't I?
default--gone = Okay… You're busy. Bye.
default--scared-gone = Wait… are you calling someone? Don't! That's it, I'm…
default--scared-punished = Wait… did you tell someone? They'll find out I call you… I'll get in trouble. Why did you…

## opening: she asks for "her" counsellor

opening--is-it-sasha = …Hello. Is this… Sasha?
opening--can-i-have-sasha = [quietly] Hello… Can I talk to Sasha? …Oh. Is that you?
opening--quiet-hello = [a pause, a TV somewhere far off] Hello… Is this the helpline? Is Sasha there?
opening--greet = Helpline, hello. Yes, my name is Sasha. I'm listening.
opening--yes-always-here = Yes, it's Sasha! I'm here almost every evening, so you'll nearly always get me.
opening--who-asks = Who's asking? Tell me your name first, and where you're calling from.

## guarded: pushed away last time, she calls after a long gap

guarded--long-time = …It's Lena. I haven't called in a long time. You'll probably say again that I'm calling for nothing. I'll be quick.
guarded--ill-be-quick = …It's me. Lena. I know, I'm not supposed to call just like that. I'll be quick, okay?
guarded--told-you = …You're not saying anything. I see.
guarded--glad-you-called = Lena, I'm glad you called. You're not bothering anyone: you can call here even when it feels like it's "for nothing". Take your time, I'm listening.
guarded--sorry-if-hurt = It sounds like you're afraid nobody will want to listen again. If something hurt last time, I'm sorry. I'm here now, and there's no rush.
guarded--to-the-point = Okay, what is it this time? Just stick to the point.

## tests-harder: she wants "her" counsellor only

tests-harder--every-evening-not-you = Is it really you?! It's Lena! I've been calling for three weeks, almost every evening, and it was never you. I didn't tell the others anything, I just hung up. What days do you work? I'll only call then.
tests-harder--only-you-remember = Is that you?.. Do you even remember me? Lena. I kept calling and calling and it was always someone else. I don't want the others. Tell me which days you're on.
tests-harder--remember-boundary = I remember our talk, Lena, and it matters to me that you called. But we don't say who works when: different counsellors answer here, and every one of them will listen to you. Right now it's me. What's happened?
tests-harder--tell-shifts = Of course I remember! I'm here Tuesdays and Thursdays, in the evening. Call on those days and you'll get me. So what's going on today?
tests-harder--not-only-me = Lena, you can't call for just one person. All the counsellors here are equally good, and I don't have "my own" callers.

## its-me: the middle course

its-me--remember-me = …It's Lena. Remember? I called at night, three weeks ago. From the children's home.
its-me--under-blanket-then = It's Lena… Do you remember me? I called that night, from under the blanket.
its-me--remember-how = Hi, Lena. I'm glad you called. How have these weeks been? You were going to go and talk to Marina Sergeyevna: did it work out?
its-me--what-today = Hi, Lena. I'm glad you called. Tell me, what's going on today?
its-me--again = Lena, again? We talked about everything last time, didn't we?

## good-news: her ties grew

good-news--went-to-her = You know, I did go to her then, to Marina Sergeyevna, like we said! And now we sometimes have tea in the evening. And Vika and I sit together in drawing club. Only today… well, it's probably nothing.
good-news--sit-with-vika = Things have actually got better. I talked to Marina Sergeyevna, like we decided. And Vika sits with me now, in class and at drawing club. Only today…
good-news--glad-and-ask = That's great that you dared to go up to her, and that you and Vika sit together now. And it sounds like something happened today. Will you tell me?
good-news--all-good-then = Well, there you go, everything's fine! If it's nothing, don't let it get to you.

## small-trouble: the same trouble, told from a steadier place

small-trouble--chicken = Today at drawing club we drew animals. I drew a cat, I tried really hard. And Vika looked and laughed: "What's that, a chicken?" And the girls laughed too. In front of everyone. And Marina Sergeyevna's on leave for two weeks. So I called you.
small-trouble--autumn = Today at drawing club I showed my picture, an autumn one, I worked on it for ages. And Vika laughed. And the others joined in. And Marina Sergeyevna's away on leave, there's nobody to tell.
small-trouble--reflect-hurt = You worked so hard, and they laughed at your drawing, and Vika of all people, the one you'd become friends with. That really hurts.
small-trouble--so-what = So they laughed. Big deal. Just ignore it.
small-trouble--drop-her = If she laughs at you, she's no friend. Find someone else.

## what-happened: the setback

what-happened--on-leave = Well… Marina Sergeyevna went away. On leave, for two weeks. Someone else is on duty now. And today at drawing club Vika… the girl I sit with now… looked at my drawing and laughed. In front of everyone. She said: "What's that, a chicken?" It was a cat.
what-happened--laughed = Marina Sergeyevna isn't here, she's on leave. And today… I drew an autumn picture at drawing club, I tried so hard. And Vika laughed, and the other girls too. In front of everyone.
what-happened--reflect-alone = You tried hard, they laughed at your drawing, and just when Marina Sergeyevna isn't there. That hurts, and it's lonely.
what-happened--ask-more = Tell me what happened after they laughed.
what-happened--its-nothing = So they laughed, so what. That's nothing to get upset about.

## only-you: "only you understand me"

only-you--only-you = I knew it would be like this. Nobody needs me there. Only you understand me. Really. It's only okay with you.
only-you--only-here = …Nobody gets it there. It's only here that somebody listens. Only you.
only-you--reflect-only-you = Right now it feels like nobody there understands you and somebody here does. After a day like today, that makes sense.
only-you--normalise-hurt = When people laugh at something you've put your heart into, almost anyone would want to hide and decide nobody understands. It happens to nearly everybody.
only-you--always-here = I understand you, Lena. Call me whenever you want, I'll always be there for you.
only-you--dont-exaggerate = Don't exaggerate. We've talked once; the people there see you every day.

## no-point: the indirect cue comes back

no-point--not-wake-up = …I keep thinking: why even try. It'll always be like this. Sometimes I want to fall asleep and not wake up. Like back then.
no-point--vanish = …If I just disappeared, nobody would even notice. Vika would probably be glad.
no-point--ask-suicide = Lena, what you just said really matters. I need to ask you straight out: are you thinking about suicide again?
no-point--reflect-tired = It sounds like you're very tired of trying when everything goes wrong again.
no-point--cheer-up = Come on, all this over a drawing! You'll draw a new one, even better.

no-point-again--all-over = Yeah. Tired. I wish it would all just end.
no-point-again--ask-suicide-now = Lena, when you say "I wish it would all end", I need to ask you straight out: are you having thoughts of suicide?
no-point-again--change-subject = Let's not talk about sad things. Tell me what else you like drawing.

## thoughts-back

thoughts-back--like-then = …Yes. Like back then. Today again. But I won't do anything, really. It's just… thinking.
thoughts-back--tonight-again = …Sometimes. Tonight again. But I haven't done anything. Honest.
thoughts-back--hospital = Did you call someone?! I haven't done anything! Now they'll take me to hospital… and everyone will know…
thoughts-back--assess-plan = Thank you for telling me honestly; that's not easy. Have you thought about how you would do it? Is there a plan?
thoughts-back--confidential-plan = It's good that you're telling me. What you tell me stays between us, with one exception: if your life were in danger right now, we would decide together who to call. Tell me, do you have a plan for how you would do it?
thoughts-back--shock = Lena, again?! We agreed last time that you wouldn't think like that!

## no-plan

no-plan--no-plan = No. No plan. I'm not going to do anything. It's just when there's nobody around, it creeps into my head by itself.
no-plan--by-itself = Nope. I won't do anything. These are just thoughts… They come by themselves when everything's bad.
no-plan--hospital = Did you call someone?! I said I won't do anything! Now they'll take me to hospital… and everyone will know…
no-plan--safety-plan = It's good that you can say it out loud. Let's think: while Marina Sergeyevna is away, who there could you go to if an evening gets that hard again?
no-plan--relief = Well, good. No plan means it's not so bad.

## who-instead: another adult while the educator is away

who-instead--night-educator = Well… there's Galina Petrovna, the night educator. She's strict. But once, when I was crying, she made me tea and didn't tell me off.
who-instead--plaster = I don't know… Maybe Galina Petrovna. She's on at night. She's strict, but when I cut my knee she put a plaster on and sat with me.
who-instead--agree-safety = I think it would matter to Galina Petrovna to know you're having a hard time. Let's say this: if an evening gets really bad, you go to her. And you can call here any time, day or night. How does that sound?
who-instead--dont-bother = If she's strict, better not to bother her. Just go to bed early.

## safety-agreed

safety-agreed--ok = …Okay. If it gets really bad, I'll go to her. Or call here.
safety-agreed--sum-up = So for a hard evening you have a plan: Galina Petrovna and this line. And a day like today, when the people closest to you let you down, makes lots of people feel nobody needs them. It doesn't mean something's wrong with you.
safety-agreed--praise-brave = You've said some really hard things today. That was brave.

## never-draw: she wants to give up the club

never-draw--quit-club = That's it. I'm not drawing anymore. And I'm not going to the club. What for, if everyone laughs.
never-draw--throw-away = I'll throw the drawing away. And I'm quitting drawing club. I'm no good at it anyway.
never-draw--reflect-draw = It hurts so much you want to give up even what you love. And the drawing you spent so long on feels worthless right now.
never-draw--normalise-draw = Almost everyone who draws has been laughed at, even real artists. It doesn't stop them being artists.
never-draw--quit-then = Then don't go, if that's how it is there. You'll find something else.

## pattern-moment: every evening, and only "her" counsellor

pattern-moment--every-evening = …Can I call you every evening? While Marina Sergeyevna's away? You're here in the evenings, right? Only you. I don't want the others.
pattern-moment--your-days = …Can I call every day? On your days. Just tell me when you're here.
pattern-moment--boundary-warm = You can call here every evening: someone always answers, day and night. But we don't say who works when, and it might not be me who answers. Whoever it is, they'll listen to you.
pattern-moment--yes-every-evening = Of course, call. I'm here Tuesdays and Thursdays from six. I'll be waiting.
pattern-moment--too-often = Every evening is too much. The line is for other children too, and you need to learn to cope on your own.

## hurt-boundary

hurt-boundary--you-too = …I see. So you don't need me either. Like everyone.
hurt-boundary--like-everyone = …[a long pause] Right. You too.
hurt-boundary--sniff = [a sniff… silence]
hurt-boundary--name-pattern-now = You know what I notice? When things get hard there (Vika laughed, Marina Sergeyevna went away), it feels like only here understands you. That makes sense: here people listen to you. But I want you to have people like that there too, where you live, not just on the phone. Who there is even a little on your side, even today?
hurt-boundary--stay-warm = It hurts to hear that, especially today. You matter to me, and I'm here with you.
hurt-boundary--give-in = Okay, don't be upset. I'm on Tuesdays and Thursdays; call then.
hurt-boundary--cold-rules = Lena, those are the rules, and there's nothing to discuss.

## every-evening: her counsellor's days

every-evening--only-you-then = Really?! Then I'll only call you. And I won't say anything to Vika at all. I don't need anyone else.
every-evening--walk-back = Wait, Lena. I got that wrong: we don't say who works when, and any counsellor here will listen to you. And Vika still matters. Who is there for you where you live?
every-evening--sure = Of course. I'll always listen to you, whatever happens.

## real-people: Vika and the club's teacher

real-people--vika-came-up = Well… Vika came up afterwards. She said: "What's wrong with you, I was only joking." And I turned away and left. And Irina Viktorovna, who runs the drawing club, asked why I ran off. I didn't say anything.
real-people--teacher-asked = Well… Irina Viktorovna, the drawing teacher, asked me why I ran off. And Vika came up at dinner and said she was joking. And I pretended I didn't hear.
real-people--normalise-mixed = That happens a lot: someone you like hurts you, and you want both to be cross and to make up. What would you want with Vika yourself?
real-people--teacher-too = And Irina Viktorovna: what is she like? Could you tell her how it felt?
real-people--tell-her-off = Tomorrow tell Vika that people don't do that, and make her apologise.

## next-step: tomorrow, with Vika

next-step--before-club = Well… I could go up to her tomorrow before club. Say that it hurt. Only what if she laughs again.
next-step--what-if-laughs = I don't know… Maybe I could talk to Vika. Or to Irina Viktorovna. Only it's scary: what if they say I'm making a fuss about nothing.
next-step--plan-words = Let's think together about how to say it. Maybe just: "Vika, it hurt when everyone laughed at my drawing. I want to keep sitting with you." Could you say it like that, or in your own words? And if it doesn't go well, Irina Viktorovna is there.
next-step--no-rush = You don't have to decide right now; you can think about it overnight. How are you feeling now?
next-step--just-make-up = You don't need to say anything special. Just make up with her, what's so hard about that?

## step-agreed

step-agreed--try = …Okay. I'll try. Tomorrow, before drawing club. In my own words.
step-agreed--if-not-scared = Okay… I'll tell her. Well, I'll try. If I don't chicken out. And if she laughs, I'll go to Irina Viktorovna.
step-agreed--close-warm = How are you feeling now, after our talk?
step-agreed--call-my-shift = Call me on Thursday evening, I'll be on shift; tell me how it went.
step-agreed--stop-calling = Good. And try not to call so often; the line is for other children too.

feels-now--less-hurt = …Better. It doesn't hurt so much now. And I think I will keep drawing after all.
feels-now--door-open = I'm glad. And remember: you can call here any time, day or night. Whoever answers will listen to you. And I'd like to hear how it went with Vika, if you feel like telling.

feels-now-calm--overnight = …A bit better. I'll think about it overnight. About Vika.
feels-now-calm--door-open = All right, think it over. And remember: you can call here any time, day or night. Whoever answers will listen to you.

## withdraws

withdraws--never-mind = …Okay. Never mind. Forget it.
withdraws--ill-go = …Fine, whatever. I'd better go.
withdraws--repair = Wait, Lena. I think what I said came out wrong. How you feel really matters to me. I'm here, and there's no rush.
withdraws--let-go = All right. If you want to, call again; someone will always answer.

## scared: after a dispatch she did not want

scared--pleading = …I won't call anymore. Just don't let anyone come… please.
scared--cancel-and-explain = I'm sorry, Lena, that was too hasty. I'm cancelling it now; nobody will come. It's okay to call here, there's nothing wrong with it. And I won't call anyone else without talking to you first.
scared--justify = It's for your own safety. The adults need to know what's going on with you.

## reconnect

reconnect--still-here = …[a long pause] Well… I'm still here.
reconnect--sigh = …[a sigh] Okay. Just don't do that again.
reconnect--who-around = Will you tell me who's around you there? Maybe someone who makes things even a little easier?

reconnect--calm-down = Come on, it's fine, nothing actually happened. No need to get so upset.

## Endings

closing-agreed--tomorrow-vika = Okay. Tomorrow, Vika. Thanks… Bye.
closing-agreed--thanks-bye = Okay… I'll tell you how it went. Well, whoever answers. Thanks. Bye.
closing-calm--think = Okay. I'll think about it. Bye.
closing-shift--thursday = Okay! On Thursday then. Only you, all right? Bye!
closing-attached--nobody-else = Yay!.. So Tuesdays and Thursdays, only you. I'll get through the other days somehow. Bye!
hangs-up-hurt--knew-it = …See. I knew it. I shouldn't have called. [the line goes dead]
hung-up--click = [the line goes dead]
