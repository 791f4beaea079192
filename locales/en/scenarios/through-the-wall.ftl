# through-the-wall: Nastya, 18, a student renting a flat, hears the boy next door being beaten again.
# An adult caller: she and the counsellor call each other "you" politely. Nastya is an invented name;
# the address, the boy (Egor) and the neighbours are invented. Nothing graphic: sounds through a wall.

title = Through the wall
summary = Nastya, 18, a student who rents a flat, calls at twenty to five: through the wall she hears the neighbours' boy being shouted at and hit, and not for the first time. She is not sure she may call, or whether it is her business. Take her seriously, find out whether it is happening now, get help to the boy by the right route (the police now, or guardianship by day with her consent), answer her fear of reprisal honestly, and help her see what she can do for him herself.
caller-name = Nastya

## The caller's state, as the debrief names it

variable-trust = trust
variable-fear = fear of reprisal
variable-reassured = reassured about her name

## Scenario-wide reactions

default--are-you-there = Hello? Are you still there?
default--too-soon = Wait, who are you calling? I haven't even told you what's going on yet.
default--already-coming = You've already called them, haven't you? They're on their way?
default--no-address = You're calling someone? But I haven't given you the address. How will they find the flat?
default--police-now = The police? Now? But it's quiet over there now… I didn't ask for that. What do I say if they come to my door?
default--too-slow = Who's that, guardianship? But he's hitting him right now! Nobody's coming from there now.
default--didnt-agree = Wait… you've already reported it? I didn't say yes. I said I needed to think. What if they come round asking who complained?
default--commission = The commission? Do they even come out? I thought you had to write to them.
default--also-them = Them as well? All right… as long as someone actually checks on him.
default--who-is-that = Who did you just call? What did you tell them about me?

## Contact: an adult who is not sure she may call

opening--not-sure = Hello… I'm sorry, I'm not sure I've got the right number. I'm not a child. It's about the boy next door. I… keep hearing things through the wall.
opening--not-a-child = Hi. Um. Can I call you if I'm not a kid? I'm eighteen. It's not about me. It's the neighbours… their little boy. I hear it through the wall.
opening--notice-said = Hello. There's a notice in our stairwell with this number, and it says adults can call too if they see… I don't know if I'm overreacting. It's about the boy next door.
opening--hello = Hello? Can you hear me?
opening--welcome = Hello, this is the helpline, my name is Sasha. Yes, you've come to the right place: adults call us too when they're worried about a child. I'm glad you called. Tell me what's happening.
opening--greet-brief = Helpline, hello. What's happened?
opening--only-children = Hello. This line is for children and teenagers. If you're an adult, it's better to contact the police or social services.
opening--name-first = Hello. Before we start: your surname, first name and address, please.

second-thoughts--sorry-wrong-number = Oh… Sorry. I thought… Never mind. Sorry for bothering you.
second-thoughts--notice-said-adults = But the notice said adults could… Fine. Sorry. I'll… I don't know who else to call.
second-thoughts--repair = I'm sorry, I put that badly. You can absolutely call us about a child: that's exactly what this line is for too. Please, tell me what's happening.
second-thoughts--let-go = All right. If anything happens, you can call again.

guarded--why-my-name = Why do you need my name? I don't want any trouble. Maybe I'd better not…
guarded--no-trouble = My address? I… No. I just wanted to ask. I don't want them finding out it was me.
guarded--repair = Sorry, you don't have to give your name: this call is anonymous, and I won't ask it. Tell me as much as feels right. What's happening next door?
guarded--insist = I'm afraid I need your details before we go on.

## Variant: it is happening right now

hears-now--right-now = It's… it's happening right now. Can you hear? A man shouting, and the boy crying. And something keeps hitting the wall. Thud… thud. It's the third time this month.
hears-now--again-now = They've started again, right now. He's shouting at him, and the boy is crying, "I won't do it again". And these thuds against the wall… I don't know what to do.
hears-now--still-going = Are you there? It's still going on…
hears-now--now-police = I take what you're hearing very seriously. Since it's happening right now, this is for the police, 102 or 112, and I can call them from here. Please don't go over there yourself: stay in your flat. What's the address: the street, the building, their flat number?
hears-now--believe-ask = Thank you for calling. I believe you, and it sounds frightening to listen to. What are you hearing right now?
hears-now--just-strict = Maybe they're just strict with him? Kids cry when they're punished, that doesn't mean he's being beaten.
hears-now--leading = It's his father, isn't it? Is he drunk?
hears-now--go-knock = Go and knock on their door. Tell them you'll call the police if they don't stop.

