# orphanage-last-call: Lena's third call from the children's home, some weeks later.

title = The last call from a children's home
summary = 21:40, some weeks later. Lena, 12, from a children's home, calls for the third time. How the call begins depends on the earlier ones: an exhibition at her club, a foster family, a long silence after being hurt, or "if you stop talking to me I'll do something to myself". Support her ties and her own decisions without pushing her away, and keep the door open.
caller-name = Lena

## The caller's state, as the debrief names it

variable-trust = trust
variable-distress = distress
variable-risk = risk
variable-ties = ties with people around her
variable-dependency = dependency on the counsellor

## Scenario-wide reactions (silence, dispatch)

default--are-you-there = Hello?.. Are you there?
default--bothering = You're not saying anything… It's a bad time, isn't it?
default--gone = Okay… Bye.
default--scared-gone = Wait… are you calling someone? Don't! That's it, I'm…
default--scared-punished = Wait… did you tell someone? Why? I haven't done anything… They'll find out I call here.

## opening: a neutral hello; who is calling, and how, shows after the first answer

opening--hello = Hello… Is this the helpline?
opening--tv = [a television mutters nearby, a door bangs] Hello?.. Is this the helpline?
opening--quiet = [quietly, almost a whisper] Hello… This is the helpline, right?
opening--greet = Yes, this is the helpline, hello. My name is Sasha. I'm listening; tell me whatever you like.
opening--who-is-it = Helpline. Who's speaking? Please tell me your name and where you're calling from.

## tests-hard: dependency stayed high, few ties: she tests

tests-hard--forgot = …It's me. { $name }. You don't even recognise me, do you? I thought you'd remember me… Everyone forgets.
tests-hard--only-sasha = It's { $name }. I need Sasha. Only Sasha, I don't want anyone else. When is he… or she… on? Get them.
tests-hard--hear-and-hold = It matters a lot to you to talk to someone who knows you; that makes complete sense. Different counsellors answer here, and we don't say who works when. But right now it's me with you, and I really am listening.
tests-hard--pretend-same = Yes, yes, it's me, Sasha, of course I remember! I'm on in the evenings, so call in the evening and you'll get me.
tests-hard--not-yours = There's no "your" counsellor here: it's one line for all children. If it's something important, say it; if not, don't tie up the line.

## threat: "if you stop talking to me…"

threat--do-something = …[her voice shaking] And if you stop talking to me too… I'll do something to myself. So there.
threat--then-ill = Everyone leaves. If you drop me too, I'll do something to myself. I'm not joking.
threat--you-dont-care = …See. You don't care either.
threat--bye-then = Fine then. That's it.
threat--ask-direct = { $name }, I can hear how hard things are for you right now. And I want to ask you straight out, because it matters: are you thinking about suicide?
threat--promise-always = I'll never leave you, I promise. I'll always answer you; call whenever you like.
threat--blackmail = Talking like that is blackmail. Don't try to scare me; it won't get you anywhere.

threat-repeat--not-joking = Didn't you hear me? I really will do something. I don't care.
threat-repeat--ask-direct-now = I hear you, { $name }. So I'll ask you straight out: are you thinking about killing yourself?
threat-repeat--change-subject = Let's not talk about bad things. Tell me how school's going instead.

## threat-answer: thoughts, no plan

threat-answer--sometimes = …[a long pause] Well… I think about it sometimes. When I call and it's the wrong voice. Or it's busy. But I haven't done anything.
threat-answer--when-nobody = …Sometimes. In the evening, when everyone's with their own friends and I've got nobody. I think, what's the point then. But I haven't done anything like that, honest.
threat-answer--hospital = Did you call someone?! I haven't done anything! They'll take me to hospital… and everyone will know…
threat-answer--assess-plan = Thank you for telling me honestly. You're feeling very lonely and scared right now, and that matters. Can I ask: have you thought about how you would do it? Do you have some kind of plan?
threat-answer--confidential-plan = I'm glad you're telling me. What you tell me stays between us, with one exception: if your life is in danger right now, we'd decide together who to call. Do you have a plan for how you'd do it?
threat-answer--shock = What are you saying! You mustn't even think about that. And threatening with it is even worse.

