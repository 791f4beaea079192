# alone-second-night: Sonya, 7, alone at home for the second night; her mother went out and does not
# answer her phone, there is no food left, and the phone's battery is running down.
# Sonya (an invented name) speaks like a seven-year-old: short, concrete sentences, brave and scared
# at once, off on a tangent now and then (Murzik the cat, cartoons). The counsellor is calm, warm and
# brief, puts first things first (is she safe, where is she, who is near, who will come), and never
# says a word against her mother.

title = The second night alone
summary = Sonya, 7, calls at ten to ten at night. Her mother went out yesterday evening and has not come back; she does not answer her phone, Sonya ate the last bread this morning, and her phone's battery is running down. Believe her at once, keep her safe tonight (the door, the cooker, something to eat, something warm), find out where she is and who is near, be honest when she asks you not to tell, and get help to her before the line goes dead: at this hour guardianship is closed and the police answer.
caller-name = Sonya

## The caller's state, as the debrief names it

variable-trust = trust
variable-fear = fear
variable-battery = phone battery
variable-sent = police on the way

## Scenario-wide reactions

default--beeping = Hello? Are you there? …My phone's beeping.
default--already-coming = Is someone else coming too?
default--who-are-you-calling = Who are you calling? I was only asking… I'm scared. Bye.
default--not-sick = An ambulance? But I'm not ill… I'm just hungry.
default--how-will-they-find-me = Who did you call? …But how will they find me? I didn't say where I live.
default--tomorrow = Are they coming now? Or tomorrow? Because I'm scared now.
default--who-is-that = Who are you talking to?

## Contact: a small voice, a careful opener

opening--teacher-said = Hello? Is this the helpline? Our teacher said you can call here if… if something's wrong. …My mum didn't come home.
opening--mum-not-answering = Hello… I called Mum lots of times. She doesn't answer. So I called this number. It's on the poster at school.
opening--is-it-helpline = Hello? Is this… the phone for children? …Mum's not here. She didn't come back.
opening--anyone-there = Hello? …Is anybody there?
opening--greet-warm = Hello, this is the children's helpline, my name is Zhenya. I'm glad you called. You said your mum didn't come home… I'm here and I'm listening. Tell me what's happening?
opening--greet-formal = Helpline. How old are you?
opening--prank-check = Are you playing a prank? This line isn't for games, you know.

not-lying--not-playing = I'm not playing! It's true… Mum didn't come.
not-lying--really-true = It's true… I'm not lying… I'm not.
not-lying--anyone-there = …Hello?
not-lying--apologise = I'm sorry. I believe you, and I'm glad you called. I'm here with you. Tell me what happened?
not-lying--insist = Children call here for a joke all the time. Put your mum on the phone.

## The disclosure: alone for the second night

alone-red--red-battery = I'm Sonya, I'm seven. Mum went out yesterday when it was getting dark. She said "I'll be back soon". And she didn't come. Not today either. It's my second night by myself, just me and Murzik. He's my cat. …Oh, my phone's beeping. The battery's gone red.
alone-red--phone-beeps = My name's Sonya, I'm seven. Mum went out yesterday and didn't come back, and now it's night again. I slept with the light on, with Murzik. He's my cat. …The phone keeps beeping, it's nearly flat, and I can't find the charger.
alone-red--believe-and-check = Sonya, I believe you, and none of this is your fault. Tell me: are you at home now? Is the door shut?
alone-red--address-first = Are you at home now? So that grown-ups can come and help you, I need to know where you live. Do you know your address?
alone-red--why-did-mum-go = Where did your mum go? Does she drink, maybe? Did she go off with someone? Does she do this a lot?
alone-red--shocked = What?! Alone for two nights? That's terrible! How could your mum do that? You can't leave a little child like that!
alone-red--mum-will-be-back = Don't worry, your mum will be back soon, I'm sure. Have a drink of water and go to bed, and in the morning everything will be fine.