describes-now--should-i-knock = The man's yelling, "how many times have I told you!", and the boy's just crying… There was another thud. Should I go and knock? Or is it none of my business? They'll say I'm interfering.
describes-now--not-my-business-now = It's getting louder. The boy's crying, "no, please"… I keep thinking I should go and ring their doorbell. Or is it not my place? I'm only renting here.
describes-now--still-going = Are you there? It's still going on…
describes-now--dont-go-police = It is your business: a child's safety concerns every adult. But please don't go in there alone, that could be dangerous for you and make it worse for him. Stay in your flat. What helps right now is the police, 102 or 112; I can call them from here. What's the address?
describes-now--go-knock = Then go and knock. Tell them the neighbours can hear everything.
describes-now--what-with = Good God! What's he hitting him with? Is there blood?

gives-address-now--address-and-fear = Sadovaya Street, twelve, flat forty-seven. Fourth floor. I'm in forty-eight, next door. But… will they tell him it was me? He'll know. Mine's the only flat on the other side of that wall. And I live on my own.
gives-address-now--only-wall = Twelve Sadovaya Street, flat forty-seven, I'm next door in forty-eight. Only… please, don't let them say who called. He'll work it out, I'm the only one through the wall. I see him on the stairs every day.
gives-address-now--are-you-calling = Are you calling them? It's still going…
gives-address-now--honest-now = Of course you're afraid of that, it makes sense. Let me be honest with you. I don't know your name and I won't ask it: I'll give the police the address as a report from the helpline. The police don't tell a family who called them. They may ring your door to ask what you heard, and you can decide what to say. What I can't promise is that he won't guess. May I call them now?
gives-address-now--promise-anon = Don't worry. Nobody will ever know it was you, I promise.
gives-address-now--need-your-name = For the police I'll need your full name and phone number.

agrees-police--yes-call = Yes… Yes, call them. Please. Quickly.
agrees-police--please-quickly = Okay. Do it. Please hurry, it's still going.
agrees-police--are-you-calling = Have you called them? It's still going…
agrees-police--name-for-police = Before I call: what's your full name and phone number? They'll want it.
agrees-police--thank-and-call = You did the right thing to call about him. I'm calling them now: stay on the line with me.

refuses-police--please-dont = No, wait… please don't. He'll know it's me. Maybe it'll stop by itself. It always stops in the end…
refuses-police--maybe-it-stops = No. No police. I have to live here. It's gone a bit quieter… maybe it's over?
refuses-police--still-going = …It's started again.
refuses-police--you-called-anyway = You called them anyway… All right. All right. Just don't say my name.
refuses-police--act-anyway = You did the right thing to call about him, and I can hear how scared you are. But a child is being hurt right now, and that's the one case when we call the police even without agreement. Here's what I'll do: I'll give the address as a report from the helpline, and I don't know your name. You stay in your flat and open the door only to the police. Is it still going on over there?
refuses-police--wait-and-see = All right, let's wait and see. Maybe it'll stop.

gives-in--again-call = …It's started again. Okay. Call them. Just… don't tell them about me.
gives-in--okay-no-name = …All right. Call. I can hear him crying again. Just without my name.
gives-in--are-you-calling = Have you called them? It's still going…
gives-in--name-for-police = Then I'll need your full name and phone number for the police.
gives-in--call-now = I know how frightening this is for you. I'm calling them now, without your name: stay on the line with me.

police-coming--gone-quiet = They're coming? …It's gone quiet. Now I can just hear him crying, quietly. My hands are shaking.
police-coming--door-slammed = A door slammed. Someone went out… It's quiet now. Is that good? My hands are shaking.
police-coming--are-you-there = Hello? Are you still there?
police-coming--stay-plan = The police are on their way. Your hands are shaking: you've just done something hard, and it's still frightening to listen. Stay in your flat and don't go over there. If the police ring your door, you can tell them what you heard. And if it starts again before they arrive, tell me straight away.
police-coming--bye-now = Good, the police are coming. You can hang up now. Call if you need anything.
police-coming--go-check = Now that it's quiet, go and check on the boy, ring their doorbell.

after-police--what-happens-to-him = I can hear voices on the stairs… I think they're here. What happens to him now? Will they take him away?
after-police--worse-because-of-me = I think that's them on the stairs. What if it's worse for him afterwards? Because of me?
after-police--explain-after = It's natural to worry about him. The police will talk to the adults and see the boy; they pass it on to the juvenile inspector and guardianship, who then visit the family and see what help it needs. A child is taken away only when home can't be made safe for him. And whatever happens in that family isn't because of you: you did what an adult should.
after-police--not-our-concern = That's not our concern any more. The police will deal with it.
after-police--are-they-there = Are the police at their door now? You sound shaken. Stay in your flat; you don't need to go out to them.

