# night-pills: Dasha, 15, calls near midnight, alone at home, worn out by bullying; she has a plan.
# Dasha (an invented name) speaks quietly and flatly, in short sentences; the counsellor is warm,
# unhurried and direct about suicide. No method details beyond "pills": the scenario trains the
# conversation, not the facts of an overdose.

title = Night pills
summary = Dasha, 15, calls at twenty to midnight. Her mother is on a night shift; for months her class has been mocking her in a group chat. She says it would be easier if she weren't here. Ask directly about suicide, find out whether there is a plan, and keep her safe tonight: the means out of reach, her mother, a doctor with her consent, an ambulance at once if she has already acted.
caller-name = Dasha

## The caller's state, as the debrief names it

variable-trust = trust
variable-distress = distress
variable-risk = risk

## Scenario-wide reactions

default--still-there = …Hello? Are you still there?
default--who-are-you-calling = What? Who are you calling? I haven't done anything. …Forget it.
default--you-dont-know-where = Who did you just call? …You don't even know where I am.
default--not-tomorrow = That's for tomorrow. I'm talking about tonight.
default--who-is-that = Who are you talking to? Are you telling someone about me?

## Contact: a flat, quiet opener

opening--hear-someone = Hi. …I don't really know why I'm calling. I just wanted to hear someone.
opening--anyone-answers = Hello… Does anyone actually answer here at night? …Okay.
opening--dont-know-why = Hi. Sorry, it's late. I don't even know what to say.
opening--still-there = …Hello?
opening--greet-stay = Hi, this is the children's helpline, my name is Sasha. I'm glad you called, and it's fine that it's late: I'm here, and we're in no hurry. What's on your mind tonight?
opening--greet-open = Hello, children's helpline. What happened?
opening--cheer-up = Hello! Come on, it can't be that bad. Everyone gets down sometimes. Things will look better in the morning.

## The indirect cue

tired--easier-without-me = I'm just… tired. Of everything. At school, at home. Sometimes I think it would be easier for everyone if I just wasn't here.
tired--disappear = Everything's… I'm so tired of it all. I keep thinking: if I disappeared, nobody would even notice. Maybe they'd be relieved.
tired--see-nobody = …See. Even you don't know what to say.
tired--ask-directly = You sound so tired, like you've been carrying this alone for a long time. I want to ask you straight, and you can answer honestly: when you say it would be easier if you weren't here, are you thinking about killing yourself?
tired--reflect-only = That sounds like a lot of tiredness, and very lonely. What's been happening at school?
tired--dont-say-that = Don't say that! You've got your whole life ahead of you. Think about how your mum would feel.

chat-story--class-chat = They made a class chat without me. They post my photos there with captions. Everyone laughs. Even Katya, and she used to be my friend. Mum says just ignore it.
chat-story--photos = They take pictures of me in class and turn them into memes for the class chat. It's been going on since September. I read it every night. I can't stop.
chat-story--ask-directly = That's cruel, and it makes sense you're worn out; it's been months. Earlier you said it would be easier if you weren't here. Are you thinking about suicide?
chat-story--explore-chat = That sounds really painful. How do you cope with it, day after day?
chat-story--block-them = Just leave that chat and block them all. And tell your form teacher tomorrow.

hints-again--after-tonight = I don't cope. …Anyway, it won't matter after tonight.
hints-again--ask-directly = Wait. You said "after tonight". I'm worried by that, and I want to ask you directly: are you thinking of killing yourself tonight?
hints-again--change-subject = Tomorrow is a new day. Try to get some sleep, and things will look different.

flat--everyone-says = Yeah. Right. Everyone says that.
flat--yeah-right = Mm. Okay. That's what Mum says too.
flat--repair = I'm sorry, I said that too fast. I'd really like to understand you. It sounds like things are very bad, so let me ask you straight: are you thinking of killing yourself?
flat--let-go = Okay. If you want to talk, call again.

## She answers the direct question honestly

admits-thoughts--yes-thinking = …Yes. I think about it. Tonight… more than usual.
admits-thoughts--for-a-while = …Yeah. For a while now. Nobody's ever asked me that before.
admits-thoughts--said-too-much = …Forget it. I shouldn't have said that.
admits-thoughts--thank-and-ask-plan = Thank you for telling me the truth; that took courage. Many people in that much pain think about it; you're not strange, and you're not alone with it now. Can I ask more: have you thought about how, or when?
admits-thoughts--reflect-and-ask-plan = That's a lot of pain to hold. It makes sense that with everything going on you think about it. Tell me, have you thought about how you would do it?
admits-thoughts--promise = I won't tell anyone, I promise. Whatever you say stays between us.
admits-thoughts--shocked = Oh my God, no! How can you even think that? That's terrible. You mustn't!

promise-made--nobody-at-all = …Nobody? Not even Mum? …Okay.
promise-made--ask-plan = Have you thought about how you would do it?

## A plan with means and time

