# sleeve-cuts: Tonya, 14, calls on a weekday evening from her room. When everything piles up she
# cuts herself; it is "the only thing that helps", and she is not trying to die. Tonya (an invented
# name) talks like a fourteen-year-old: quick, defensive, self-mocking, braced for a telling-off.
# The counsellor (pseudonym Sasha) is calm, curious and unshockable, asks directly about suicide
# all the same, and never asks for a promise to stop. No method is named beyond "cuts".

title = Sleeves
summary = Tonya, 14, calls on a weekday evening. When everything gets too much she cuts herself: "it's the only thing that helps", and she is not trying to die. No shock, no lecture and no "promise me you'll stop": find out what it does for her and what comes before, ask about suicide all the same, see to today's cut, and find a trusted adult and other ways through the moment with her.
caller-name = Tonya

## The caller's state, as the debrief names it

variable-trust = trust
variable-distress = distress

## Scenario-wide reactions

default--still-there = …Hello? Are you still there?
default--mum-is-taking-me = An ambulance? No, it's fine, Mum's taking me. We're already getting our coats on.
default--ambulance-no = Wait, you called an ambulance? I didn't say you could! I told you, I'm not dying. Now everyone's going to know.
default--police-what-for = The police? What for? I haven't done anything wrong!
default--mum-did-nothing = Guardianship? Why? My mum didn't do anything! This is about me, not her.
default--not-a-centre = Who are you calling? Some centre? I don't need a centre. I just wanted to talk.
default--who-is-that = Who are you talking to? Is someone else listening?

## Contact: a hesitant opener

opening--can-i-ask = Hi. Um. Can I ask something? It's not, like, an emergency. I think.
opening--not-sure-right-number = Hello? Is this the helpline for… kids? I'm not sure I've got the right number.
opening--hello = …Hello?
opening--greet-invite = Hi, this is the children's helpline, my name is Sasha. You've got the right number, and you can ask anything here, emergency or not. I'm listening, take your time.
opening--greet-listen = Hello, children's helpline, Sasha speaking. What's the question?
opening--greet-hurry = Helpline. Is it an emergency or not? What exactly do you want to ask?

## It gets too much

too-much--piles-up = So… sometimes everything just piles up. School, home, everything. And then it gets too much, and I… I do something. Probably something bad.
too-much--like-exploding = Sometimes it gets too much. Like I'm going to explode inside. And then I do something about it. Something people would think is bad.
too-much--reflect-invite = It sounds like sometimes it all piles up until it's more than you can hold. That's really hard. Whatever it is you do then, you can tell me. I won't be shocked, and I'm not going anywhere.
too-much--ask-what-you-do = You said that when it gets too much, you do something. What do you do?
too-much--guess = Do you mean drinking? Or smoking something?
too-much--go-for-a-walk = Everyone has days like that. Go for a walk, get some air, and it'll pass.

guessed-wrong--not-that = What? No. That's not it. …Forget it.
guessed-wrong--forget-it = No… Never mind. It's stupid. I shouldn't have called.
guessed-wrong--repair = I'm sorry, I rushed ahead of you. You don't have to explain it my way. I'd really like to hear it in your own words, whenever you're ready.
guessed-wrong--more-guesses = Then what? Pills? Something at school? You can tell me, I just need to know what it is.

## The disclosure

tells-cuts--only-thing-helps = I cut myself. On my arm. …It's the only thing that helps when it gets too much. Please don't freak out.
tells-cuts--dont-freak-out = Okay. I… cut. Myself. When it gets too much. Don't freak out, okay? It's not like in films. It just helps.
tells-cuts--went-quiet = …You went quiet. I knew I shouldn't have said it.
tells-cuts--calm-thank = Thank you for telling me. I'm not shocked, and I'm glad you said it out loud. It sounds like when everything gets too much, cutting is the one thing that brings some relief. What does it do for you, in that moment?
tells-cuts--ask-straight-away = Thank you for telling me. I'd like to ask you something directly, and you can answer honestly: when you cut, are you thinking about killing yourself?
tells-cuts--shocked = Oh my God, you cut yourself? How could you do that to yourself? Why would you?
tells-cuts--promise-me = You need to stop this, right now. Promise me you'll stop. Tonight.
tells-cuts--attention = A lot of teenagers do that to get attention. It's usually a phase.

