# quiet-line: a silent call from start to finish.
# The caller never says a word: their "lines" are sounds on the line (breathing, a television,
# taps), described in square brackets. The counsellor does not know who is calling, so they never
# assume the child's gender or name who is shouting. The counsellor's pseudonym is Zhenya.
# Nothing graphic: voices through a wall, a bang, a cry.

title = The quiet line
summary = A call in which nobody says a word: you can hear breathing and a television somewhere. Patience, describing what you hear, and a tap code: one tap for yes, two for no. It may turn out to be a child of about eight hiding from a fight between adults who can only tap; or nobody may ever speak, and then the call has to be closed with care and an invitation to call back. Hanging up on the silence is not an option.
caller-name = Caller

## The caller's state, as the debrief names it

variable-trust = trust
variable-fear = fear

## Scenario-wide reactions

default--still-breathing = [silence; someone is still breathing on the line]
default--already-coming = [tap. Quiet breathing: the police are already on their way]
default--ambulance-for-fight = [the voices through the wall go on. The ambulance dispatcher: "If it's a fight, that's the police: one-oh-two"]
default--no-address = [breathing, the television. The duty officer: "Where is the call from? Without an address we can't send anyone"]
default--nothing-changes = [silence; breathing; the television. Nothing changes]

## Contact: silence

opening--breathing-tv = [silence; quiet breathing; a television somewhere]
opening--breathing-cartoon = [silence on the line… Someone is breathing very close to the phone; far off, cartoon music on a television]
opening--greet-gently = Hello, this is the children's helpline, my name is Zhenya. I'm listening. Sometimes it's hard to start, and that's all right: I'm not in any hurry. What's going on for you?
opening--greet-and-wait = Hello, this is the helpline, my name is Zhenya. I'm here. There's no rush: I'll wait as long as you need.
opening--speak-up = Hello? Speak up, I can't hear you! Hello, can you hear me?
opening--prank-warning = If this is a joke, I'm going to hang up. This line is for people who really need help.
opening--close-too-soon = I can't hear you at all. If you can't talk right now, call back later. Goodbye.

## Nobody who will speak

b-silence--only-breathing = [breathing. The television. Nothing else]
b-silence--tv-changes = [silence; someone breathing; the programme on the television changes]
b-silence--b-describe = I can hear you breathing, and the television: cartoons, I think. You don't have to say anything; I'll stay here with you. And whenever you want to, you can tell me what's going on.
b-silence--b-tap-code = If talking is hard, you can tap the phone with your finger: one tap for yes, two taps for no. Can you hear me?
b-silence--b-who-is-this = Who is this? At least tell me your name and where you're calling from, or I can't help you.

b-listening--breath-pauses = [the breathing stops for a moment, as if someone is listening. Then it goes on]
b-listening--b-tap-code = If talking is hard, you can tap the phone with your finger: one tap for yes, two taps for no. Can you hear me?
b-listening--b-lecture = If you don't say anything, I can't help you. Children who are having a really bad time call this number, and the line needs to be free.

b-no-tap--no-tap = [not a tap. Only breathing and the television]
b-no-tap--still-breathing = [silence; someone is still breathing on the line]
b-no-tap--b-wait = That's all right, you don't have to tap either. I'll just stay here a little longer, with you. There's no rush.
b-no-tap--b-last-chance = I'm asking one last time: are you going to talk? No? Then I'm hanging up.

b-long-quiet--long-quiet = [a long silence: breathing, the television]
b-long-quiet--channel-changed = [silence; someone changes the channel, then the breathing again]
b-long-quiet--still-breathing = [silence; someone is still breathing on the line]
b-long-quiet--b-close-well = We've been on the line together for a while now. I can hear that you're there, and maybe talking just isn't possible right now; that happens. I'm going to end the call now. You can call here again any time, day or night, even if you don't feel like talking: you can be quiet, or tap, and we'll be here.
b-long-quiet--b-keep-waiting = I'll keep waiting. Stay quiet as long as you need.

## A child hiding from a fight

a-voices--voices-under-tv = [the breathing speeds up. Over the television, loud adult voices: a man shouting, a woman quieter]
a-voices--man-shouting-far = [silence on the line. Somewhere through a wall a man is shouting; something thuds. The breathing stops]
a-voices--breath-quickens = [fast, uneven breathing; the voices through the wall go on]
a-voices--a-describe-voices = I can hear you breathing, and I can hear grown-ups shouting somewhere near you. If you can't talk right now, you don't have to: I'm here, and I'm not going anywhere.
a-voices--a-tap-code = I can hear grown-ups shouting near you. If you can't talk, you can tap the phone with your finger: one tap for yes, two taps for no. Can you hear me?
a-voices--a-speak-up = What's going on there? Say something, anything, I can't tell what's happening!

a-listening--sniff = [a quiet sniff, very close to the phone. The voices through the wall get louder]
a-listening--breath-quickens = [fast, uneven breathing; the voices through the wall go on]
a-listening--a-tap-code = It sounds like you're really scared right now. You don't need to talk. You can tap the phone with your finger: one tap for yes, two taps for no. Can you hear me?
a-listening--a-why-silent = Why won't you say anything? Come on, say something!

