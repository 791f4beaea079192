# exam-pressure: Kirill, 15, ninth grade, two weeks before the OGE (the state exam at the end of
# the ninth grade). He cannot sleep; his father says that without a state-funded university place
# he will be a nobody. Kirill (an invented name) is polite, apologetic, quick to say "it's nothing";
# he speaks to the counsellor formally. The counsellor is warm and unhurried, asks rather than
# advises, and neither sides with the father nor condemns him.

title = Exam pressure
summary = Kirill, 15, calls on a weekday evening two weeks before his ninth-grade exams. He can't sleep, his father says that without a free university place he'll be a nobody, and everyone in his class seems to be doing better. Feelings first, then find the real problem together and let him find his own options; if he says it would be easier to disappear, ask about suicide directly all the same.
caller-name = Kirill

## The caller's state, as the debrief names it

variable-trust = trust
variable-distress = distress
variable-withdrawn = times he backed off

## Scenario-wide reactions

default--still-there = Hello? …Are you still there?
default--you-called-someone = Wait, did you just call someone? I told you I'm not going to do anything! …Forget it.
default--police-why = The police? What for? I just can't sleep before my exams… Sorry, I shouldn't have called.
default--dad-did-nothing = Child protection? Because of Dad? He hasn't done anything! He doesn't hit me or anything.
default--just-wanted-to-talk = Who are you calling? A centre? I don't need to go anywhere. I just wanted to talk.
default--who-is-that = Who are you talking to? Is someone else listening?

## Contact: an apologetic opener

opening--nothing-serious = Hello… Um, can I call if it's nothing serious? Nobody's died or anything. It's just… about exams.
opening--just-exams = Hi. Sorry, this is probably stupid. It's about exams. Is that something you… take?
opening--still-there = …Hello?
opening--greet-welcome = Hello, this is the children's helpline, my name is Zhenya. It's not stupid at all: you can call about anything that weighs on you, exams included. I'm here and we have time. Tell me what's going on.
opening--greet-what = Hello, children's helpline. What's the problem with the exams?
opening--everyone-has-exams = Hello. Well, everyone has exams, you know. This line is really for children in trouble.

## Feelings first

cant-sleep--formulas-at-night = The OGE is in two weeks. And I can't sleep. I lie there and go through formulas in my head, and my heart's pounding. I fall asleep at three, and then there's school.
cant-sleep--heart-pounding = I can't sleep. Like, at all. The exams are in two weeks, and at night my heart pounds and I keep thinking I've forgotten everything. I get up and check my notes.
cant-sleep--reflect-anxious = That sounds exhausting: lying awake with your heart pounding, night after night, with the exams so close. No wonder you're worn out. What goes through your head when you can't sleep?
cant-sleep--many-feel-this = A lot of people can't sleep before exams, you're far from the only one. What's the hardest part for you?
cant-sleep--sleep-tips = Here's what helps: no phone an hour before bed, a warm shower, and don't study in bed. Try that tonight.
cant-sleep--should-have-studied = Well, if you'd studied properly all year, you wouldn't be panicking now, would you?

tried-that--everyone-says = Yeah… I know. Everyone says that. I've tried. It's not that.
tried-that--not-the-phone = It's not the phone. I put it away. I just… lie there anyway.
tried-that--step-back = You're right, I jumped ahead. You've tried the usual things and it isn't about that. Tell me what keeps you awake.
tried-that--more-tips = Then try harder: a proper routine, no coffee, and stop worrying so much. Worrying won't help you pass.

## The pressure at home

dad-says--a-nobody = Dad says if I don't get top marks I won't get into the advanced tenth grade, then I won't get a free place at uni, and without a free place I'll be a nobody. He says it every day.
dad-says--no-budget-no-future = Dad checks my practice tests every evening. He says: no free place at uni, no future. That I'll be a nobody. He didn't have the chances I have, he says.
dad-says--reflect-pressure = Hearing every day that everything hangs on these exams, and that you'll be a nobody otherwise: that's a huge weight to carry. How do you feel when he says that?
dad-says--dad-is-right = Your dad wants the best for you. He's right, education matters. He's just worried about your future.
dad-says--how-could-he = That's awful! How can a father say that to his own son?

defends-dad--not-a-monster = He's not a monster! He just worries. He… he's not bad, okay?
defends-dad--he-works-for-me = He works two jobs so I can have a tutor. He isn't bad. You don't know him.
defends-dad--both-true = I'm sorry, I spoke too fast. I hear that you love your dad and that he works hard for you. And it can still hurt when he says those things. Both can be true. What's it like for you?
defends-dad--still-wrong = Even so, parents shouldn't talk like that. You have to understand that it isn't normal.

## Comparing himself