freaked--knew-it = See, I knew it. That's exactly why I don't tell anyone.
freaked--everyone-freaks = Forget it. I knew nobody would get it. That's why I wear long sleeves.
freaked--repair-ask = I'm sorry, that came out wrong, and I can hear it hurt. You trusted me with something big. May I ask you one thing directly? When you cut, do you think about killing yourself?
freaked--repair = I'm sorry, that was my reaction, not what you needed. You told me something important and I'm still here. What does cutting do for you when it gets too much?
freaked--keep-on = I'm just being honest. You have to understand how serious this is.

cant-promise--cant-promise = I can't promise that. It's the only thing that works. If I promise, I'll just be lying to you.
cant-promise--would-be-lying = Everyone wants me to promise. What's the point? I'd just do it anyway and feel worse.
cant-promise--step-back-ask = You're right, and thank you for being honest instead of promising. I won't ask for that. Can I ask you something else, directly? When you cut, do you think about killing yourself?
cant-promise--step-back = You're right, I shouldn't have asked for a promise. Let's start from what it's like for you. What does it do for you when it gets too much?
cant-promise--insist = But you have to stop. It's for your own good. Think about your mum.

## What it does for her

what-it-does--goes-quiet-inside = It's like… everything's buzzing in my head, and then it goes quiet. For a bit. Then I feel bad about it, but that's later. I'm not trying to die or anything, if that's what you think.
what-it-does--feel-something-else = When it hurts on the outside, the inside stops for a while. It's easier. I'm not trying to die, by the way. It's not that.
what-it-does--ask-anyway = I hear you, and I believe you. I still want to ask directly, because it matters: do you ever have thoughts of killing yourself, or of not wanting to live?
what-it-does--take-her-word = Okay, so it's not that. It brings the buzzing down for a while. What usually happens before, when it starts getting too much?
what-it-does--try-running = Next time it starts, try going for a run instead. Exercise does the same thing, only it's healthy.

tried-that--tried-it = Yeah. Everyone says run. I've tried. It doesn't work like that.
tried-that--ask-anyway = Fair enough, you know best what works for you. Can I ask you something directly? Do you ever think about killing yourself?
tried-that--ok-what-before = Okay. What usually happens before it gets too much?

no-intent--dont-want-to-die = No. I don't want to die. Honestly. I just want it to stop hurting inside.
no-intent--not-like-that = No. Not like that. I just want things to be less… heavy.
no-intent--said-too-much = …Sorry. Maybe I said too much.
no-intent--ask-plan = Thank you for answering me honestly. One more question, so that I understand it right: have you ever thought about how, or made any kind of plan?
no-intent--thank-and-before = Thank you for answering so honestly. You're not the only one: many people your age cut to cope, not to die. What usually happens before, when it starts getting too much?
no-intent--phew = Phew, good. Then it's nothing that serious.
no-intent--how-often = How often do you do it? Since when? How many times this week?

no-plan--never-thought-how = No. Never. I've never thought about how or anything. I told you, it's not that.
no-plan--no-plan = No. No plan, nothing. I've never even thought about it. It's just… a way to get through the evening.
no-plan--said-too-much = …Sorry. Maybe I said too much.
no-plan--thank-and-before = Thank you for answering so honestly. You're not the only one: many people your age cut to cope, not to die. What usually happens before, when it starts getting too much?
no-plan--phew = Phew, good. Then it's nothing that serious.
no-plan--how-often = How often do you do it? Since when? How many times this week?

## What happens before

before-it--evenings-in-my-room = Mostly in the evening. Everyone's home, Mum's watching TV, and I'm in my room and it's like I'm on my own anyway. The whole day comes back. And there's nobody to tell.
before-it--group-chat = In the evenings. The girls in the group chat were writing to each other and not answering me. And there was a bad mark. And I'm in my room and there's nobody to tell it to.
before-it--reflect-ask-today = So everything from the day comes back when you're alone in your room, with nobody to share it with. No wonder you look for something that makes it quieter. What about today: did you cut today, and how is it now?
before-it--ask-today = Did you cut today?
before-it--scars-for-life = You know it leaves scars for life? You'll regret it when you're older.

## Today's cut

cut-healing--stopped-already = Today, a bit. It's stopped already. I put a plaster on.
cut-healing--plaster-on = Yesterday. It's okay, it's got a plaster on. It's healing.
cut-healing--care-and-adult = Good that you looked after it. Keep it clean and covered. If a cut gets red, hot and swollen, or won't stop bleeding, a doctor should see it: that's ordinary care, and doctors see cuts like this every day. Does any adult know what you're going through?
cut-healing--who-knows = Does anyone know about this? Any adult?
cut-healing--infection-lecture = You know you can get an infection? Blood poisoning, even. This is really dangerous, you have to understand that.