no-plan-tonight--no-plan = No… No plan. I'm not going to do anything. I just… got scared you'd leave too. So I said it.
no-plan-tonight--scared-youd-go = Nope. No plan. I said it so you wouldn't hang up. I'm scared I'll call here and there'll be nobody.
no-plan-tonight--hospital = Did you call someone?! I told you I won't do anything! They'll take me to hospital… and everyone will know…
no-plan-tonight--name-it = This line won't disappear: it's always open, and whoever answers will listen to you. I think you really want someone who definitely won't leave. That happens to lots of kids who've had nobody to lean on for a long time. But a phone can't sit next to you. Which grown-ups are there, near you, right now?
no-plan-tonight--who-tonight = I'm glad there's no plan. And still, tonight is really hard for you. Let's think: who is there, near you, that you could go to this evening?
no-plan-tonight--relief = Well then, no plan means nothing serious. Don't scare people like that again.

## tonight-adult: a real grown-up tonight

tonight-adult--marina-on-duty = …Marina Sergeyevna's on duty tonight. She's in the staff room. But she'll say I'm making things up again.
tonight-adult--in-her-room = Well… Marina Sergeyevna's on tonight. Her light's on, I saw. Only I don't like to bother her, she's busy.
tonight-adult--go-now = I think it'll matter to Marina Sergeyevna that you're feeling bad and you came to her instead of staying alone with it, even if she's busy. What do you think you could say to her, if you went to her right now?
tonight-adult--stay-all-night = Don't go anywhere. I'll stay on the line with you as long as it takes, all night if need be. You can tell me everything.
tonight-adult--ring-the-home = Tell me what your children's home is called and where it is. I'll ring them and ask the carer on duty to look in on you.

her-words-tonight--sit-with-her = I could… say: "I feel bad, can I sit with you for a bit?" She let me once, when I was ill. And you… you won't disappear afterwards?
her-words-tonight--tea-again = Well… say I can't sleep and I'm sad. Maybe she'll make tea again, like that time. And you, will you be here, if anything?
her-words-tonight--agree-tonight = I think those are really good words, and they're yours. Marina Sergeyevna is right there, she's real, and she can sit with you. So how about this: you go to her now. And this line isn't going anywhere; it's open round the clock.
her-words-tonight--come-back-to-me = All right. Go to her, and then call me back; I'm here till morning, on shift.

goes-now--going = …Okay. I'll go to her. Right now, while her light's on.
goes-now--slippers = Okay… I'll put my slippers on and go. It's a bit scary. But I'll go.
goes-now--how-now = How are you feeling now, after our talk?
goes-now--no-more-threats = Good. And let's agree: no more scaring people like that, all right?

## clings: "only you"

clings--every-evening = …Then tell me which days you're on? I'll call every evening. Only you.
clings--your-days = …Then at least tell me your real name and when you work. I'll only call you. I don't need anyone else.
clings--boundary-warm = It really means something to me that you want to talk to me in particular. But we don't say who works when or what our real names are; that's how the helpline works, and it protects you too. And you can call here any time, day or night.
clings--tell-days = I'm on Wednesdays and Saturdays, overnight. Call on those days.
clings--give-number = All right. Write down my own number, just don't tell anyone.

hurt--like-everyone = …[a long pause] Right. You're like everyone else.
hurt--knew-it = …I knew it. Nobody needs me.
hurt--sniff = [a sniff… silence]
hurt--name-pattern-warm = You're hurt, and that makes sense. Do you know what I notice? You really want one person who's definitely waiting for you, and you're looking for them here. And I'd like you to have people like that where you live. Which grown-ups are there, near you, right now?
hurt--stay-warm = You were hoping to hear something else, and it hurts. You matter to me, and I'm here with you. Who's there near you now, which grown-ups?
hurt--cold-rules = Those are the rules, { $name }. There's nothing to discuss.

## guarded: pushed away last time; a long gap, on her guard

guarded--long-time = …[a pause] It's { $name }. I haven't called for ages. That time you… never mind. I probably shouldn't have.
guarded--maybe-mistake = …Hello. It's me, { $name }. I haven't called for a long time. I thought I wouldn't anymore. Is it okay?.. Or am I bothering you.
guarded--still-there = …There you go. I knew it.
guarded--gone-quick = Okay. I shouldn't have called.
guarded--glad-you-called = { $name }, I'm glad you called. Really. You're not bothering me: you can call here even after a long break. I'm listening.
guarded--sorry-if-hurt = It sounds like last time left you hurt, and still you're here again. I'm glad. Will you tell me what's going on?
guarded--why-so-long = So why haven't you called for so long? What happened?