compares--sonya-and-mark = That I'm worse than everyone. Everyone else is fine. Sonya got top marks on every practice test. Mark has tutors in every subject. I only got a three out of five in maths on the last practice test. I'm the only one who's falling apart.
compares--only-me = Ashamed, I suppose. Everyone in my class seems calm. They post memes about the OGE. Only I'm like this. Maybe I'm just stupid.
compares--reflect-compare = It sounds as if everyone around you seems to cope and you feel you're the only one struggling. Lots of people feel exactly that before exams: from the inside, other people always look calmer than they are. What scares you most in all of this?
compares--dont-compare = Just don't compare yourself with others. Focus on yourself and your own results.
compares--youll-be-fine = Oh, you'll be fine, I'm sure you'll pass. Everybody passes the OGE.

## The variant: a risk cue, said in passing

disappear--easier-to-disappear = Sometimes I think it would be easier to just disappear. No exam, no Dad's face when he sees my results. …Sorry, that came out weird.
disappear--not-be-there = Sometimes at night I think it would be easier to just disappear. Then nobody would be disappointed. …Never mind.
disappear--forget-i-said = …Forget I said that. It's nothing.
disappear--ask-directly = Thank you for saying that out loud. It sounds like it's so heavy that you'd like to be out of it altogether. I want to ask you directly, and you can answer honestly: when you think about disappearing, do you think about killing yourself?
disappear--reflect-only = It sounds like you're really worn out, and scared of letting your dad down. What's that like?
disappear--dont-say-that = Don't say things like that! No exam is worth it. You've got your whole life ahead of you.

thoughts-no-plan--sometimes-at-night = …Sometimes. At night. That it would be easier not to be here. But I'm not going to do anything, honestly. I've never thought how. …Just don't tell my dad, okay?
thoughts-no-plan--not-going-to = I… Yes, I've thought about it. That it would be easier. But I haven't got a plan or anything. I don't want to die, I want it all to stop. …You won't tell my parents?
thoughts-no-plan--said-too-much = …I shouldn't have said that.
thoughts-no-plan--thank-and-honest = Thank you for answering honestly; that takes courage. With so much pressing on you, it makes sense that you want it all to stop; many people have thoughts like that when the pressure gets too much. This call is anonymous: I don't know your surname or your number, and nobody from here will ring your dad. I'll be honest about the one exception: if your life were in danger right now, I'd have to find you help, and you'd hear it from me first. You said you haven't thought about how or when: have I got that right? And tonight, right now, are you safe?
thoughts-no-plan--thank-and-move-on = Thank you for telling me; it's brave. Let's talk about what's making it so hard.
thoughts-no-plan--promise = Don't worry, I won't tell anyone, ever, whatever happens. It stays between us.
thoughts-no-plan--tell-dad-now = That's really serious! You have to go and tell your father about this right now.

safe-now--in-my-room = Yes… I'm in my room. Mum's in the kitchen. It's fine in the evening, it's the nights that are bad.
safe-now--mum-in-kitchen = Yeah, I'm safe. I'm at home, Mum's here. It's only at night, when everyone's asleep, that it gets into my head.
safe-now--what-weighs-most = I'm glad you're at home and your mum is near. So the nights are the worst. What weighs on you most, when it gets into your head like that?
safe-now--so-all-fine = Well then, if you're not planning anything, it's not that serious. Let's move on.

## The real problem, found together

real-fear--dads-face = Actually… I'm not even that scared of the exam. I'm scared of Dad's face. When he's disappointed he goes quiet, for days. And I've never told anyone. Mum just says: don't upset your father.
real-fear--not-the-exam = It's not really the exam. I'm scared I'll let Dad down. That he'll look at me like I'm a failure. And there's nobody to tell. The guys would laugh, and Mum says don't upset him.
real-fear--name-it = So the hardest part isn't the exam itself, it's the fear of disappointing your dad, and carrying that all alone. That's a lot for anyone.
real-fear--back-to-disappear = Can I go back to something? You said it would be easier to just disappear. I'd like to ask straight out: do you sometimes think about killing yourself?
real-fear--dad-loves-you = Come on, your dad loves you whatever marks you get. You're overthinking it.

what-could-help--study-all-night = I don't know what to do. Maybe I should just study all night, every night, till the exam.
what-could-help--dont-know-what = I don't know. I keep thinking there must be some way, but I can't see it.
what-could-help--what-have-you-thought = You're looking for a way out, and that matters. What have you already thought of? Has anything helped, even a little, before?
what-could-help--who-could-help = Who around you could you talk to about this? Someone at home, at school?
what-could-help--here-is-the-plan = Right, here's what you do: make a timetable, sleep eight hours, and tonight have a serious talk with your father. Tell him he's putting too much pressure on you.

## His own options