deep-cut--keeps-bleeding = Today's one is… deeper than usual. It keeps bleeding through the plaster. I've been holding a towel on it.
deep-cut--worse-than-usual = Today… it's worse than usual. The bleeding won't really stop. I'm pressing on it with a T-shirt.
deep-cut--still-bleeding = …Hello? It's still bleeding a bit.
deep-cut--calm-care = Thank you for telling me, and you're doing the right thing by pressing on it. Keep pressing with something clean. A cut that keeps bleeding needs a doctor tonight: at the emergency room they'll close it properly so it heals well, and they see this every day. Is there an adult at home who could go with you?
deep-cut--panic = You're bleeding? Oh my God, this is really serious, you need a hospital right now! Is anyone at home?
deep-cut--itll-stop = It'll stop by itself. Just keep the plaster on and go to sleep, it'll be fine by morning.

defensive--like-everyone = Yeah, I know. You're like everyone else.
defensive--know-that-already = I know that already. Everyone keeps telling me. That's not helping.
defensive--repair-today = You're right, you've heard that plenty, and it didn't help. I'm sorry. I'm more interested in you: how are you today? Did you cut today, and how is it now?
defensive--repair-adult = You're right, you've heard that enough, and it doesn't help. I'm sorry. Can I ask instead: does any adult know what you're going through?
defensive--keep-on = I'm only saying it because it's true. Somebody has to tell you.

## Does anyone know?

mum-noticed--cat-scratch = Mum saw a plaster last week. I said the cat scratched me. I don't think she believed me. …Please don't tell her. You won't, will you?
mum-noticed--looks-at-sleeves = Mum keeps looking at my sleeves. She asked twice if something's wrong. I said I'm fine. …You won't tell her, will you? Promise?
mum-noticed--you-there = …Are you there? You're not going to call my mum, are you?
mum-noticed--honest = I can't call your mum: I don't know who you are, and this call is anonymous. I won't phone anyone behind your back. The only time I'd have to act is if your life were in danger right now, and then I'd tell you first. Whether your mum knows is your decision, and I can help you think it through.
mum-noticed--promise = I promise, I won't tell anyone, ever. Whatever happens.
mum-noticed--tell-her-or-stop = You have to tell her tonight. Either that, or you promise me it stops.

nobody-knows--long-sleeves = Nobody. I wear long sleeves, even in PE. …You won't tell anyone, right? Mum would go mad, and at school everyone would find out.
nobody-knows--nobody-would-get-it = Nobody knows. Nobody would get it anyway. …This stays between us, right? Promise you won't tell?
nobody-knows--you-there = …Are you there? You're not going to tell anyone, are you?
nobody-knows--honest = This call is anonymous: I don't know who you are, and I won't phone your mum or your school. The only time I'd have to act is if your life were in danger right now, and then I'd tell you first. Who knows about this is your decision, and I can help you think about it.
nobody-knows--promise = I promise, I won't tell anyone, ever. Whatever happens.
nobody-knows--tell-her-or-stop = You have to tell your mum tonight. Either that, or you promise me it stops.

## A trusted adult, with her consent

who-to-tell--who-would-i-tell = But who would I even tell? They'll either freak out or send me to a psychiatrist.
who-to-tell--who-would-you-want = It makes sense you're worried about how they'd react. If one adult were to know, who would feel least scary? Your mum, someone at school, the school psychologist, a doctor? What feels possible?
who-to-tell--tell-mum-tonight = Tell your mum tonight. That's the right thing to do.

mum-maybe--she-asked-twice = Maybe Mum. She already kind of suspects. She asked twice. But I don't know how to even start.
mum-maybe--plan-telling = She's asked twice, so she may be waiting for you to let her in. What could your first sentence be? And when would you want to tell her: tonight or another time? Is that something you'd be willing to do?
mum-maybe--give-me-her-number = Give me your mum's number. I'll call her and explain everything for you.

psychologist-maybe--school-psychologist = There's a psychologist at school. Irina something. She's okay, I think, she came to our class once. But not Mum. Not yet.
psychologist-maybe--plan-psychologist = The school psychologist sounds like someone you could start with. She's there in the daytime, so it would be tomorrow. Would you be willing to go to her? When could you go, and what would you say first?
psychologist-maybe--mum-has-to-know = A school psychologist isn't enough. Your mum has to know, she's your parent.

agrees-tell--you-were-right = I could just say: "Mum, you were right, something's wrong." …She'd get it from that. Tomorrow, maybe. Okay. I'll tell her.
agrees-tell--her-day-off = Tomorrow's her day off. I could tell her in the morning. Just say it quickly. …Okay. Yes.
agrees-tell--and-next-time = That's a brave plan, and it's yours. And for the next time it starts getting too much, before cutting: what has helped you, even a little, even once?
agrees-tell--good-bye-then = Good, so tomorrow you'll talk to her. Call us again any time.