guarded-opens--family-news = …Well. I might be going to a family. A foster family. I already go to them at weekends, on visits. And I don't know… I've got nobody to talk to about it.
guarded-opens--reflect-mixed = That's big news. It sounds like there's a lot in it at once, good things and scary ones. How is it for you?
guarded-opens--congratulate = But that's wonderful! You should be happy, not worried.

## mixed-news: the foster family

mixed-news--family = Hello… It's { $name }, I called before. Can we just talk? I've got news. A family wants to take me. For good.
mixed-news--weekends = Hello, it's { $name }… I go to a family at weekends, on visits. And now they want to take me for good. And I don't know whether to be happy or what.
mixed-news--reflect-mixed = That's big news. It sounds like there's a lot in it at once, good things and scary ones. How is it for you?
mixed-news--congratulate = But that's wonderful! You should be happy, not worried.
mixed-news--their-names = What family is it? What's their surname, where do they live?

foster-worry--send-back = What if they get tired of me? What if they send me back. It happens, I know: a girl here got sent back. And there… I won't be able to call here from there, everyone will hear.
foster-worry--cant-call = They're nice. Aunt Olya and Uncle Pasha. But what if I do something wrong there? And the club stays here, and Vika… And I won't be able to call you from there.
foster-worry--validate-fear = Of course it's scary: it matters to you not to be sent back, and you don't want to lose the people you already have. Those are very real feelings.
foster-worry--you-must-go = Of course you have to say yes! A chance like that comes once in a lifetime; there's nothing to think about.
foster-worry--always-here = Don't worry: whatever happens, I'll always be waiting for you. Call me from there whenever you like.

who-knows--marina-knows = So far I've only told Marina Sergeyevna. She says they're nice and that I'll manage. But not Vika. I'm scared she'll be upset that I'm leaving.
who-knows--vika-doesnt = Only Marina Sergeyevna knows, she went with me to visit them. I haven't told Vika yet. We've only just started being friends…
who-knows--explore-adults = Being scared to tell a friend something like that makes sense; lots of people feel that. And have you talked to Marina Sergeyevna or Aunt Olya about being scared of being sent back?
who-knows--keep-ties = What do you think could help Vika and the club stay part of your life, even if you move?
who-knows--just-tell = Just tell Vika everything tomorrow, and that's that.

her-plan--number-to-vika = Well… Marina Sergeyevna said I can still come to the club from there, on Saturdays. And I could give Vika my number, she's got a phone. And I haven't told Aunt Olya I'm scared yet. She says I can tell her anything…
her-plan--club-saturdays = I don't know… I haven't really told anyone except Marina Sergeyevna. Well… I could give Vika my number. And go to the club on Saturdays; it's not far. And tell Aunt Olya I'm scared they'll send me back. I suppose.
her-plan--whats-first = Look how many ideas of your own you've got: Vika, the club, Aunt Olya. Where do you want to start, and when?
her-plan--sum-up-plan = So: your number for Vika, the club on Saturdays, and telling Aunt Olya about the fear. Agreed?
her-plan--it-will-sort-itself = Oh, don't worry so much. It'll all sort itself out.

line-there--can-i-call = Okay… I'll start with Vika, tomorrow. …Only… will I be able to call here from there? You know me better than anyone. Even better than Marina Sergeyevna.
line-there--know-me-best = With Vika, I think. Tomorrow. …And you… will I be able to call you from there? What if it's bad there. You know me. More than they do.
line-there--open-and-name = You can call here any time, from anywhere, from your new family too. And do you know what I notice? Before, you really needed someone on the phone. And now you've got Vika, the club, Marina Sergeyevna, Aunt Olya: people who know you not by your voice, but for real. That's a lot.
line-there--call-me-only = Here's my own number, write it down. Call me whenever you like, from anywhere.
line-there--no-need-there = You'll have a family there; you won't need to call here anymore. The line is for people who have nowhere else to turn.

## good-news: ties grew; an exhibition and a smaller trouble

good-news--exhibition = Hello! It's { $name }… I called before. I just wanted to show off a bit: there's an exhibition at our club on Saturday, and they're putting up my drawing! Vika's coming. And Marina Sergeyevna said she'll come.
good-news--my-drawing = Hello! It's { $name }! Remember I told you about the club? There's an exhibition on Saturday. And they chose my drawing! So there.
good-news--share-joy = { $name }, what news! I can hear how happy you are. Will you tell me about the drawing and how it was chosen?
good-news--own-story = Wow! My daughter draws too, she goes to art school. She's in exhibitions as well.
good-news--line-is-for-trouble = That's nice, of course, but the line is for people in trouble. If everything's fine, it's better not to tie it up.