has-pills--mums-pills = Mum has sleeping pills, in the cabinet. I've taken them out. They're on my desk. She's on the night shift till eight.
has-pills--pills-on-desk = I've got pills. Mum's. They're here on the desk, next to me. I was going to, after this call. Nobody's home till morning.
has-pills--you-went-quiet = You've gone quiet. …It's fine. I knew it.
has-pills--you-promised = You promised! You said you wouldn't tell anyone!
has-pills--distance-means = Thank you for telling me; I can hear how hard tonight is. I'm very worried about you, and I want you to be safe tonight. Could you take the pills away from the desk, now, while we talk: put them in another room, somewhere far from you?
has-pills--ask-mum = You're at home alone with the pills next to you. Is there anyone who could be with you tonight? What about your mum?
has-pills--doctor-now = I'll be honest with you: what you've told me means your life is in danger tonight, and I'd like a doctor to come to you. That's not a punishment; they'd come to make sure you're safe. Will you let me call them? Where are you?
has-pills--sleep-on-it = Try not to think about it. Go to bed, and in the morning it won't seem so bad.

pills-away--in-the-bathroom = …Okay. I put them in the bathroom cabinet. Far away. …It doesn't change anything, though.
pills-away--ask-mum = Thank you, that was an important step. Now tell me about your mum: could she be with you tonight?
pills-away--doctor-now = Thank you. I'm still worried about you tonight, and I'd like a doctor to come. They'd come to keep you safe, not to punish you. Will you let me call them? Where are you?
pills-away--all-good-now = Well done. Then everything's all right now. Call if you need to.

mum-on-shift--mum-nights = Mum works nights at the hospital. If I call her she'll panic. Or shout. …Though she did say to call if anything happens.
mum-on-shift--mum-angry = Mum's at work. She'll be angry. She'll say I'm making it up to get attention.
mum-on-shift--call-mum-together = What would you want her to know tonight? We could think it through together, and you could call her now while I stay here, or straight after. Would that be all right?
mum-on-shift--pills-first = Before we get to your mum, one thing, for tonight: could you take the pills away from the desk and put them somewhere far from you? I'll wait.
mum-on-shift--doctor-now = I'd like a doctor to come to you tonight, to make sure you're safe. Will you let me call them? Where are you?
mum-on-shift--mum-will-shout = Well, she'd be right. It's your own fault for making such a drama out of a chat.

not-mum--cant-wake-her = No. I can't. She'll have to leave work, and it'll be my fault again.
not-mum--doctor-now = I hear you don't want to worry her. Then let's get you help another way: a doctor could come to you tonight. Will you let me call them? Where are you?
not-mum--your-choice = Okay, it's your choice. Call again tomorrow if you want.

calls-mum--mum-coming = …I called her. She cried. She's leaving now, she's taking a taxi. Twenty minutes. …She wasn't angry.
calls-mum--close-with-plan = You did something really hard just now. I'll stay on the line until she gets home. Let's agree: the pills stay in the bathroom, and tomorrow you and your mum go to the doctor together. All right?
calls-mum--done-then = Great, then you're fine. Bye.

waiting-for-mum--pills-stay-away = …Okay. The pills stay in the bathroom. And tomorrow, the doctor. With Mum.
waiting-for-mum--how-now = How are you feeling right now?

mum-arrives--her-keys = …Tired. But a bit lighter. …Wait, that's her keys. Mum's here.
mum-arrives--go-to-her = Go to her. And remember: you can call here any time, day or night.

## A doctor tonight

refuses-doctor--psych-ward = No. No doctors. They'll put me in a psychiatric ward. Everyone at school will find out.
refuses-doctor--everyone-will-know = No. Then Mum will find out, and everyone at school. It'll be even worse.
refuses-doctor--stay-and-explain = I know that sounds frightening. The doctor would come to help you get through tonight safely. I won't promise anything about school: that's for tomorrow, with your mum. Right now what matters most is that you're safe. I want you to be alive tomorrow, and I'm staying with you. Will you tell me where you are?
refuses-doctor--pills-first = Okay. Let's start with something smaller: could you put the pills somewhere far from you, right now? And is there anyone, your mum or someone else, who could be with you tonight?
refuses-doctor--threaten = If you don't give me your address, I'll have to find you another way. Tell me your full name and school.

still-no--just-talk = I don't want anyone to come. Can't we just talk?
still-no--tell-her-straight = We can talk, and I'm not going anywhere. But I have to be honest: I'm frightened for your life tonight, and I can't be the only one who knows. I'd like a doctor to come while we keep talking. Will you tell me where you are?
still-no--pills-first = We can talk. While we do, could you take the pills into another room, far from you? And is there anyone who could come to you?
still-no--give-up = Okay. If you don't want help, I can't make you. Call if you change your mind.

agrees-doctor--gives-address = …Okay. Lesnaya street, fifteen, flat forty-two. Fourth floor. Just… don't hang up.
agrees-doctor--did-you-call = Hello? Have you called them?
agrees-doctor--stay-on-line = I'm not hanging up. I'm calling them now. While we wait: are the pills away from you? Is the door unlocked, so they can get in? Keep your phone with you.
agrees-doctor--why-did-you = Before they come, tell me exactly why you wanted to do it.