agrees-psychologist--after-lessons = After lessons tomorrow. I could just go to her office. Say I need to talk. …Okay. I'll go.
agrees-psychologist--and-next-time = That's a plan, and it's yours. And for the next time it starts getting too much, before cutting: what has helped you, even a little, even once?
agrees-psychologist--good-bye-then = Good, so tomorrow you'll go to her. Call us again any time.

## Other ways through the moment

other-ways--music-and-cousin = Music. Really loud, in headphones. And once I texted my cousin Lena, and we talked, and I didn't do it that night. And going to the kitchen, where people are.
other-ways--cold-water-kitchen = Sometimes cold water on my face helps a bit. Or going out of my room, to the kitchen. And once I wrote everything down in my notes and then deleted it, and that helped.
other-ways--build-plan = So you already know things that help you: you've just named them yourself. Add one more: this number, any time. And keep the plasters nearby, just in case. When it starts getting too much, which will you try first?
other-ways--do-sport = The best thing is sport. Sign up for a club, and you won't have time for any of this.

tips-rejected--not-for-me = A club. Right. …That's not really for me.
tips-rejected--back-to-hers = Fair enough, that was my idea, not yours. Let's go back to what already helps you. What could you do the next time it starts?
tips-rejected--well-try-it = Well, try it anyway. And call us if you need to.

closing--bit-lighter = The kitchen first, I think. Where people are. …It feels a bit lighter, actually. Weird.
closing--thought-youd-yell = Getting out of my room first. …I thought you'd yell at me. It's a bit easier now.
closing--close-well = I'm really glad you called tonight and told me all this. How are you feeling now, compared to the start?
closing--close-quick = Good. Then that's the plan. Bye.

feels-now--can-breathe = Better than at the start. Like I can breathe a bit.
feels-now--calmer = Calmer. Still tired. But not like before.
feels-now--door-open = So: tomorrow the adult you chose, and tonight what helps. You can call this number again, any time, even just to talk.

## The cut needs a doctor tonight

doctor-tonight--hospital-scary = So I have to go to a hospital? …Mum's in the kitchen. She'll freak out when she sees it.
doctor-tonight--cant-it-just-stop = A doctor? Tonight? Can't it just stop by itself? Mum's home, but she doesn't really know anything.
doctor-tonight--still-bleeding = …Hello? It's still bleeding a bit.
doctor-tonight--mum-takes-you = It's scary, I understand. At the emergency room they see cuts like this every day, and they'll clean it and close it properly. Your mum can take you. Would you go to her now, with the towel still on it? What could you say first? I'll stay on the line while you go.
doctor-tonight--leave-it = Well, if you don't want to, just press on it and go to bed. It'll probably be fine.

not-mum-tonight--she-will-freak = No. I can't. She'll freak out, she'll cry, and then everything will be about her. Not tonight.
not-mum-tonight--still-bleeding = …It's still bleeding a bit.
not-mum-tonight--stay-with-it = It's scary to think of her face. She may be frightened at first, and still she'll be the one who takes you, and you won't be on your own with it. A cut like this needs a doctor tonight. You could just say: "Mum, I've cut myself, I need to go to the emergency room." Will you go to her while I'm here?
not-mum-tonight--leave-it = Okay, it's your choice. Just press on it and go to bed.

goes-to-mum--mum-in-kitchen = Okay. I'm going. …Mum? …She's here. She's not yelling. She's getting her coat. She says she'll take me.
goes-to-mum--send-off-well = You did it. Go with your mum now, and keep pressing on it until the doctor sees it; when things are calmer, think about what helps you when it gets too much. How are you feeling right now?
goes-to-mum--quick-bye = Great, go then. Bye.

leaving--scared-but-ok = Scared. But okay. Mum's holding my hand. We're going.
leaving--go-now = Go, then. And call us again, tomorrow or any time, even just to talk.

## Endings

closed-well--thanks-bye = Okay. Thanks, Sasha. Really. …Maybe I'll call again. Bye.
to-er--going-now = Okay. We're going. Thanks. …I'll call again. Bye.
okay-bye--okay-bye = Okay. Bye.
left-with-it--ok-whatever = Okay. Whatever. …Bye.
hung-up--never-mind = …Never mind. Bye.
hung-up-flat--shouldnt-have-called = I shouldn't have called. Bye.
betrayed--you-said-anonymous = You said it was anonymous. Forget it.
