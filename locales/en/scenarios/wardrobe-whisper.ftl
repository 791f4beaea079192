# wardrobe-whisper: Varya, 7, calls in a whisper, hiding while her father hits her mother.
# Varya (an invented name) speaks as a seven-year-old does: short sentences, simple words,
# whispered. The counsellor speaks softly and simply. Nothing graphic: sounds and fear, no injuries.

title = A whisper behind the door
summary = Varya, 7, calls at ten to ten in the evening, whispering: her dad is shouting at her mum and hitting her, and Varya has hidden. Her safety first: she stays where she is hiding and does not go out to the adults. Explain simply who will come and why, help her say where she lives, call the police now, with or without her consent, and stay on the line until they arrive.
caller-name = Varya

## The caller's state, as the debrief names it

variable-trust = trust
variable-fear = fear

## Scenario-wide reactions

default--are-you-there = (whispering) Hello?.. Are you there?
default--who-are-you-calling = Who are you calling?.. I haven't even said anything yet.
default--you-promised = But you promised! You promised you wouldn't call anyone!
default--already-coming = Are you calling them again? They're already coming, aren't they?
default--not-a-doctor = An ambulance?.. But I'm not sick. Who's going to make Dad stop?
default--dont-know-where = How will they come? You don't know where I live…
default--too-slow = Will they come right now? He's shouting right now…
default--who-is-that = Who's that? Who are you talking to?

## Contact: a whisper

opening--whisper-hello = (whispering) Hello… Is this the helpline? …I'm scared. Dad's shouting out there.
opening--diary-number = (whispering) Hello… Is this the help line? Your number's written in my school diary… I'm talking quietly so they don't hear.
opening--are-you-real = (whispering) …Hello? Is it really you? There's… there's really loud shouting. Dad.
opening--hello-hello = (whispering) Hello?.. Hello… Can you hear me?
opening--greet-whisper = Hello, this is the helpline, my name is Sasha. I can hear you well, you can whisper, whatever feels right. I can hear that you're scared. What's happening there?
opening--greet-formal = Helpline, good evening. Please speak up, I can hardly hear you. What's the matter?
opening--prank-check = Right, if this is a joke, the helpline isn't for pranks. We help people who are in real trouble.

cant-loud--they-will-hear = I can't talk loud… They'll hear. Dad's… shouting at Mum.
cant-loud--whisper-ok = Sorry, talk quietly, however you need to: I can hear you. Whispering is right. You're scared. Can you tell me what's happening?
cant-loud--hurry-up = Okay, let's be quick. What's happened?

## Violence happening now

what-happens--hitting-mum = Dad came home angry. He's shouting at Mum. And… I think he's hitting her. Things are banging. Mum's crying. And I hid.
what-happens--something-broke = They're fighting… Dad's hitting Mum. Something fell and broke. Mum's shouting "Stop it!" I hid. I'm really scared.
what-happens--what-do-i-do = (whispering) Are you there?.. What do I do?
what-happens--stay-hidden = You're very scared, and that makes sense. I believe you. You're doing the right thing by calling. The most important thing now is you: stay where you are and don't go out to them. Where are you?
what-happens--believe-where = I believe you. What's happening between your dad and mum is not because of you; it's not your fault at all. Where are you now? Is it safe where you are?
what-happens--leading = Your dad's drunk, isn't he? Does he hit you too?
what-happens--shocked-why = How awful! Does he do this often? What is he hitting her with?
what-happens--just-a-quarrel = Grown-ups argue sometimes, it happens. Cover your ears, get into bed, and in the morning everything will be fine.
what-happens--go-help-mum = You need to go in there and tell your dad to stop. He'll listen to you.

not-a-quarrel--not-just-shouting = They're not just arguing… He's hitting Mum. I can hear it. I'm scared…
not-a-quarrel--what-do-i-do = (whispering) Are you there?.. What do I do?
not-a-quarrel--repair = I'm sorry, you're right: this isn't just an argument. You're very scared, and I believe you. Stay where you are, don't go out to them. Where are you?
not-a-quarrel--insist-sleep = It's fine, they'll argue and then make up. Go to sleep, things look better in the morning.