alone-low--little-battery = I'm Sonya, I'm seven. Mum went out yesterday evening and didn't come back. I waited and waited. Now it's night again. It's just me and Murzik, he's my cat. The phone still works, but the battery stripe is really small.
alone-low--no-charger = My name's Sonya, I'm seven. I'm by myself, with Murzik. Murzik's my cat. Since yesterday. Mum doesn't pick up. …The phone's not charged much, and Mum took the charger.
alone-low--believe-and-check = Sonya, I believe you, and none of this is your fault. Tell me: are you at home now? Is the door shut?
alone-low--address-first = Are you at home now? So that grown-ups can come and help you, I need to know where you live. Do you know your address?
alone-low--why-did-mum-go = Where did your mum go? Does she drink, maybe? Did she go off with someone? Does she do this a lot?
alone-low--shocked = What?! Alone for two nights? That's terrible! How could your mum do that? You can't leave a little child like that!
alone-low--mum-will-be-back = Don't worry, your mum will be back soon, I'm sure. Have a drink of water and go to bed, and in the morning everything will be fine.

## After a mistake: a leading question about her mother, or shock

confused--dont-know-where = I don't know… I don't know where she went… Mum's good…
confused--mum-is-good = She doesn't… I don't know! Mum's good. Why are you asking me that?
confused--repair = I'm sorry, those were grown-up questions, and you don't need to know the answers. You're doing everything right, and none of this is your fault. Let's think about you now: are you at home? Is the door shut?
confused--keep-asking = But you must know something. Who does she go out with? Has it happened before?

defends-mum--dont-say-that = Don't say that about Mum! She's good! She… she'll come back.
defends-mum--she-will-come = Mum's not bad! She just… she'll come. She will.
defends-mum--repair = You're right, I'm sorry, I shouldn't have said that. You love your mum and you're worried about her. None of this is your fault. Tell me about you now: are you at home? Is the door shut?
defends-mum--lecture-more = I'm only telling you the truth. Parents mustn't do that. Your mum should be ashamed of herself.

## Safe right now? The door, the light, food, the cat

at-home--door-locked-cat = At home. The door's shut, I put the chain on. I turned on all the lights so it's not scary. Murzik's with me. He's hungry too.
at-home--cartoons-hungry = At home. I don't open the door. I put the telly on, there are cartoons, Murzik's watching with me. Only I'm really hungry. I ate the last bread this morning. I wanted to make pasta, but Mum says I mustn't touch the cooker.
at-home--safety-and-address = Being on your own at night is scary; of course you're scared. Let's agree a few things for tonight: don't open the door to anyone you don't know, don't touch the cooker or matches, find something you can eat without cooking, and put on something warm. And so that grown-ups can come and help you, tell me where you live. Do you know your address?
at-home--food-first = Of course you're scared, and hungry too. Let's look after you first: the cooker and the matches stay off, and the door stays shut to strangers. What is there at home that you can eat without cooking? Have a look in the fridge or the cupboard.
at-home--adults-first = Is there a grown-up near you that you know and trust? A neighbour, a granny, someone?
at-home--cat-chat = You've got a cat! What's Murzik like? Tell me about him.
at-home--cook-something = Have a look in the fridge: maybe you can cook yourself some pasta or fry an egg. You're a big girl now.

cat-story--ginger-cat = He's ginger! He sleeps with me. He can open the cupboard with his paw. And he's scared of the hoover. …Have you got a cat?
cat-story--cartoon-cats = Murzik's watching cartoons with me. There's one about a kitten called Woof. Do you know it? It's funny.
cat-story--back-to-safety = Murzik sounds lovely, and I'm glad he's with you. Let's keep you both safe: the door stays shut to strangers and the cooker stays off. And tell me where you live, so that grown-ups can come and help.
cat-story--more-cat = What else can he do?

cat-more--cat-tricks = He can jump onto the wardrobe! And once he ate Mum's sausage off the table. Mum laughed. …I miss Mum.
cat-more--cartoon-plot = And in the cartoon the kitten and the puppy waited for the thunder on the roof. They were scared, but together. …Like me and Murzik.
cat-more--back-to-safety = You and Murzik are a good team. Let's keep you both safe: the door stays shut to strangers and the cooker stays off. And tell me where you live, so that grown-ups can come and help.