police-here--at-their-door = Yes… They knocked, he opened. I can hear them talking, calmly. A woman is asking to see the boy. …What happens to him now?
police-here--officer-asks = Yes, they're there. Two of them. He's saying it's all fine, but they've gone in. …What if it's worse for him afterwards?
police-here--explain-after = It's natural to worry about him. The police will talk to the adults and see the boy; they pass it on to the juvenile inspector and guardianship, who then visit the family and see what help it needs. A child is taken away only when home can't be made safe for him. And whatever happens in that family isn't because of you: you did what an adult should.
police-here--not-our-concern = That's not our concern any more. The police will deal with it.

## Variant: it happened last night

heard-last-night--last-night = It was last night, around eleven. A man shouting, and the boy crying, "I won't do it again". And thuds, against the wall, several. Then it went quiet. It's not the first time. I hardly slept.
heard-last-night--at-eleven = Last night. I was already in bed, about eleven. Shouting, the little one crying, and then these thuds, like something hitting the wall. It's happened before. I've been thinking about it all day.
heard-last-night--thank-believe = Hearing that and then lying awake is hard, and I take what you heard seriously. And right now: what's happening over there?
heard-last-night--open-what = That sounds frightening to hear. I believe you. Tell me how it's been: how long has this been going on?
heard-last-night--just-strict = Maybe they're just strict with him? Kids cry when they're punished, that doesn't mean he's being beaten.
heard-last-night--a-film = Are you sure? Through a wall it's hard to tell. Maybe it was a film, or they had the TV on loud?
heard-last-night--why-not-last-night = Then why didn't you call the police last night? You should have done it straight away.
heard-last-night--leading = It's his father, isn't it? Does he drink?

how-often--since-september = Since I moved in, in September… four times, maybe five. Always in the evening, when the man gets home. Once I saw the boy on the stairs with his hood up, and it was warm out. Maybe that's nothing.
how-often--evenings = Since the autumn. Always evenings. First shouting, then the boy crying, then thuds. And afterwards it's so quiet it's worse.
how-often--thank-safety = It's good that you've noticed and that you called. And right now: is anything happening over there?
how-often--bruises = Have you seen bruises on him? Where? What does he hit him with?

knows-what-she-heard--i-know = I know what I heard. It wasn't a film and it wasn't just "strict". …Maybe I shouldn't have called.
knows-what-she-heard--shouldnt-have-called = I'm not making it up. A child crying like that… Sorry. Maybe I shouldn't have called.
knows-what-she-heard--repair = You're right, and I'm sorry, I put that badly. I believe you, and it's good that you called. Tell me: is anything happening there right now?
knows-what-she-heard--let-go = All right. If anything changes, call again.

defensive--i-know-i-should = I know… I was scared. I kept thinking, what if I've got it wrong. That's why I'm calling now.
defensive--was-scared = I know I should have. I was scared, I just lay there… Don't you think I feel bad enough?
defensive--apologise = I'm sorry, that came out as a reproach, and you don't deserve one. Lots of people freeze when they hear something like that; what matters is that you called. I believe you. Is anything happening over there now?
defensive--more-lecture = Well, you have to understand: if something happens to him, it'll be on your conscience too.

unsure-who--only-hear = I don't know… I only hear it through the wall, I don't see anything. I don't know who it is exactly. The man who lives there.
unsure-who--didnt-say-that = I didn't say that… I don't know. I only hear it. I don't know what's happening in there, I just hear it.
unsure-who--repair = You're right: you hear it, you don't see it, and that's enough to call. I believe you. Tell me what you can. What's happening there now?
unsure-who--let-go = All right. Call again if anything happens.

quiet-now--quiet-business = Now it's quiet. He's back from school, I heard their door. The man usually comes home in the evening. …But is it even my business? I'm only renting. And if they find out it was me… I live on my own.
quiet-now--landlady-said = It's quiet at the moment; the boy's home, the man gets back at about seven. My landlady said don't get involved with the neighbours. Is it even my business? And can I do anything without them knowing it was me?
quiet-now--honest-anon = Your fear makes sense; lots of people who hear something through a wall feel exactly the same and hesitate. And yes, it is your business: a child's safety concerns every adult, and this line is for adults who witness it too. About anonymity, honestly: this call is anonymous, I won't ask your name. A signal to guardianship can go without your name, from the helpline or in writing from you; if you do give your name, guardianship doesn't tell the family who reported. What I can't promise is that they won't guess.
quiet-now--promise-anon = Don't worry: nobody will ever find out it was you, I guarantee it.
quiet-now--not-your-business = If you're afraid, you don't have to get involved. It's their family, after all.
quiet-now--your-duty = It's your duty as a citizen. If something happens to him, it'll be on your conscience.