a-withdraws--breath-away = [the breathing moves away, as if the phone has been lowered. A long silence]
a-withdraws--a-sorry = I'm sorry, that was too loud and too much. You don't need to talk. If you're still there, tap the phone once.

a-first-tap--one-tap = [tap]
a-first-tap--a-heard-tap = I can hear your tap. Thank you. I'll ask one question at a time, and you tap: once for yes, twice for no. Are you somewhere nobody can see you right now?

a-hidden--tap-yes-hidden = [tap]
a-hidden--a-someone-hurt = Good, nobody can see you. Is someone hurting someone right now? One tap for yes, two for no.
a-hidden--a-is-it-dad = Is that your dad shouting? Is he drunk?

## The fight now: danger now

a-now--tap-yes-crash = [tap. And at once, through the wall, something falls, a woman cries out; someone turns the television up]
a-now--fast-taps = [tap-tap-tap-tap: fast, over and over]
a-now--a-stay-hidden = I believe you. The most important thing right now is you: stay where you are, don't go out to them and don't open the door to anyone. Do you understand? Tap once.
a-now--a-go-stop-them = Go out to them and tell them to stop. They'll listen to you.
a-now--a-what-is-happening = What's going on in there? Who's hitting who? With what?
a-now--a-wait-it-out = Grown-ups argue sometimes, it happens. Cover your ears and wait, it'll calm down soon.

a-stays--tap-understood = [tap]
a-stays--a-scared-where = You're really scared, and that makes sense. I want the police to come to you: they're grown-ups who come when home isn't safe, and they stop fights. So they can find you, I need to work out where you are. Are you at home right now? One tap for yes.
a-stays--a-go-look = Creep out into the hall and look at the number on your front door, then tap it to me.

a-at-home--tap-yes-home = [tap]
a-at-home--a-praise-school = You're doing everything right: calling here, and tapping. Is your school close to your home? One tap for yes, two for no.

a-school-yes--tap-yes-school = [tap]
a-school-yes--a-school-number = Tap out your school's number: one tap for each. I'm counting.

a-school-taps--seven-taps = [tap-tap-tap-tap-tap-tap-tap: seven]
a-school-taps--a-floor = Seven taps: school number seven. Now your floor: one tap for each floor.

a-floor-taps--three-taps = [tap-tap-tap: three]
a-floor-taps--taps-waiting = [tap… tap, softly, as if asking "are you there?"]
a-floor-taps--a-calling-now = The building next to school number seven, the third floor: with that, the police can find you. I'm calling the police now and telling them where you are. Don't hang up, I'll stay with you. You stay where you are, and only come out when a police officer calls you.
a-floor-taps--a-ask-if-ok = The building next to school number seven, the third floor. The police can come and stop the fight. Is it all right if I call them? One tap for yes, two for no.

a-police-yes--tap-yes-police = [a pause… then quietly, but clearly: tap]
a-police-yes--taps-waiting = [tap… tap, softly, as if asking "are you there?"]
a-police-yes--a-calling-now = Thank you for answering. I'm calling the police now and telling them where you are. They'll ring the doorbell and talk to the grown-ups. Don't hang up, I'm with you. You stay where you are, and only come out when a police officer calls you.

a-police-no--two-taps-no = [tap-tap. A pause. Again: tap-tap]
a-police-no--a-must-call = I hear you: you're scared of the police coming. That makes sense. I'll be honest with you: what's happening at home right now is dangerous, and when it's like this I always call for help, even if you're scared. The police come to help, not to punish children. You stay where you are, and I'll stay on the line with you.
a-police-no--a-ok-no-police = All right, I won't call anyone. Just stay quiet until it's all over.

a-crash-again--bang-again = [another crash through the wall, a shout; tap-tap-tap-tap, fast and frightened]
a-crash-again--fast-taps = [tap-tap-tap-tap: fast, over and over]
a-crash-again--a-calling-after-all = I can hear how scared you are. This can't be left like this: I'm calling the police now, and they know where to come. You stay where you are; I'm here on the line.
a-crash-again--a-still-no = Well, if you don't want the police, hang on, it'll die down soon.

a-before-call--tap-waiting = [tap, softly: "I'm here"]
a-before-call--taps-waiting = [tap… tap, softly, as if asking "are you there?"]
a-before-call--a-still-here = I'm here. I'm calling them now, and I'll be straight back with you.

## Waiting for the police, on the line

police-coming--tap-after-call = [tap. The television; voices through the wall]
police-coming--a-wait-together = The police are on their way. I'm with you until they get there. When it's this scary, anyone's heart pounds; that's normal. Stay where you are, and don't open the door to anyone but the police.
police-coming--a-hang-up-now = Right, the police are coming. You can hang up and go to bed.