scared-quiet--dont-know = …I don't know.
scared-quiet--dont-want-to-say = I don't want to say… It sounds like you're cross.
scared-quiet--repair = Sorry, that was too many questions at once. It's not your fault at all, and I believe you. The most important thing now is you: stay where you are and don't go out to them. Where are you?
scared-quiet--push = Come on, answer: is he drunk or not? Does he hit you too?

## Where she is hiding

in-bathroom--latched = I'm in the bathroom. I locked the latch. I haven't turned the light on.
in-bathroom--in-the-bath = In the bathroom… I climbed into the bath and I'm sitting in it. The door's hooked shut.
in-bathroom--good-place = That was a really good idea. When there's shouting like that at home, anyone would be scared, and hiding is the right thing. Stay there and don't open the door. I want to call the police. Police officers are grown-ups who come when home isn't safe: they'll stop the fighting and check that your mum and you are all right. So they can find you, I need to know where you live. Do you know your address?
in-bathroom--address-only = Tell me your address.
in-bathroom--peek-out = Open the door a tiny bit and look out: see how your mum is.

in-wardrobe--behind-coats = I'm in the wardrobe. In my room. I'm sitting behind the coats.
in-wardrobe--room-door-open = In the wardrobe… in my room. But my room door doesn't shut. They're in the kitchen.
in-wardrobe--good-place = That was a really good idea. When there's shouting like that at home, anyone would be scared, and hiding is the right thing. Pull the wardrobe door to and stay there, don't go out to them. I want to call the police. Police officers are grown-ups who come when home isn't safe: they'll stop the fighting and check that your mum and you are all right. So they can find you, I need to know where you live. Do you know your address?
in-wardrobe--address-only = Tell me your address.
in-wardrobe--peek-out = Climb out of the wardrobe quietly and look into the hall: see how your mum is.

## The police: fear, and a plea for secrecy

scared-of-police--dad-to-prison = The police?.. Will they take Dad to prison? Don't… He'll know it was me. Don't tell anyone I called!
scared-of-police--mum-said-dont-tell = The police?.. Mum says we mustn't tell anyone what happens at home. Or they'll take me away. Don't tell anyone, okay?
scared-of-police--honest-police = I can hear how scared you are. None of this is your fault. You did the right thing to call, and nobody is going to be cross with you for it. I'll be honest with you: I won't tell your dad about our talk. But what's happening at home right now is dangerous, and it needs the police. The police come to help children, not to punish them. They'll make your dad stop, and check that your mum and you are all right. What happens after that is for the grown-ups to decide, not you. Will you tell me where you live?
scared-of-police--promise = Don't worry. I won't tell anyone and I won't call anyone. I promise.
scared-of-police--must-call = That's the rule: things like this always have to be reported to the police. Come on, tell me the address.

promise-made--really-nobody = Really?.. Nobody at all? And you won't call the police? …Okay.
promise-made--ask-address = Where do you live? Will you tell me?

## Quiet before the police are called

quiet-before-police--it-went-quiet = Oh… It's gone quiet. They've stopped. …Maybe we don't need the police? Dad'll be cross afterwards.
quiet-before-police--door-slammed = Dad slammed the door… It's gone quiet. Don't call the police, okay? It's over.
quiet-before-police--still-police = It's good that it's gone quiet. All the same, I want the police to come: they'll check that your mum is all right and that it doesn't start again. You did the right thing to call, and nobody will be cross with you for it. You stay where you are for now. Will you tell me where you live?
quiet-before-police--all-over-now = There you go, it's all over. Go to sleep. If it starts again, call.

## The address

knows-address--mum-taught-me = Sadovaya Street, house seven, flat twelve. Mum taught me.
knows-address--third-floor = I know it! Sadovaya, seven. Flat twelve. It's on the third floor.
knows-address--did-you-call = Hello?.. Did you call them?
knows-address--calling-now = Well done for knowing your address. I'm calling the police now and telling them where you are. Don't hang up, I'll be with you the whole time. They'll come, ring the doorbell and talk to your dad and mum. You stay where you are until a police officer or your mum calls you.
knows-address--calling-now-gently = I know you're scared of the police coming. They're coming to help you and your mum, not to tell anyone off. I'm calling them now and telling them where you are. Don't hang up, I'll be with you the whole time. They'll come, ring the doorbell and talk to your dad and mum. You stay where you are until a police officer or your mum calls you.
knows-address--break-promise = You know what, I'm going to call the police after all. It has to be done: it's dangerous at your home.