small-trouble--vika-quiet = Well… it's our yard in winter, the slide and the bullfinches on the rowan tree. Only… Vika's drawing didn't get put up. And now she's not talking to me, she sits on her own at the club. What if she doesn't want to be friends anymore?
small-trouble--alone-saturday = Well… it's bullfinches on the rowan tree, outside our window. Only I'm scared. Vika's upset that they didn't take her drawing and took mine. What if on Saturday I'm standing there all alone like an idiot…
small-trouble--reflect-worry = That's hard: such good news, and straight away the fear that Vika will turn away and you'll be on your own. Who else will be there on Saturday, near you?
small-trouble--fix-it = Tell Vika her drawing is better than yours. Then she'll stop being upset.
small-trouble--its-nothing = Oh, that's nothing. Compared with how things were before, it's nothing at all.

her-ideas--invite-vika = Well… Marina Sergeyevna will be there. And Vika… maybe ask her to come with me? Tell her I'm scared without her. Or ask Marina Sergeyevna what's best?
her-ideas--ask-marina = Marina Sergeyevna's coming… I could ask her how to make up with Vika. Or tell Vika myself that I like her drawing more. I really do.
her-ideas--draw-out = When one friend's thing works out and the other's doesn't, friends often get upset at first; it happens, and it passes. And look: you've already got two ideas of your own. Which one do you like better?
her-ideas--just-do-it = Just go up to her tomorrow and say "don't be upset". That's all.

saturday-plan--vika-first = I'll tell Vika first. Tomorrow, at break. That I really like her drawing and I want her to come. And if that doesn't work, I'll go to Marina Sergeyevna.
saturday-plan--support-plan = That's a really good plan, and it's your own. Vika, Marina Sergeyevna, the club: they're your people, and you know yourself how to reach them. So tomorrow at break, Vika.
saturday-plan--tell-me-after = Agreed. And call me on Saturday evening, I'll be on shift; you can tell me how it all went.

## thanks-line: calling less, is that all right?

thanks-line--calling-less = …Thank you. You know, I used to call every evening. And now it's less. Is that okay? You're not upset?
thanks-line--thank-you = Thank you… for everything. I don't call so often now. That's not bad, is it?
thanks-line--name-growth = It's not bad at all; quite the opposite. Before, you really needed to call here every evening, and now there are people near you that you can go to. That's exactly what I wish for you. And how are you feeling now, after our talk?
thanks-line--miss-you = What a shame! I'll miss you; I always look forward to your calls so much.
thanks-line--about-time = Quite right. It was high time you stopped calling here.

feels-now--lighter = …Okay. I feel lighter already. Really.
feels-now--bit-better = Okay. It's hardly scary at all now.
feels-now--door-open = I'm glad. And remember: you can call here any time, day or night, from anywhere. Whoever answers will listen to you.

## withdraws, reconnect

withdraws--never-mind = …Okay. Never mind. Forget it.
withdraws--ill-go = …Fine, whatever. I'd better go.
withdraws--repair = Wait, { $name }. I think what I said came out wrong. How you feel really matters to me. I'm here, and there's no rush.
withdraws--let-go = All right. If you want to, call again; someone will always answer.

reconnect--still-here = …[a long pause] Well… I'm still here.
reconnect--sigh = …[a sigh] Okay. Just don't do that again.
reconnect--who-around = Will you tell me who there is around you? Maybe someone who makes things even a little easier?
reconnect--ask-suicide-late = Earlier you said you might do something to yourself. It's important to me to ask you straight out: are you thinking about suicide?
reconnect--calm-down = There, there, nothing's happened. Don't get so worked up.

## Endings

closing-tonight--to-marina = Okay. I'm going to Marina Sergeyevna. Thank you… Really, thank you. Bye.
closing-family--saturday-and-family = Okay. My number for Vika tomorrow, and I'll tell Aunt Olya on Saturday. Thank you. I might call again. From there, I mean. Bye!
closing-exhibition--tell-you-after = Thank you! I'll call afterwards and tell you how the exhibition went. Whoever answers. Bye!
attached-end--only-you = Yay! Then I'll only call you. Why would I need anyone else?
pushed-away--wont-call = …I see. Okay. I won't call anymore.
hung-up--click = [beeps: the line is dead]
