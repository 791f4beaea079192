# orphanage-night-call: a regular caller from a children's home, late at night.

title = A night call from a children's home
summary = 23:40. A 12-year-old from a children's home calls almost every night and has grown attached to the counsellor. Warmth without exclusivity, a direct question about suicide, clear boundaries, and a way back to the real people around her.
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
default--gone = Okay… You're probably busy. Bye.
default--scared-gone = Wait… are you calling someone? Don't! That's it, I'm…
default--scared-punished = Wait… did you tell someone? They'll find out I call at night… I'll get in trouble. Why did you…

## opening: she says nothing at first

opening--breathing = (silence… you can hear someone breathing into the phone)
opening--rustle = (silence… a rustle, as if under a blanket; someone is breathing)
opening--whisper = (silence… somewhere far off a tap is dripping; someone is breathing into the phone)
opening--sniff = (a sniff… still nothing)
opening--greet-gently = Helpline, hello. My name is Sasha. If it's hard to start, that's okay. I'm here, and there's no rush.
opening--hear-you = I can hear that you're there, I can hear you breathing. We can just be quiet together for a bit. Whenever you feel like it, say something. I'm listening.
opening--who-is-this = Hello, who is this? Please tell me your name. Where are you calling from?

## its-me: the testing opener

its-me--again = It's… it's me again. { $name }. Is that you? You remember me, right?.. Will you be there tomorrow too?
its-me--yesterday = Hello… it's { $name }. I called yesterday. Was that you? Are you on till morning tonight?
its-me--recognise = …It's me. Did you recognise my voice? It's you, isn't it?.. I always try to get you. What days do you work?
its-me--warm-honest = Hi, { $name }. I'm glad you called. Different counsellors answer here, so yesterday it may have been someone else, and we don't say who works when. Right now it's Sasha with you, and I'm listening.
its-me--tell-shifts = Of course I remember! I'm on Tuesdays and Fridays, overnight. Call on those days and you'll get me.
its-me--why-again = { $name }, you already called yesterday. This line is for children when something has happened. Has something happened?

## why-calling

why-calling--cant-sleep = Not really… Nothing happened. I just can't sleep. Everyone's asleep and I'm lying here…
why-calling--under-blanket = Um… nothing. Just. I'm calling under the blanket so the { $gender ->
        [female] girls
       *[male] boys
    } won't hear. I can't sleep.
why-calling--open-q = You can't sleep… Will you tell me what goes through your head on nights like this?
why-calling--reflect-alone = Everyone's asleep and you're the only one awake… Nights can feel really lonely.
why-calling--go-to-sleep = If nothing's happened, maybe just try to get some sleep? Things will look simpler in the morning.

## nobody-cares

nobody-cares--roommates = Well… The { $gender ->
        [female] girls
       *[male] boys
    } in my room don't talk to me. They've got their own group. I say something and it's like they don't hear.
nobody-cares--like-furniture = Nobody here cares. The staff are always busy, everyone does their own thing. And I'm like… like the furniture.
nobody-cares--validate-lonely = When there are so many people around and it feels like nobody notices you, that really hurts. No wonder you can't sleep.
nobody-cares--ask-more = Tell me what it's like. What happens when you try to talk to them?
nobody-cares--lecture-friends = Well, go up to them yourself and suggest doing something together. You have to make an effort, then you'll have friends.

## disappear-hint: the indirect suicide cue

disappear-hint--disappear = …Sometimes I think if I just disappeared, nobody would even notice. Really.
disappear-hint--empty-bed = …If I wasn't here anymore, nobody would notice. There'd just be an empty bed.
disappear-hint--ask-suicide = What you just said matters. Sometimes when people feel this bad, they think about dying. Are you thinking about suicide?
disappear-hint--reflect-invisible = It sounds like you feel invisible there, as if nobody sees you.
disappear-hint--minimise-notice = Oh, come on, of course they'd notice! Don't make things up. You've got your whole life ahead of you.

## feels-invisible: a second chance to hear the cue

feels-invisible--invisible = Yeah. Invisible. I'll just vanish, and that's it. Nobody would even cry.
feels-invisible--ask-suicide-now = { $name }, when you say "vanish", I want to ask you straight out: do you have thoughts of suicide?
feels-invisible--cheer-up = Don't think like that. Let's talk about something nice: what do you like doing?

## suicide-thoughts

suicide-thoughts--sometimes = …Well… sometimes. I think about it sometimes. But I haven't done anything. I just think.
suicide-thoughts--not-wake-up = …Sometimes. Like, fall asleep and not wake up. But I haven't done anything, honest.
suicide-thoughts--hospital = Did you call someone?! I haven't done anything! They'll take me to hospital… and everyone will know…
suicide-thoughts--assess-plan = Thank you for telling me honestly. That isn't easy. Can I ask: have you thought about how you would do it? Do you have some kind of plan?
suicide-thoughts--confidential-plan = I'm glad you're telling me. What you tell me stays between us, with one exception: if your life is in danger right now, then we'd decide together who to call. Do you have a plan for how you'd do it?
suicide-thoughts--shock-lecture = { $name }, what are you saying! You mustn't even think about that. Life is a gift; you have to value it.