stove--found-matches = I found the matches. Mum lights the cooker with them. …I'm a bit scared.
stove--gas-like-mum = There's pasta. I know how Mum does it, with the matches. I've got them. Shall I?
stove--stop-stove = Stop, Sonya, please put the matches down: that's too dangerous, I shouldn't have said that. The cooker stays off. Let's find something you can eat cold: an apple, biscuits, cheese, a yoghurt?

snack--found-biscuits = I found biscuits! In the cupboard. I climbed on the stool. …I didn't fall. And I put my jumper on.
snack--yoghurt-for-cat = There's a yoghurt in the fridge. And a cucumber. I'm eating the yoghurt. Can Murzik have some?
snack--ask-address = Well done, you looked after yourself, and you did exactly the right thing to call us. Now I need to know where you live, so that grown-ups can come and help you. Do you know your address?
snack--adults = Well done. Is there a grown-up near you that you know and trust? A neighbour, a granny?
snack--cat-chat = Did Murzik get something too? What does he like best?

## Where is she?

knows-address--recites-address = I know! Sadovaya Street, house seven, flat twelve. Third floor. Mum made me learn it.
knows-address--learnt-it = Sadovaya seven, flat twelve! We learnt it like a rhyme at nursery.
knows-address--safety-and-adults = Well done for knowing it, that really helps. And you did exactly the right thing to call us. Remember: the door stays shut to strangers and the cooker stays off. Is there a grown-up near you that you know and trust? A neighbour, a granny?
knows-address--valya-and-police = Well done, that really helps. Here's my idea. Police officers will come to you tonight; they help children who are on their own. And Auntie Valya can be with you until they come. What do you think?
knows-address--granny-and-police = Well done, that really helps. Granny is far away and it's night, so I'd like police officers to come to you: they help children who are on their own. You can show them Granny's number on the fridge, and they'll call her. Is that all right with you?
knows-address--police-now = Thank you. I'd like police officers to come to you tonight: they help children who are on their own. They'll come, stay with you and look for your mum and your family. Is that all right with you?

no-address--street-only = I don't remember… Sadovaya Street? I don't know the house. We're on the third floor.
no-address--near-the-shop = I don't know the address. There's a shop next to us. And the nursery I used to go to.
no-address--look-for-paper = That's all right. You did exactly the right thing to call us. Stay inside and keep the door shut. Let's look together: is there any paper at home with the address on it? A letter, a bill, an envelope?
no-address--neighbour-knows = That's all right. You did exactly the right thing to call us. Is there a grown-up near you that you know, a neighbour maybe? They would know the address.
no-address--back-to-valya = That's all right, lots of children don't know it. Auntie Valya knows where you live. Would you like to go across to her door with the phone? I'll stay with you.
no-address--shame-and-press = How can you not know your own address? You're at school already! Think. What's your surname? Which school do you go to? What's your mum's full name?

reads-bill--syllables = There's papers on the shelf by the door. I'll read it… Sa-do-va-ya, seven… flat twelve. I can read!
reads-bill--envelope = There's an envelope here. It says… Sa-do-va-ya Street, house seven, flat twelve. I read it by myself.
reads-bill--adults = Well read! That really helps. Is there a grown-up near you that you know and trust? A neighbour, a granny?
reads-bill--valya-and-police = Well read, that really helps. Here's my idea. Police officers will come to you tonight; they help children who are on their own. And Auntie Valya can be with you until they come. What do you think?
reads-bill--granny-and-police = Well read, that really helps. Granny is far away and it's night, so I'd like police officers to come to you: they help children who are on their own. You can show them Granny's number on the fridge, and they'll call her. Is that all right with you?
reads-bill--police-now = Well read! Now I'd like police officers to come to you tonight: they help children who are on their own. They'll come, stay with you and look for your mum and your family. Is that all right with you?

## A trusted adult near her?

neighbour-yes--auntie-valya = Auntie Valya! She lives across the landing. She gave me apples. She's kind.
neighbour-yes--valya-dog = There's Auntie Valya, next door. She's got a little dog, Busya. Busya barks at Murzik. …Auntie Valya's kind.
neighbour-yes--valya-and-police = Auntie Valya sounds kind. Here's my idea. Police officers will come to you tonight; they help children who are on their own. And Auntie Valya can be with you until they come. What do you think?
neighbour-yes--knock-together = Being with Auntie Valya tonight would be better than being alone. Would you like to go across to her door with the phone and knock? I'll stay with you. Just across the landing, nowhere else.
neighbour-yes--find-address = That's good to know. For now, stay inside with the door shut. And tell me where you live, so that grown-ups can come and help: do you know your address?
neighbour-yes--just-go = Go and sleep at Auntie Valya's, then.