## Variant: whether she knows the boy

knows-egor--egor-school = His name's Egor. Eight, I think; second grade, at the school across the yard: I see him going off with a backpack bigger than he is. He always says hello on the stairs. Very quietly.
knows-egor--egor-hello = Egor, his name is. He's in second grade, the school just over the road. He holds the door for me and says hello, such a polite little boy. That's what makes it so awful.
knows-egor--who-else = It's good that you called about him. You know him a bit, then. Who else is around Egor: family, the school, anyone in the building who might notice or help?
knows-egor--offer-signal-early = There's something that can be done: a signal to guardianship. They work by day and are open now. Shall I pass it on?

knows-little--no-name = And I don't even know his name. Seven, maybe eight. I moved in in September; I only see him on the stairs, he looks at his feet and slips past.
knows-little--looks-down = I don't know anything about him, not even his name. Small, about seven. On the stairs he never looks up.
knows-little--who-else = It's good that you called about him. Who else is around him, do you think: family, other neighbours, anyone who might notice or help?
knows-little--offer-signal-early = There's something that can be done: a signal to guardianship. They work by day and are open now. Shall I pass it on?

adults-school--teacher-grandma = His teacher, I suppose: she sees him every day. And a grandmother picks him up on Fridays, I've seen her, she seems kind. His mum… I think she's scared herself.
adults-school--grandma-fridays = There's a grandmother, she comes on Fridays and takes him to school. And his teacher, obviously. His mum hardly speaks to anyone.
adults-school--her-options = So there are people around him. And what about you: what do you feel you could do for him yourself?
adults-school--offer-signal = There's another step: a signal to guardianship, by day, and they're open until six. I can pass it on from the helpline with the address and without your name, or you can write to them yourself. They'll visit, talk to the parents and to Egor, and see what help the family needs; they can bring in the school too. Would you like me to pass it on?
adults-school--confront = Maybe you should talk to his father yourself. Tell him you can hear everything.

adults-building--old-neighbour = There's Zinaida Petrovna on the ground floor, she's lived here forever and knows everyone. Maybe she's heard it too. His mum I only see in passing.
adults-building--mother-passing = I don't really know anyone. There's an old lady downstairs who knows everybody. And the mother… she hurries past, she doesn't look at anyone either.
adults-building--her-options = So there are people around him. And what about you: what do you feel you could do for him yourself?
adults-building--offer-signal = There's another step: a signal to guardianship, by day, and they're open until six. I can pass it on from the helpline with the address and without your name, or you can write to them yourself. You don't need to know his name: the address is enough. They'll visit, talk to the parents and to the boy, and see what help the family needs. Would you like me to pass it on?
adults-building--confront = Maybe you should talk to his father yourself. Tell him you can hear everything.

## The signal to guardianship

hesitates-signal--worse-for-him = I don't know… What if it makes it worse for him? They come round, then they leave, and he gets it for that?
hesitates-signal--childrens-home = And what if they take him to a children's home? Because of me?
hesitates-signal--honest-what-happens = That worry makes sense; many people hesitate for exactly that reason. Guardianship will visit, talk to the parents and the boy, and see what the family needs; taking a child away is rare, only when home can't be made safe. And if things happen to him, it's because of what goes on in that flat, not because of you.
hesitates-signal--pressure = You have to report it, there's no question. Otherwise you're letting it happen.

consent-signal--lets-do-it = …Okay. Let's. Twelve Sadovaya Street, flat forty-seven, fourth floor. I'll leave my name out, like you said.
consent-signal--okay-address = All right. Pass it on. Sadovaya twelve, flat forty-seven. Without my name.
consent-signal--have-you-passed = Hello? Have you passed it on?
consent-signal--confirm-no-name = Yes: together with the shift supervisor I'll pass on the address and what you heard, as a report from the helpline. Your name isn't in it; I don't know it.
consent-signal--write-yourself = If you'd rather, you can also write to the guardianship office of your district yourself, by post or online: what you heard and when. You decide which feels right.
consent-signal--ask-name = For the signal I'll need your full name and phone number.
consent-signal--consult-first = Thank you. Before I pass it on, I'll consult the senior counsellor on my shift about how best to do it, and I'll come straight back to you. All right?