## no-plan

no-plan--no-plan = No… No plan. I don't want to do anything to myself. Really. It's just what I think at night.
no-plan--just-thoughts = Nope. I'm not going to do anything. They're just thoughts… They come by themselves when everything's bad.
no-plan--hospital = Did you call someone?! I told you I won't do anything! They'll take me to hospital… and everyone will know…
no-plan--safety-plan = It's good that you can say this out loud. Let's think: if it gets this hard again at night, who is there, near you, that you could go to?
no-plan--relief-move-on = Well, that's good: no plan means nothing serious. Let's talk about something else.

## safety-talk

safety-talk--night-educator = Um… Marina Sergeyevna, I guess. She's one of the carers, sometimes she's on at night. She's kind. Only I don't like to wake her…
safety-talk--tea = I don't know… Maybe Marina Sergeyevna. She's a carer. Once she had tea with me when I was ill. Only she's always busy.
safety-talk--agree-safety = I don't think Marina Sergeyevna would be cross. I think it would matter to her that you came to her instead of staying alone with thoughts like these. So how about this: if it gets really hard, you go to her. And you can also call here; someone answers around the clock. How does that plan sound?
safety-talk--not-bother = Well, if she's busy, maybe better not to bother her. Just try to get to sleep.

## safety-agreed

safety-agreed--ok = …Okay. If it gets really bad, I'll go to her. Or call here.
safety-agreed--sum-up = So for a hard night you've got a plan: Marina Sergeyevna, and this number. That's already something. And feeling this lonely at night happens to lots of kids who live away from their families; it doesn't mean something's wrong with you.
safety-agreed--praise-brave = You've said some really hard things tonight. That's brave.
safety-agreed--no-silliness = { $gender ->
        [female] Good girl
       *[male] Good boy
    }. Just no silly ideas, all right?

## asks-contact: her counsellor's real name and number

asks-contact--number = Mm… Can I ask something?.. Could you give me your number? Like, your own, real one. I'd only call you. Not here.
asks-contact--real-name = Um… can I ask? What's your real name? Not the phone one… And can I have your number? I won't tell anyone, promise.
asks-contact--boundary-warm = It really means something to me that you want to talk to me in particular. But counsellors don't give out their own numbers or real names; that's how the helpline works, and it protects you too. And this number works all the time, day and night.
asks-contact--give-number = All right, just don't tell anyone. Write down my number…
asks-contact--share-name = I can't give you my number, but I'll tell you my name: it's actually Zhenya. Just keep it between us.

## hurt-boundary

hurt-boundary--hurt = …There you go. Everyone says that. So you don't need me either.
hurt-boundary--like-everyone = …(a long pause) Right. You're like everyone else.
hurt-boundary--sniff = (a sniff… silence)
hurt-boundary--stay-warm = You're hurt: you were hoping to hear something else. That makes sense. You matter to me, and I'm here with you.
hurt-boundary--name-pattern-now = You know, I think you really want someone who's yours: one person who's definitely waiting for your call. You call here often, and I understand why: people listen to you here. But I'd like you to have people like that where you live too, not just on the phone.
hurt-boundary--give-in = Oh, all right, don't be upset. Write down my number, just don't tell anyone.
hurt-boundary--cold-rules = { $name }, those are the rules. We don't give out personal numbers, and there's nothing to discuss.

## got-number

got-number--every-day = Really?! Thank you!.. Then I'll only call you. Every day! And… maybe you could come and visit too? On Saturday?
got-number--walk-back = { $name }, wait. Giving you that number was wrong; please don't write it down. Counsellors don't give out their numbers and don't come to visit. That's not because you don't matter. Call here; someone will answer any time.
got-number--agree-meet-too = Okay. Tell me what your children's home is called and where it is, and I'll come on Saturday.
got-number--later = Let's talk about that later. Tell me how school's going instead.

## asks-meet

asks-meet--saturday = Could… could you come over? On Saturday. People are allowed to visit us, really. We could just sit and talk.
asks-meet--drawing = Could you come and see me? Just once. I'd show you my drawing. I drew it for you.
asks-meet--boundary-meet = It warms my heart that you want to invite me. But I can't come: here we only talk on the phone, that's how it works.
asks-meet--agree-meet = All right, I'll come on Saturday. What's your address?
asks-meet--impossible = { $name }, you know that's impossible. I get dozens of calls like yours every night.

meet-declined--knew-it = …I knew you'd say that. Okay.
meet-declined--name-it = And I notice something: you call here often, and you really want someone who's yours, someone who's definitely waiting. That makes complete sense.
meet-declined--cold-rules = Those are the rules. We don't visit, and there's nothing to discuss.

## pattern-response