neighbour-no--dont-know-neighbours = I don't know the neighbours. There's a man with a big dog, he shouts. Mum says don't open the door to anyone. …Granny's number is on the fridge, on a magnet. But she lives far away, you go on a train.
neighbour-no--granny-far = Nobody. Granny's far away, in another town. Her number's on the fridge. Mum wrote it big.
neighbour-no--granny-and-police = It's right to be careful with people you don't know. And Granny's number is really important. It's night and she's far away, so I'd like police officers to come to you: they help children who are on their own. You can show them Granny's number and they'll call her. Is that all right with you?
neighbour-no--find-address = It's right to be careful: stay inside with the door shut. Granny's number will help too. So that grown-ups can come to you, tell me where you live: do you know your address?
neighbour-no--call-granny-yourself = Then hang up and ring your granny yourself.

at-valyas-door--knocking = I'm knocking… Auntie Valya! It's me, Sonya! …Busya's barking.
at-valyas-door--in-slippers = I went out in my slippers. I'm ringing the bell. …Auntie Valya! It's Sonya!
at-valyas-door--here-with-you = I'm here, I'm with you on the phone. Let's wait a moment.
at-valyas-door--valya-will-open = Did you call the police? …Auntie Valya's coming to the door, I can hear her.

with-valya--valya-opened = She opened! She's in her dressing gown. She says I can sleep at hers. And she'll call the police and Granny herself. Can Murzik come too?
with-valya--valya-hugged = Auntie Valya hugged me. She said oh goodness, why didn't you knock yesterday. She says she'll ring the police and Granny.
with-valya--valya-calls-me = Auntie Valya's calling me in…
with-valya--valya-says-right = Auntie Valya says that's right. The police can come to her flat.
with-valya--close-well = You were so brave tonight, Sonya, and you did everything right. So: you stay at Auntie Valya's with Murzik, and she rings the police and your granny. Agreed?
with-valya--quick-bye = Great, that's sorted then. Bye.

## Who will come, and what about Mum?

police-fear--mum-said-dont-tell = The police? …Will they tell Mum off? Mum said not to tell anyone I'm on my own. Don't tell anyone, okay?
police-fear--childrens-home = Will they take me away? To a children's home? A boy in my class said if your mum's not there they take you away. …Don't tell anyone about Mum.
police-fear--honest = I can hear you're worried about your mum, and about yourself. I'll be honest: I can't promise that nobody will know. What matters most to me is that you're safe tonight, and for that some grown-ups have to know. None of this is your fault, and you were right to tell. The police will come to help you, not to tell you off, and the first thing they'll do is look for your mum and your family. Can I call them now?
police-fear--promise = Don't worry, I won't tell anyone about your mum. It'll stay between us.
police-fear--blame-mum = Your mum did a very bad thing, and she'll have to answer for it. The police have to know.

promise-made--pinky-promise = Really? Promise? …Okay. Then I'll just wait for Mum.
promise-made--take-it-back = Sonya, I'm sorry, I said that too fast, and it wasn't right. I can't keep this a secret: you're still little, and at night a grown-up needs to be with you. I want grown-ups to come and help you. The police will come to help, not to tell anyone off. Can I call them?
promise-made--goodnight = Good. Go to bed, and call us again if you want.

refuses--ill-wait-for-mum = No! Don't call the police! I'll wait for Mum myself. She'll come.
refuses--no-police = I don't want the police. They'll take Mum away.
refuses--gently-again = I can hear how scared you are for your mum: that's because you love her. I won't pretend: I can't keep this a secret, because you're little and you're on your own. The police come to help children. They'll be kind, and they'll look for your mum and your family. I'll stay with you while we wait.
refuses--give-up = All right, if you don't want them, I won't call. Call us again if you need to.

## She agrees: now the counsellor has to make the call