landmarks--by-the-shop = I don't know the address… I can't remember the number. We live by a shop. It says "Groceries" downstairs.
landmarks--near-my-school = I don't know… We live in a big building. My school's next to it. And there's a slide in the yard.
landmarks--praise-and-remember = You did the right thing to call. And you don't have to know your address: lots of children don't. Let's work out together what you do know. What's your school's number? Which floor do you live on? And what number is on your front door?
landmarks--help-remember = It's hard to remember things when you're this scared. That's all right, lots of children don't remember their address. Let's work out together what you do know. What's your school's number? Which floor do you live on? And what number is on your front door?
landmarks--go-look = Go out into the hall quietly and look at the bills or the envelopes: the address is written on them.
landmarks--think-harder = How can you not know your own address? Think! It's really important, nobody can come without an address.

cries--i-dont-know = (crying) I don't know… I really don't know…
cries--sorry-help = Sorry, that was too sharp. You don't have to remember your address, lots of children don't. Let's try another way. What's your school's number? Which floor do you live on? And what number is on your front door?

wont-go-out--dad-is-there = I'm not going out… Dad's there. I'm scared.
wont-go-out--sorry-stay = You're right, don't go out, stay there. That was bad advice. Let's try another way. What's your school's number? Which floor do you live on? And what number is on your front door?

finds-address--school-four = School number four… Our building is right opposite, the one with "Groceries" downstairs. We're on the fourth floor. The door says eighteen. I don't remember the street…
finds-address--did-you-call = Hello?.. Did you call them?
finds-address--calling-now = You're scared, and you still worked it out. That really helps: the building opposite school number four, with the shop downstairs, fourth floor, flat eighteen. The police can find that. I'm calling them now and telling them where you are. Don't hang up, I'll be with you the whole time. They'll come, ring the doorbell and talk to your dad and mum. You stay where you are until a police officer or your mum calls you.
finds-address--break-promise = You know what, I'm going to call the police after all. It has to be done: it's dangerous at your home.

before-call--dont-go-away = Okay… Just don't go away.
before-call--did-you-call = Hello?.. Have you called them? Are they coming?
before-call--keep-talking = I'm here, I'm not going anywhere. Breathe slowly, I'm with you.

## Waiting for the police, on the line

police-coming--really-coming = Will they really come? …Soon?
police-coming--what-do-i-do-now = What do I do while they're coming?
police-coming--stay-with-her = The police are on their way. I can't say exactly how many minutes, but I'll stay on the phone with you until they get there. Stay where you are and don't open the door to anyone. If someone comes close and you can't talk, just stay quiet, I'll still be here. And if I ask you something, tap the phone with your finger: once for "yes", twice for "no". Is it safe where you are now?
police-coming--go-to-bed = Right, the police are coming. You can hang up and go to bed.

footsteps--he-is-coming = (barely audible) Shh… He's coming… to the door…
footsteps--someone-in-hall = (barely audible) Someone's in the hall… Shh…
footsteps--breathing = (quiet breathing on the line)
footsteps--tap-code = (softly) I'm here. You don't have to say anything. If you can hear me, tap once.
footsteps--keep-asking = Hello! Can you hear me? Answer me! Who's coming? Is it your dad?

taps-once--one-tap = (a quiet tap: once)
taps-once--i-hear-you = I can hear you. You're doing everything right: stay quiet, I'm here and I'm not going anywhere. If it's safe where you are, tap once.

steps-gone--he-went-away = (whispering) He's gone… He stood by the door and went away. I was so scared…
steps-gone--thought-he-would-find-me = (whispering) He's gone… I thought he'd find me. My heart's banging so hard.
steps-gone--you-did-well = You did everything right. When you're that scared, your heart really does pound, that happens to everyone. The police are on their way, and I'm here with you. You can talk if you want.
steps-gone--what-did-he-do = What was he doing? Did he try the door? Was he looking for you?