his-ideas--mum-and-psych = Maybe talk to Dad? But he'll just say "stop whining". Mum understands more, she just doesn't argue with him. And there's the school psychologist, Irina Petrovna. She came to our class once, she was okay.
his-ideas--maybe-talk = I could try talking to Dad. If Mum was there it'd be easier. Or Irina Petrovna, the school psychologist. Some of the girls go to her.
his-ideas--still-there = …Hello? Are you still there? Mum says Dad will be home soon.
his-ideas--weigh-together = You've thought of several things. What would you most want your dad to hear from you? And how could your mum help with that?
his-ideas--psych-tomorrow = Irina Petrovna sounds like someone you could go to. What would you want to talk to her about, and when could you go?
his-ideas--just-tell-him = Just tell him straight that he's wrong. You're old enough.

plan-talk--write-it-down = Maybe… I'd tell Dad that I am trying. And that the "nobody" thing really hurts. I could write it down first so I don't get muddled. And ask Mum to be there. And go to Irina Petrovna tomorrow, after third period.
plan-talk--with-mum = I could ask Mum first, and then we talk to Dad together, at the weekend maybe. I'd say I'm trying, and that I'm scared of letting him down. And tomorrow I could go and see Irina Petrovna.
plan-talk--still-there = …Hello? Is that a stupid plan?
plan-talk--and-the-days = That sounds like a real plan, and it's yours. And the two weeks before the exam: what would make them a bit more bearable for you, day by day and at night?
plan-talk--great-bye = Great, that's sorted then. Call us if you need to.

days-plan--till-ten = Maybe study till ten and then stop, not till two. And do one practice test a day, not five. And go out with Dima sometimes, like we used to, he's in the same boat.
days-plan--walk-with-dima = Probably stop at ten. And not check my notes at night. Dima said we could revise together after school, it's less scary with someone.
days-plan--still-there = …Are you there? I think I can hear the lift, Dad might be coming.
days-plan--close-with-plan = Let me sum up what you've worked out: talk to your dad with your mum there, and decide beforehand what you want him to hear; see Irina Petrovna tomorrow; study until ten and not be on your own with it, there's Dima. And if at night the thought of disappearing comes back, what will you do? You could wake your mum, or call us: we're here day and night.
days-plan--close-warm = Let me sum up what you've worked out: talk to your dad with your mum there, and decide beforehand what you want him to hear; see Irina Petrovna tomorrow; study until ten and not be on your own with it, there's Dima. Have I got it right?
days-plan--good-luck = Good luck with the exams! Call if you need to.

## Closure: the plan confirmed, then how he feels now

plan-agreed--thats-it = Yes. That's it. …When you say it like that, it's not so scary.
plan-agreed--sounds-real = Yes. If I write it down, it actually looks like a plan.
plan-agreed--how-now = It's your plan, and it's a real one. How do you feel now, after talking?
night-plan--wake-mum = If it comes back… I'd wake Mum, I suppose. She'd understand, she's softer than Dad. Or I'd call here.
night-plan--call-here = I'd call you. Or go to Mum, she sleeps lightly anyway.
night-plan--how-now = Good: at night you have someone to go to, your mum or us. And how do you feel now, after talking?

## Detours

sorry-bother--shouldnt-have-called = Okay. Sorry, I probably shouldn't have called. It's only exams.
sorry-bother--its-just-exams = Yeah… whatever. Never mind. It's just exams, I'll deal with it.
sorry-bother--repair = I'm sorry, I didn't listen properly. It matters to me what you're going through, and it's clearly hard. I'm here. Will you tell me more?
sorry-bother--repair-ask = I'm sorry, that came out wrong. What you said matters. You said it would be easier to disappear, so I'll ask you straight: do you think about killing yourself?
sorry-bother--let-go = All right. Call again if you want to.

okay-whatever--ill-try = Yeah… okay. I'll try. Thanks.
okay-whatever--yeah-okay = Okay. Yeah. I'll do that. …Probably.
okay-whatever--back-to-him = Wait, I rushed ahead with my own ideas. You know your family better than I do. What do you think could actually work?
okay-whatever--wrap-up = Good. Good luck, and call if you need to.

## Endings

feels-now--bit-lighter = …Better, actually. Lighter. I think I'll go and tell Mum. Thanks. Maybe I'll even sleep tonight.
feels-now--try-to-sleep = Kind of… calmer. I didn't think you could just talk about this. Thanks. I'll try to sleep.
feels-now--call-again = I'm glad it feels a bit lighter. Call us again whenever you want, day or night: before the exam, after it, or just when it gets heavy.
good-end--bye = Okay. I will, if I need to. Thanks. Bye.
good-end-plan--bye-plan = Okay. If it comes back, I'll wake Mum or call. Thanks. Bye.
ok-bye--thanks-bye = Okay. Thanks. Bye.
polite-bye--thanks-anyway = Okay. Thanks anyway. Bye.
dad-home--dad-is-back = Oh, Dad's home. I have to go. Bye.
hung-up--never-mind = …Okay, never mind. Sorry.
hung-up-flat--forget-it = …Forget it. Bye.