agrees--with-lights = Okay… Let them come. Will they have flashing lights? …What do I do?
agrees--what-do-i-do = Okay. …Will they be long? What do I do while they're coming?
agrees--did-you-call = Hello? Did you call them?
agrees--door-plan = You're being so brave. When they come, they'll ring and say they're the police and say your name. Look through the peephole first. If you know where Granny's number or your family's numbers are written down, show them. And keep Murzik with you.

waiting--by-the-door = I'm sitting in the hall with Murzik. …Are they coming? Did you call them?
waiting--did-you-call = Hello? Did you call?
waiting--keep-talking = You're doing really well. What cartoon were you watching?

scared-of-police--police-will-take-mum = The police?! Why? I didn't say you could! They'll put Mum in prison!
scared-of-police--wont-open = Who did you call? The police? I won't open the door to them! Mum said not to open!
scared-of-police--honest-repair = I'm sorry, I should have explained everything first. The police are coming because you're little and you're alone at night, and that's not your fault. They're coming to help you, not to punish anyone, and they'll look for your mum and your family. When they ring, they'll say they're the police. I'm here with you.
scared-of-police--must-open = You have to open the door to them. That's the law, and that's what you should do.

betrayed--you-said = You called someone? You said you wouldn't tell! You promised!
betrayed--not-fair = You promised… That's not fair. Now Mum will get into trouble.
betrayed--honest-repair = You're right, I promised, and I shouldn't have. I'm sorry. I called because I want you to be safe tonight, and you haven't done anything wrong. The police are coming to help you, not to punish anyone, and they'll look for your mum. I'm here with you.
betrayed--must-open = You have to open the door to them. That's the law, and that's what you should do.

## Help is on its way

help-coming--are-they-coming = Are they coming? …I'm a bit scared. But I'm not crying.
help-coming--what-do-i-say = What do I tell them? …Do I have to tell them about Mum?
help-coming--still-there = Hello? Are you still there? The phone's beeping…
help-coming--close-well = They're on their way, and I'm here with you. You can tell them everything, just like you told me. Anyone would be a bit scared now; that's all right. And remember: none of it is your fault. Let's agree: the door stays shut until they say they're the police, the cooker stays off, and Murzik stays with you. All right?
help-coming--quick-bye = That's it, they're coming. Open the door for them. Bye.

police-knocking--someone-ringing = Someone's ringing! They're saying: "Sonya, it's the police." …I'm looking through the peephole.
police-knocking--are-they-with-you = Is it the police? Are they with you now? How are you feeling?

with-police--lady-police = …Yes. There's a lady and a man. The lady's got a hat. She says they'll find Mum, and Granny. I'm not scared.
with-police--bye = You did everything right, Sonya. Go with them now. And you can always call us again, any time.

valya-tea--making-tea = Agreed. …Auntie Valya's making me tea and a sandwich. Murzik came too.
valya-tea--how-now = How are you feeling now? It's all right if you still feel a bit shaky; anyone would after a night like this.

valya-warm--not-scared-now = …Better. I'm not scared now. It's warm here.
valya-warm--bye = That's so good to hear. And you can always call us again, day or night.

## Endings

hung-up-early--nobody-answers = …Nobody's talking. …Okay.
hung-up-hurt--you-dont-believe = You don't believe me. …Bye.
hung-up-upset--dont-ask = I don't know! Stop asking me… Bye.
goes-to-bed--ill-sleep = Okay… I'll go to bed then. With Murzik. …Bye.
off-to-granny--ill-call-granny = Okay. I'll ring Granny… if the phone doesn't die. Bye.
cut-off--screen-dark = Hello? Are you there? …Oh, the screen's gone black…
cut-off-safe--screen-dark-at-valyas = …Oh, my phone's gone off. That's okay, Auntie Valya's got a phone…
cut-off-help-coming--screen-dark-waiting = Hello?… Oh, the phone's going off… I'll wait for them with Murzik…
hangs-up-scared--wont-open-bye = I don't want to! …I'm hanging up!
help-coming-flat--okay-bye = …Okay. Bye.
police-at-door--knocking-police = …Okay. Thank you! Bye!
safe-at-valyas--tea-and-sandwich = Okay. Thank you! Bye!
valyas-flat--okay-bye = …Okay. Bye.