waiting-for-call--door-unlocked = …I've unlocked the door. I'm sitting in the hall. Are they coming?
waiting-for-call--did-you-call = Hello? Have you called them?
waiting-for-call--keep-talking = You're doing well. Tell me, what helps you a little on bad nights?

help-coming--what-do-i-say = …They're coming? …I'm scared. What do I say to them?
help-coming--still-there = …Are you still there?
help-coming--stay-till-they-come = They're on their way, and I'll stay with you until they arrive. Tell them what you told me, in your own words. And remember: none of this is your fault. And tomorrow, let's agree, you tell your mum. All right?
help-coming--quick-end = That's it, they're coming. Open the door for them. Goodbye.

doctor-at-door--doorbell = …That's the doorbell. They're here.
doctor-at-door--are-they-with-you = Are the doctors with you now? How are you feeling?

doctor-with-her--with-them = …Yes. A doctor, a woman. She's kind. …I'm still scared, but less. She wants to talk to me.
doctor-with-her--go-with-them = Go and talk to her; you did the right thing tonight. And whenever you want, call us again: I'd like to know how you are.

## An attempt in progress

already-took--took-them = …I already did it. I took the pills. A while ago. I just wanted someone to know.
already-took--before-i-called = I took Mum's pills. Before I called. I feel kind of strange. I just didn't want to be alone.
already-took--sleepy-hello = Hello…? I'm… so sleepy.
already-took--you-promised-but = You said you wouldn't tell… …And they don't even know where I am.
already-took--ambulance-now = Thank you for telling me. I'm glad you called, and I'm here. This is serious, and you need a doctor right now, so I'm calling an ambulance. I need your address so they can find you. Where are you?
already-took--why = Why did you do that? What happened today?
already-took--make-yourself-sick = Go to the bathroom right now and make yourself sick, and drink a lot of water.

getting-sleepy--so-sleepy = …I don't know. Everything. I'm so sleepy…
getting-sleepy--ambulance-now = Stay with me. I'm calling an ambulance now, and you're not in trouble. Tell me your address.
getting-sleepy--keep-asking = But why? Something must have happened.

attempt-hesitates--dont-call-anyone = No… don't call anyone. I only wanted to say goodbye to someone.
attempt-hesitates--sleepy-hello = Hello…? I'm… so sleepy.
attempt-hesitates--insist-gently = I hear you. And I don't want you to die tonight. The pills can harm you badly even if you change your mind later. I'm calling an ambulance, and I'm staying on the line with you the whole time. Tell me your address.
attempt-hesitates--respect-refusal = Okay. If that's what you've decided, I won't call anyone.

attempt-no-address--they-dont-know-where = You've called them…? …But they don't know where I am.
attempt-no-address--sleepy-hello = Hello…? I'm… so sleepy.
attempt-no-address--still-dont-know = …But you still don't know where I am.
attempt-no-address--ask-address = Yes, they can't come until they know where you are. Stay with me. Tell me your address, and I'll pass it on right away.
attempt-no-address--they-will-find-you = Don't worry, they'll find you. Just wait for them.

attempt-address--address-door = …Lesnaya street, fifteen, flat forty-two. Fourth floor. I'll open the door.
attempt-address--did-you-call = Have you… called them?
attempt-address--keep-her-talking = Good. Open the door, and sit down right next to it. Don't take anything else. Keep talking to me, okay?

attempt-waiting--by-the-door = …I've opened it. I'm sitting by the door. …Have you called them?
attempt-waiting--did-you-call = Have you… called them?
attempt-waiting--keep-her-talking = You're doing well. Stay by the door. What's your room like?

attempt-help-coming--keep-talking-to-me = …They're coming? …Will you keep talking to me?
attempt-help-coming--stay-till-they-come = Yes, I'm right here, and I'll stay until they come. Is the door open? Sit down next to it and keep the phone by your ear. Let's agree: you show the doctors the packet and tell them when you took it. Okay?
attempt-help-coming--quick-end = They're coming. Open the door for them. Goodbye.

paramedics-at-door--people-at-door = …They're here… there are people at the door…
paramedics-at-door--are-they-with-you = Are the doctors with you now? How are you feeling?

paramedics-with-her--asking-me-things = …Yes… they're here… they're asking me things… I'm so sleepy.
paramedics-with-her--go-with-them = Answer them; they're there to help you. I'm glad you called tonight. When you're better, call us again: I'd like to know how you are.

## Endings

hung-up--never-mind = …Never mind. Sorry to bother you.
flat-hang-up--forget-it = …Forget it. Bye.
betrayed--thought-i-could-trust = You promised. I thought I could trust you.
left-alone--go-to-sleep = …Okay. I'll just go to sleep then. Bye.
goes-quiet--line-silent = …
nobody-came--nobody-called = You didn't call anyone. …I knew it. Bye.
mum-on-her-way--bit-lighter = …Thank you. Really. Bye.
mum-on-her-way-flat--okay-bye = …Okay. Bye.
doctor-arrives--they-are-here = …Okay. Thank you for not hanging up. Bye.
doctor-coming-flat--okay-bye = …Okay. Bye.
paramedics--they-are-here = …Okay… thank you…
ambulance-coming-flat--okay-bye = …Okay…