consulted--ill-wait = Okay. I'll wait. …Just don't give them my name, okay?
consulted--okay-waiting = All right. I'm here. It's quiet over there now.
consulted--have-you-passed = Hello? Are you back? Have you passed it on?
consulted--confirm-no-name = I'm back. The senior counsellor on my shift and I have agreed: I'll pass on the address and what you heard today, as a report from the helpline. Your name isn't in it; I don't know it.
consulted--write-yourself = If you'd feel calmer that way, you can also write to the guardianship office for your district yourself, by post or online: what you heard and when. Decide what suits you.

writes-herself--ill-write = I think I'd rather write it myself. Tonight. With the dates, everything I heard. Then it's… mine.
writes-herself--tonight-write = I'll write it myself. I've actually got the times written down in my phone. I'll send it today.
writes-herself--her-part = That's a real step. And apart from the letter, what do you feel you could do for him yourself?

signal-sent--so-thats-it = So it's been passed on? And now what… I just wait? What happens next?
signal-sent--now-what = That's it? What happens now? And what do I do?
signal-sent--what-next = In the next few days guardianship specialists will visit the family, see the boy, talk to the parents and decide what help is needed, with the school or the juvenile inspector if necessary. You may not hear how it ends. And you: what do you feel you could do for him yourself?
signal-sent--confront = Now you can talk to his father yourself, tell him that guardianship knows.
signal-sent--bye-now = That's all done, then. Goodbye.

refuses-signal--not-now = No… not now. I need to think. Maybe I'll talk to someone first.
refuses-signal--need-to-think = No. I can't today. I need to get my head round it.
refuses-signal--respect-plan = That's your decision, and you can still make it later. If you hear it again: 102 straight away, with the address, and don't go in there alone. It helps to write down the dates and what you heard. Shall we agree on that?
refuses-signal--guilt = Well, then don't be surprised if something happens to him.

## What she can do for him herself

kindness--say-hello = I could… say hello to him properly. Ask how school's going. Smile at him on the stairs. Is that even anything?
kindness--is-that-anything = Maybe just be… nice to him? Say hi, hold the door, ask how he is. Does that even count for anything?
kindness--close-well = It's not nothing at all, though many people in your place think so: for a child, one kind adult nearby matters more than it seems. Just don't talk to the parents on your own and don't go in there. If you hear it again, call 102 or 112 straight away, with the address. Shall we agree on that?
agreed--yes-agreed = Yes. Agreed. I'll do that.
agreed--ill-do-that = Yes. I'll remember: not alone, and 102 straight away.
agreed--how-now = How are you feeling now, after all this?

feels-now--shaky-but-better = Still a bit shaky. But better than when I called.
feels-now--tired-calmer = Tired. But calmer than before.
feels-now--door-open = Call us any time, about him or about yourself. Thank you for not walking past.
kindness--offer-signal = There's another step as well: a signal to guardianship, by day, and they're open until six. I can pass it on with the address and without your name, or you can write yourself. They'll visit and see what help the family needs. Would you like that?
kindness--confront = And you could have a word with his mother. Tell her you hear everything.

asks-report--report-somewhere = Thank you… But shouldn't I report it somewhere as well? Officially? Or is that too much?
asks-report--is-that-enough = Okay. But is saying hello really enough? Shouldn't somebody official know?
asks-report--offer-signal = That's a good question, and it isn't too much: there is a step for exactly this, a signal to guardianship, and they're open until six. I can pass it on from the helpline with the address and without your name, or you can write to them yourself. They'll visit the family and see what help it needs. Would you like that?
asks-report--not-needed = No need. A kind word is enough; it's not for you to report anything.

## Endings

hung-up--never-mind = …Sorry. Never mind. Goodbye.
hangs-up-upset--better-not = I think I'd better not. Goodbye.
goes-to-door--ill-go = …Right. I'll go and knock. I'll call you back.
left-listening--cant-sit = I can't just sit here listening to this. Goodbye.
confront-end--talk-to-him = Talk to him? He's twice my size… Okay. Maybe. Tomorrow. Bye.
declined-end--leave-it = Okay… I'll leave it for now, then. Thanks.
police-arrive--steps-on-stairs = I can hear steps on the stairs… and a knock at their door. It's them. Thank you. I'll… go now.
police-flat--okay-bye = …Okay. Bye.
end-police--steadier = Thank you. I feel a bit steadier. Tomorrow I'll say hello to him properly.
signal-flat--okay-bye = …Okay. Bye.
end-signal--did-something = Thank you. It's strange, but I feel lighter. At least I did something.
end-closed--will-say-hello = Thanks. I'll say hello to him tomorrow. And if it happens again, I'll call straight away.