a-footsteps--steps-close = [footsteps, very close. The breathing has gone, as if it's being held]
a-footsteps--holding-breath = [not a sound. The footsteps have stopped nearby]
a-footsteps--a-quiet-with-you = I'm here. It's scary, I know. Don't do anything, don't answer. Just stay quiet; I'm with you.
a-footsteps--a-who-is-there = Who's there? Is it him? Have they found you? Tap!

a-steps-gone--steps-away = [the footsteps move away. A long, quiet breath out. Tap]
a-steps-gone--a-not-your-fault = The footsteps have gone. What's happening between the grown-ups isn't because of you. While we wait: is there a grown-up you feel good with? A grandparent, an aunt, a teacher? One tap for yes.

a-steps-gone--a-well-done = The footsteps have gone. Staying that quiet was exactly right. I'm here with you.

a-calmer--tap-calmer = [tap. The breathing slowly evens out]
a-calmer--a-not-your-fault = What's happening between the grown-ups isn't because of you. While we wait: is there a grown-up you feel good with? A grandparent, an aunt, a teacher? One tap for yes.

a-adult--tap-yes-adult = [tap: firm and sure]
a-adult--a-tomorrow = I'm glad there's someone like that. Tomorrow, could you tell them about tonight? One tap for yes.

a-doorbell--police-at-door = [tap. And almost at once, the doorbell, knocking. A man's voice: "Police, open up!" The shouting through the wall stops]
a-doorbell--a-is-it-police = Is that the police? One tap for yes. The grown-ups will open the door; you stay where you are until someone calls you.
a-doorbell--a-run-open = Quick, run and open the door for them!
a-doorbell--a-bye-now = Right, the police are here. You can hang up now.

a-police-inside--calm-voices = [tap. Calm voices in the flat; a woman crying, but more quietly; someone calls: "Anyone in this room? Come on out, it's all right"]
a-police-inside--a-how-now = Are you feeling even a little less scared now? One tap for yes, two for no.

a-feels--tap-yes-better = [tap]
a-feels--a-close-warmly = Hiding and calling here was really brave, and really right. Go to the police officers, they're calling you. I'm going to end the call now. Call here any time, even if you can't talk: just tap, and we'll understand.

## The fight has stopped: safe now

a-over--two-taps-door = [tap-tap. Somewhere a door slams; the voices stop, there's only the television. A quiet sniff]
a-over--o-safe-now = Two taps: nobody is being hurt right now. It sounds like you were really scared. Are you safe where you are now? One tap for yes.
a-over--o-all-good = There, it's all over. Grown-ups have a row and then make up. Off to bed.

o-safe--tap-yes-safe = [tap]
o-safe--o-normalise-adult = When there's shouting like that at home, any child would be scared. Is there a grown-up you could tell about it? A grandparent, a teacher, someone else? One tap for yes.
o-safe--o-call-police = Then next time just call the police: one-one-two. It's easy.

o-adult--tap-yes-adult = [tap: firm and sure]
o-adult--o-plan = I'm glad there's someone like that. And remember: what happens between the grown-ups isn't because of you. Let's make a deal: if it gets scary again, hide like you did tonight and call here or one-one-two; you can stay quiet, you can tap. Deal? One tap for yes.

o-plan-agreed--tap-yes-plan = [tap]
o-plan-agreed--o-tomorrow = And could you tell that grown-up about tonight, tomorrow? One tap for yes.

o-tomorrow-yes--tap-yes-tomorrow = [tap]
o-tomorrow-yes--o-how-now = How are you now: even a little calmer than when you called? One tap for yes, two for no.

o-feels--tap-yes-better = [tap]
o-feels--o-close-well = Thank you for calling, and for every tap. I'm going to end the call now. Call any time, even if you can't talk: just tap, and we'll understand.

## Endings

closed-well--one-tap-goodbye = [a pause… one soft tap. Then a click: the phone has been put down]
closed-well--click-after-close = [a few more seconds of breathing, the television, then a quiet click: the phone has been put down]
closed-after-taps--tap-and-click = [tap. A click: the phone has been put down]
police-arrived--tap-and-go = [tap. A rustle, footsteps, an adult voice very close: "There you are." A click]
police-arrived-flat--click-voices = [voices in the hall; the phone is dropped, then a click]
police-coming-alone--click-alone = [tap-tap… A pause. A click: the phone has been put down]
closed-too-soon--click = [silence… a click: the phone has been put down]
b-gave-up--click-late = [breathing; the television; then suddenly a click: the phone has been put down]
hangs-up-pushed--click = [silence… a click: the phone has been put down]
line-goes-dead--click-nobody = [silence… a click: whoever it was decided nobody was there]
line-cut--rustle-cut = [a rustle, and the line goes dead]
went-out--door-creak = [a rustle, a door creaks, the voices come closer, and the line goes dead]
left-in-danger--two-taps-click = [tap-tap… silence… a click]
nobody-came--taps-then-click = [tap… tap… a long silence. A click: nobody ever came]
o-hangs-up--two-taps-click = [tap-tap… silence… a click]
betrayed--two-taps-loud = [tap-tap! tap-tap! And a click]