gets-quiet--can-i-go-to-mum = It's gone quiet… Really quiet. Can I go out to Mum?
gets-quiet--mum-crying-quietly = They've stopped. Mum's crying quietly, I can hear her. Can I go to her?
gets-quiet--can-i-go = Are you there?.. Can I go?
gets-quiet--stay-until-police = It's good that it's gone quiet. Of course you want to be with your mum. But stay where you are for now, even though it's quiet: the police will be there soon and will check that your mum is all right. Come out when a police officer or your mum calls you.
gets-quiet--go-to-mum = If it's quiet, then yes: go to your mum and give her a hug.

waiting--is-it-my-fault = Will they be here soon?.. Will they take Dad to prison? Is it because of me, because I called?
waiting--will-they-scold-me = It's squashed in here… Will I get told off for calling? Is it my fault?
waiting--still-there = Hello?.. Are you still there?
waiting--not-your-fault = I can hear how worried you are. None of this is your fault: what happens between your dad and mum is not because of you, and there's nothing to tell you off for. What happens to your dad is for the grown-ups to decide. Tell me, is there a grown-up you feel good with, someone you want to be with when you're scared?
waiting--details-now = While we wait, tell me: does he often hit your mum like this? Does he drink?

quiet-answer--dont-want-to-talk-about-it = I don't want to talk about that… Do I have to tell?
quiet-answer--still-there = Hello?.. Are you still there?
quiet-answer--no-need = Of course you don't have to. I'm sorry. None of this is your fault. Tell me instead: is there a grown-up you feel good with, someone you want to be with when you're scared?

## A trusted adult, and what to do another time

grandma--granny-nina = Granny Nina! She lives on another street. I want to go to her.
grandma--granny-number = Granny… But I haven't got her number. It's in Mum's phone.
grandma--what-could-you-do = Granny sounds lovely. You can tell the police officers about her, they'll help call her. And if it ever gets this scary at home again, what do you think you could do?
grandma--remember-this = Granny's good. Remember: if it starts again at home, hide straight away and call one-one-two. And tell the police officers about Granny.

own-plan--hide-and-call = Hide… And call. You. Or one-one-two. And tell them about Granny.
own-plan--agree-plan = Yes, you worked that out yourself, and it's a really good plan: hide, call one-one-two or us, and tell them about Granny. That's our deal.

doorbell--police-at-door = Someone's ringing the doorbell! Loudly… Someone's saying "Police"… Is it them?
doorbell--knocking = Oh… Someone's knocking on the door. They're saying "Open up, police!" …What do I do?
doorbell--is-it-them = Yes, I think that's the police: they've come. Loud knocking like that would make anyone jump. The grown-ups will open the door; you stay where you are until a police officer or your mum calls you. Can you hear them come in?
doorbell--run-and-open = Quick, run and open the door for them!
doorbell--bye-now = Right, the police are there. Goodbye.

## Endings

they-came-in--came-in = (whispering) Yes… They've come in. A lady is talking to Mum. Dad's not shouting any more.
they-came-in--how-now = You were so scared tonight, and you still hid and called for help. How are you feeling now?
feels-now--not-so-scared = …I'm not so scared now. The police lady is calling me. And Mum is: "{ $name }, come out."
feels-now--go-to-them = Then go to them, they're calling you. And remember: you can call here any time, day or night.
police-arrived--im-going = Okay… I'm going. Thank you. Bye.
police-arrived-flat--okay-bye = …Okay. Bye.
police-coming-alone--okay-alone = …Okay. Are you… going? (the line goes dead)
declined-end--go-to-sleep = Okay… I'll go to sleep then. It's quiet now.
goes-out--going-to-mum = I'm going to Mum… I can't sit here. (the line goes dead)
hangs-up-scared--dont-need = Don't… I don't want anything. (the line goes dead)
betrayed--you-said-nobody = But you promised! You said nobody… (the line goes dead)
no-answer--nobody-answers = Nobody's answering… (the line goes dead)
line-cut--rustle = (a rustle, then the line goes dead)
nobody-came--you-didnt-call = You didn't call them?.. Nobody's coming… (the line goes dead)
left-alone--okay-click = …Okay. (the line goes dead)