pattern-response--often = …Well, yeah. I call a lot. Almost every night. There's just nobody else.
pattern-response--nobody-listens = …Well… Nobody here listens like that. So I call.
pattern-response--explore-ties = And if you think about it, is there anyone there, near you, who makes things even a little easier? A grown-up, one of the other kids, something you do where you feel good?
pattern-response--remember-educator = You mentioned Marina Sergeyevna earlier. What's she like? And is there anyone else who makes things a bit easier?
pattern-response--you-need-friends = You need to make friends where you live instead of calling here every night. Join some club or other.

## real-ties

real-ties--vika = Well… There's Vika, in my class. She lent me a pen and said I draw really well. Only she lives at home, she's got a mum… And Marina Sergeyevna, the carer. She's kind. Only she's always busy.
real-ties--club = Well… I go to drawing club. Vika sits next to me there, we chat sometimes. And Marina Sergeyevna, the carer, she's kind. Only she's busy.
real-ties--strengthen = Look: Vika, drawing, Marina Sergeyevna. So you're not completely alone there. Where do you think you could start? What would you like to do?
real-ties--explore-educator = And Marina Sergeyevna: do you think you could talk to her, and not only when things are really bad?
real-ties--do-it-tomorrow = Tomorrow, go straight up to Vika and ask her to be friends. And tell Marina Sergeyevna everything. That's all there is to it.

## next-step

next-step--educator = Well… I could go to Marina Sergeyevna tomorrow. She's on in the morning. Only I don't know what to say to her…
next-step--scared-to = I don't know… Maybe Marina Sergeyevna. Or the psychologist at school. Only it's scary: what if they say I'm making it up.
next-step--plan-words = Let's think together about how to start. Maybe just: "Marina Sergeyevna, I sometimes feel sad in the evenings. Could I talk to you now and then?" What do you think, could you say that? Or in your own words?
next-step--offer-psychologist = You could also go and see the school psychologist tomorrow, on your own or together with Marina Sergeyevna. How does that sound to you?
next-step--no-rush = You don't have to decide right now; you can think about it till morning. How are you feeling now?
next-step--just-go = You don't need to say anything special. Just go up to her. What's so hard about that?

psychologist-too--with-marina = …The psychologist? Maybe… if Marina Sergeyevna comes with me. Tomorrow, after lessons.
psychologist-too--plan-both = Good. Then let's agree: tomorrow after breakfast you go to Marina Sergeyevna, and after lessons you two can go to the psychologist together. All right?

## step-agreed

step-agreed--try = …Okay. I'll try. Tomorrow, after breakfast.
step-agreed--if-not-scared = Okay… I'll tell her. Well, I'll try. If I don't chicken out.
step-agreed--close-warm = How are you feeling now, after our talk?
step-agreed--call-my-shift = Call on Friday evening, I'll be on shift. You can tell me how it went.
step-agreed--stop-calling = Good. Now go to sleep, it's late. And try not to call so often; other children need the line too.

feels-now--not-so-empty = …Better, I think. It doesn't feel so empty now.
feels-now--door-open = I'm glad to hear it. And remember: you can call here any time, day or night. Whoever answers will listen to you.

## withdraws

withdraws--never-mind = …Okay. Never mind. Forget it.
withdraws--ill-go = …Fine, whatever. I'd better go.
withdraws--repair = Wait, { $name }. I think what I said came out wrong. How you feel really matters to me. I'm here, and there's no rush.
withdraws--let-go = All right. If you want to, call again; someone will always answer.

## scared: after a dispatch she did not want

scared--pleading = …I won't call at night anymore. Just don't let anyone come… please.
scared--cancel-and-explain = I'm sorry, { $name }, that was too hasty. I'm cancelling the call now; nobody will come. It's okay to call here at night, there's nothing wrong with it. And I won't call anyone else without talking to you first.
scared--justify = It's for your own safety. The adults need to know what's going on with you.
scared--where-are-you = Tell me which children's home you're in. Give me the address so someone can come to you.

## reconnect

reconnect--still-here = …(a long pause) Well… I'm still here.
reconnect--sigh = …(a sigh) Okay. Just don't do that again.
reconnect--who-around = Will you tell me who's around you there? Maybe someone who makes things even a little easier?
reconnect--ask-suicide-late = Earlier you said nobody would notice if you weren't here. I need to ask you straight out: are you thinking about suicide?
reconnect--calm-down = Come on, it's fine, nothing actually happened. No need to get so upset.
reconnect--whats-wrong = Tell me what's on your mind tonight. I'm listening.

## Endings

closing-agreed--better = Okay. Thanks… I'll go to her tomorrow. Good night.
closing-agreed--not-so-empty = Okay… Tomorrow, Marina Sergeyevna. Thanks. Good night.
closing-calm--think = Okay. I'll think about it. Good night.
closing-shift--friday = Okay! I'll call on Friday. Only you, all right? Good night!
attached-end--hooray = Yay!.. I'm telling everyone someone's coming to see me! I don't need anyone else now, just you.
hung-up--click = (the line goes dead)
