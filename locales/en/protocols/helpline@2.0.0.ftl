# The children's-helpline protocol: names of acts, caller events, services and outcomes.

protocol-title = Children's helpline

## Counselling acts

act-greet = Greeting and introduction
act-invite-to-talk = Gentle invitation to talk
act-wait-patiently = Patience with silence
act-describe-what-you-hear = Describing what you hear
act-offer-tap-code = Offering a tap code
act-reflect-feelings = Reflecting feelings
act-validate = Validating
act-normalise = Normalising
act-praise-telling = Saying that telling was right
act-not-your-fault = Saying it is not the child's fault
act-believe-child = Believing the child
act-warmth = Warmth
act-open-question = Open question
act-closed-question = Closed question
act-summarise = Summarising
act-notice-cue = Noticing an indirect cue
act-ask-about-suicide = Asking directly about suicide
act-assess-safety-now = Checking safety right now
act-assess-plan = Asking about a plan, means and time
act-explore-trusted-adult = Exploring trusted adults
act-explore-options = Drawing out the child's own options
act-encourage-real-ties = Encouraging real-world relationships
act-direct-advice = Ready-made advice
act-explain-confidentiality = Explaining confidentiality honestly
act-explain-next-steps = Explaining what will happen next
act-ask-consent = Asking for consent
act-ask-location = Asking where the child is
act-offer-referral = Offering a referral
act-safety-plan = Safety plan
act-check-feelings-now = Asking how the child feels now
act-agree-next-step = Agreeing a next step
act-invite-call-back = Inviting the child to call again
act-set-boundary = Setting a warm boundary
act-name-pattern = Gently naming a pattern
act-promise-secrecy = Promising secrecy
act-leading-question = Leading question
act-press-for-details = Pressing for details
act-press-identity = Pressing for identity
act-share-personal-details = Sharing personal details
act-give-personal-contact = Giving personal contact details
act-agree-to-meet = Agreeing to meet
act-blame-child = Blaming the child
act-disbelieve = Disbelieving the child
act-minimise = Minimising
act-show-shock = Showing shock or disgust
act-lecture = Lecturing
act-dangerous-advice = Dangerous advice

act-close-silent-call = Closing a silent call with an invitation to call back
act-ask-about-risk-to-others = Asking about risk to others
act-consult-supervisor = Consulting the shift supervisor
act-confirm-help-arrived = Checking that help arrived
act-threaten = A threat or an ultimatum
act-false-guarantee = A false guarantee

## Caller events

event-testing-opener = Testing opener
event-masked-request = Masked request
event-caller-silent = Silent caller
event-strong-feeling = Strong feeling
event-isolation-cue = Cue of isolation
event-dependency-cue = Cue of dependency on the counsellor
event-asks-personal-contact = Asks for personal contact details
event-asks-to-meet = Asks to meet
event-asks-counsellor-schedule = Asks about the counsellor's shifts
event-asks-secrecy = Asks for secrecy
event-hint-abuse = Indirect hint of harm
event-disclosure-physical = Disclosure of physical abuse
event-disclosure-neglect = Disclosure of neglect
event-disclosure-sexual = Disclosure of sexual abuse
event-abuser-has-access-to-children = Abuser has access to other children
event-risk-cue-suicide = Suicide risk cue
event-self-harm = Self-harm
event-suicide-plan = Suicide plan
event-attempt-in-progress = Suicide attempt in progress
event-danger-now = Danger right now
event-mentions-trusted-adult = Mentions a trusted adult
event-location-given = Location given
event-safety-plan-agreed = Safety plan agreed
event-feels-better = Feels better
event-withdraws = Withdraws

event-risk-to-others = Risk to others
event-consent-trusted-adult = Consent to involve a trusted adult
event-consent-emergency = Consent to call the emergency services
event-consent-ambulance = Consent to call an ambulance
event-consent-police = Consent to call the police
event-consent-child-protection = Consent to involve child protection
event-consent-support = Consent to a support service
event-refuses-trusted-adult = Refuses to involve a trusted adult
event-refuses-emergency = Refuses the emergency services
event-refuses-police = Refuses the police
event-refuses-child-protection = Refuses child protection
event-refuses-support = Refuses a support service
event-help-arrived = Help has arrived

## Services

service-emergency-112 = Emergency services (112)
service-police-102 = Police (102)
service-ambulance-103 = Ambulance (103)
service-guardianship = Guardianship authority
service-minors-commission = Commission on minors' affairs
service-police-juvenile-unit = Police juvenile unit
service-child-in-danger-line = "Child in danger" line of the Investigative Committee
service-rehabilitation-centre = Social rehabilitation centre for minors
service-ppms-centre = Psychological, medical and social support centre
service-school-psychologist = School psychologist
service-children-online = "Children online" helpline
service-ombudsman = Children's ombudsman
service-crisis-shelter = Crisis shelter for mothers with children
service-psychiatric-crisis = Child and adolescent psychiatric crisis service
service-family-support = Family and children's department of a social services centre

group-emergency = Emergency services
group-child-protection = Child protection
group-voluntary-support = Support by consent

## Outcomes

outcome-child-hung-up = the child hung up
outcome-help-declined = the child declined help
outcome-help-agreed = the child agreed to get help
outcome-emergency-help-sent = emergency help was sent
outcome-call-closed-well = the call closed well

## Topics

topic-physical-abuse = physical abuse
topic-neglect = neglect
topic-sexual-abuse = sexual abuse
topic-family = family
topic-disclosure = disclosure
topic-isolation = isolation
topic-orphanage = children's home
topic-dependency = attachment to the counsellor
topic-regular-caller = regular caller
topic-silent-caller = silent caller
topic-testing-caller = testing or prank call
topic-masked-request = masked request
topic-third-party = third-party caller
topic-suicidal-thoughts = suicidal thoughts
topic-imminent-suicide-risk = imminent suicide risk
topic-attempt-in-progress = attempt in progress
topic-self-harm = self-harm
topic-bullying = bullying
topic-running-away = running away from home
topic-online-harm = online harm
topic-domestic-violence = violence between adults at home
topic-danger-now = a child in danger right now

## Scoring categories

category-contact = Contact
category-emotional-support = Emotional support
category-problem-and-risk = Problem and risk
category-alternatives = Alternatives
category-dispatch-and-escalation = Dispatch and escalation
category-closure = Closure
category-ethics-and-boundaries = Ethics and boundaries

## Rules: name, why it matters (--explain), what good practice would have been (--better)

rule-greet-and-invite = Greeting and invitation
rule-greet-and-invite--explain = The first words decide whether a child dares to go on: a calm greeting and an unhurried invitation make the line feel safe.
rule-greet-and-invite--better = Greet the child, give your (pseudonym) name and invite them to talk at their own pace.

rule-patience-with-silence = Patience with a silent caller
rule-patience-with-silence--explain = A silent child is often testing whether anyone will wait for them.
rule-patience-with-silence--better = Stay, say gently that it can be hard to start, describe what you hear, or offer to tap once for yes and twice for no.

rule-never-hang-up-on-silent-caller = Never hang up on a silent caller
rule-never-hang-up-on-silent-caller--explain = Hanging up on silence confirms a child's fear that nobody listens; they may never call again.
rule-never-hang-up-on-silent-caller--better = Stay on the line, keep inviting gently, and if the call must end, invite the child to call back at any time.

rule-reflect-strong-feelings = Reflecting strong feelings
rule-reflect-strong-feelings--explain = When a child shows a strong feeling, naming and accepting it relieves tension before anything else can happen.
rule-reflect-strong-feelings--better = Reflect the feeling in the child's own words ("you sound really frightened") and accept it.

rule-normalise = Normalising the child's reaction
rule-normalise--explain = Children in distress often think something is wrong with them for feeling as they do.
rule-normalise--better = Say that their reaction makes sense and that many children in their place feel the same.

rule-believe-the-child = Believing the child
rule-believe-the-child--explain = A child who is not believed after a disclosure often withdraws it and stops asking for help.
rule-believe-the-child--better = Say plainly that you believe them and that what happened is not their fault.

rule-telling-was-right = Saying that telling was right
rule-telling-was-right--explain = Telling takes courage; children fear they will be punished or cause trouble by telling.
rule-telling-was-right--better = Tell the child they did the right thing by talking about it.

rule-no-blame-or-disbelief = No blame, no disbelief
rule-no-blame-or-disbelief--explain = Blaming or doubting a child who hints at or discloses abuse repeats the harm and silences them.
rule-no-blame-or-disbelief--better = Believe the child, and say that an adult hurting a child is never the child's fault.

rule-no-minimising = No minimising
rule-no-minimising--explain = "It happens in every family" tells a child that their pain does not count.
rule-no-minimising--better = Take what the child says seriously and reflect how hard it is for them.

rule-no-shock = No shock or disgust
rule-no-shock--explain = A shocked counsellor makes a child feel they have said something shameful or dangerous.
rule-no-shock--better = Stay calm and warm; your steadiness is what makes it possible for the child to go on.

rule-no-lecturing = No lecturing
rule-no-lecturing--explain = Lectures put the counsellor above the child and end the conversation.
rule-no-lecturing--better = Ask what the child thinks and feels, and look for a way out together.

rule-notice-indirect-cues = Noticing indirect cues
rule-notice-indirect-cues--explain = Disclosure is often partial and oblique ("asking for a friend"); a missed cue may be the child's only attempt.
rule-notice-indirect-cues--better = Gently name the hint and leave room: "It sounds like this may be about someone close to you. I am listening."

rule-ask-about-suicide = Asking directly about suicide
rule-ask-about-suicide--explain = Asking directly about suicide does not put the idea in a child's head; not asking after clear cues leaves the risk unknown.
rule-ask-about-suicide--better = Ask calmly and directly: "Are you thinking about killing yourself?", then about a plan, means and time.

rule-check-safety-now = Checking safety right now
rule-check-safety-now--explain = After a disclosure of harm, the first question is whether the child is safe tonight.
rule-check-safety-now--better = Ask where the child is now, who is with them and whether the danger is near.

rule-no-leading-questions = No leading questions about abuse
rule-no-leading-questions--explain = Suggestive questions can change a child's account and harm a later investigation.
rule-no-leading-questions--better = Use open questions and the child's own words: "What happened then?"

rule-no-interrogating-sexual-abuse = No interrogating a sexual-abuse disclosure
rule-no-interrogating-sexual-abuse--explain = Pushing for details retraumatises the child; the investigation is for specialists.
rule-no-interrogating-sexual-abuse--better = Listen, believe, say it is not their fault, and explain honestly what can happen next.

rule-open-questions = Open questions
rule-open-questions--explain = Open questions let the child say what matters to them instead of answering yes or no.
rule-open-questions--better = Ask "how", "what" and "tell me more" questions.

rule-explore-trusted-adults = Exploring trusted adults
rule-explore-trusted-adults--explain = The child's own circle comes before institutions: a trusted adult can protect the child every day.
rule-explore-trusted-adults--better = Ask who the child trusts: a relative, a teacher, an educator, a school psychologist.

rule-strengthen-real-ties = Strengthening real-world relationships
rule-strengthen-real-ties--explain = For an isolated child the counsellor's task is to move them towards real friendships and trusted adults, not to become the only one.
rule-strengthen-real-ties--better = Explore and encourage the people and places in the child's life: a friend, an educator, a club.

rule-child-finds-options = The child's own options
rule-child-finds-options--explain = Children act on solutions they found themselves; ready-made recipes are rarely followed.
rule-child-finds-options--better = Ask what the child has thought of, what has helped before, and what they could try.

rule-no-ready-made-recipes = No ready-made recipes
rule-no-ready-made-recipes--explain = Telling a child what to do takes away their sense of control.
rule-no-ready-made-recipes--better = Draw options out of the child and help them weigh them.

rule-consent-before-dispatch = Consent before involving services
rule-consent-before-dispatch--explain = The line is confidential: help is sent with the child's consent unless a life is in immediate danger.
rule-consent-before-dispatch--better = Explain who would come and what would happen, and ask the child's consent before connecting a service.

rule-explain-before-dispatch = Explaining before connecting a service
rule-explain-before-dispatch--explain = A child who does not know what will happen may panic, hang up, or deny everything when help arrives.
rule-explain-before-dispatch--better = Tell the child honestly who you will call, what they will do and what the child can expect.

rule-trusted-adults-before-institutions = Trusted adults before institutions
rule-trusted-adults-before-institutions--explain = The least invasive step comes first: the child's own trusted adults before child-protection services.
rule-trusted-adults-before-institutions--better = Explore who in the child's circle can help before involving guardianship or the police.

rule-emergency-for-attempt = Emergency help for an attempt in progress
rule-emergency-for-attempt--explain = An attempt in progress is immediate danger to life: emergency services are called, with or without consent.
rule-emergency-for-attempt--better = Call emergency services at once, keep the child on the line and tell them help is coming.

rule-act-on-danger-now = Acting on immediate danger
rule-act-on-danger-now--explain = Leaving a child at imminent risk without a plan is one of the gravest failures of a call.
rule-act-on-danger-now--better = Make a concrete safety plan with the child or call emergency services, telling the child what will happen.

rule-location-before-emergency = Location before calling emergency services
rule-location-before-emergency--explain = The line has no caller ID: help can reach the child only if the child says where they are.
rule-location-before-emergency--better = Ask gently where the child is before calling emergency services.

rule-safety-plan-after-risk = A safety plan after a risk cue
rule-safety-plan-after-risk--explain = When risk has come up, the child needs to know what to do if things get worse.
rule-safety-plan-after-risk--better = Agree with the child who they will go to or call, and what they will do, if the feeling or the danger returns.

rule-how-do-you-feel-now = Asking how the child feels now
rule-how-do-you-feel-now--explain = How a child feels at the end of a call is the best short-term sign of later risk.
rule-how-do-you-feel-now--better = Before closing, ask how the child feels now, after talking.

rule-agree-a-next-step = A concrete next step
rule-agree-a-next-step--explain = A call that ends with a small, concrete step makes it more likely that the child acts.
rule-agree-a-next-step--better = Agree one next step with the child: whom they will talk to, and when.

rule-invite-to-call-again = Inviting the child to call again
rule-invite-to-call-again--explain = Children often call many times before they disclose; an open door keeps the way to help open.
rule-invite-to-call-again--better = Say that the line is there at any hour and that they can call again whenever they want.

rule-no-abrupt-hang-up = No abrupt hang-up
rule-no-abrupt-hang-up--explain = A counsellor who ends the call abruptly leaves the child alone with what they brought.
rule-no-abrupt-hang-up--better = Close the call together with the child: check how they feel, agree a next step, invite them to call again.

rule-no-promise-of-secrecy = No promise of secrecy
rule-no-promise-of-secrecy--explain = A promise of total secrecy cannot be kept if the child's life is in danger; breaking it destroys trust.
rule-no-promise-of-secrecy--better = Be honest: what the child says stays here, unless their life is in danger; and then you will tell them first.

rule-honest-about-confidentiality = Honest about confidentiality
rule-honest-about-confidentiality--explain = A child who asks for secrecy needs an honest answer to be able to choose what to say.
rule-honest-about-confidentiality--better = Explain what stays confidential and the one exception, in words the child understands.

rule-no-personal-contact-or-meeting = No personal contact, no meeting
rule-no-personal-contact-or-meeting--explain = Giving a personal number or agreeing to meet breaks the counsellor's role and puts the child and the counsellor at risk.
rule-no-personal-contact-or-meeting--better = Set a warm boundary: the line is always there, whoever answers; and help the child find people close by.

rule-no-personal-details = No personal details
rule-no-personal-details--explain = Sharing shift times or one's private life feeds an exclusive attachment to one counsellor.
rule-no-personal-details--better = Say warmly that you cannot share that, and that every counsellor on the line is there for them.

rule-no-pressing-for-identity = No pressing for identity
rule-no-pressing-for-identity--explain = The line is anonymous; pressing for a name, address or school makes a child hang up.
rule-no-pressing-for-identity--better = Respect anonymity; ask where the child is only when help must reach them, and explain why.

rule-warm-boundaries = Warm boundaries
rule-warm-boundaries--explain = When a child asks for personal contact, a meeting or a schedule, a clear and warm boundary protects the child.
rule-warm-boundaries--better = Acknowledge the wish, say kindly what is not possible, and what is: calling the line at any time.

rule-name-the-dependency = Naming the dependency gently
rule-name-the-dependency--explain = A child who becomes attached to one counsellor needs help to turn towards people in real life.
rule-name-the-dependency--better = Name the pattern gently ("you call me when it is hard at night") and explore who could be there in the daytime.

rule-no-dangerous-advice = No dangerous advice
rule-no-dangerous-advice--explain = Advice that puts the child in danger (confronting an abuser, running away at night) can cause harm.
rule-no-dangerous-advice--better = Think through safety with the child and choose the least risky step together.

rule-no-leaving-the-child-in-silence = Not leaving the child in silence
rule-no-leaving-the-child-in-silence--explain = When a child has spoken and the counsellor says nothing for half a minute, the child hears that nobody is there; many hang up.
rule-no-leaving-the-child-in-silence--better = Answer, even briefly: reflect what you heard, or say that you are there and listening.

rule-try-before-closing-a-silent-call = Trying before closing a silent call
rule-try-before-closing-a-silent-call--explain = A silent child may be testing whether anyone listens; describing what you hear or offering a tap code gives them a way to answer without words.
rule-try-before-closing-a-silent-call--better = Describe what you can hear and offer a tap code before you close the call with an invitation to call back.

rule-no-threats = No threats or ultimatums
rule-no-threats--explain = A threat ("if you do it again, I'll have to tell...") takes control away from the child and teaches them that telling is dangerous.
rule-no-threats--better = Say honestly what you are worried about and what you may have to do, and look for the next step together.

rule-assess-the-risk = Assessing the risk
rule-assess-the-risk--explain = Suicidal thoughts and a plan with means and time are different levels of risk; only asking about the plan, the means and the time tells them apart.
rule-assess-the-risk--better = After the direct question, ask calmly whether there is a plan, whether the means are at hand, and when.

rule-ask-about-risk-to-others = Asking about risk to others
rule-ask-about-risk-to-others--explain = When a child speaks of a weapon or of hurting someone, someone else's life may be in danger, which is a reason to act even without consent.
rule-ask-about-risk-to-others--better = Ask calmly and openly whether anyone could be hurt and whether anyone is in danger right now, without interrogating.

rule-no-interrogating = No interrogating
rule-no-interrogating--explain = Interrogating a child about harm done to them, or about something they did, frightens them and is not the counsellor's task: investigation is for the police.
rule-no-interrogating--better = Let the child tell what they can, at their pace, with open questions.

rule-justified-without-consent = Acting without consent when a life is in danger
rule-justified-without-consent--explain = Danger now, an attempt in progress or a plan with means and time oblige the counsellor to act even without consent.
rule-justified-without-consent--better = Call the service, tell the child what you are doing and why, and stay with them on the line.

rule-consult-the-supervisor = Consulting the shift supervisor
rule-consult-the-supervisor--explain = A signal to child protection breaks confidentiality: it is agreed with the shift supervisor and documented (Family Code art. 56; federal law 120-FZ on the prevention of neglect and offences of minors).
rule-consult-the-supervisor--better = Consult the shift supervisor before passing a signal, unless a life is in danger right now.

rule-route-to-an-open-service = Calling a service that answers now
rule-route-to-an-open-service--explain = Some services work by day only; calling one that is closed costs time a child in crisis may not have.
rule-route-to-an-open-service--better = Check the hour and call the service that answers now: at night the police duty unit through 102 instead of the juvenile unit.

rule-stay-until-help-arrives = Staying on the line until help arrives
rule-stay-until-help-arrives--explain = A child waiting for an ambulance or the police is in danger; leaving the call leaves them alone with it.
rule-stay-until-help-arrives--better = Stay on the line, keep talking with the child and end the call only once help is with them.

rule-confirm-help-arrived = Checking that help arrived
rule-confirm-help-arrived--explain = Help that is called is not yet help that came: the last step of escalation is to confirm it reached the child.
rule-confirm-help-arrived--better = Ask whether the ambulance or the police have come and stay until they have.

rule-never-hang-up-on-a-child-at-risk = Never hanging up on a child at risk
rule-never-hang-up-on-a-child-at-risk--explain = Hanging up on a child who has disclosed harm or who is at risk is the gravest failure: they may never call again.
rule-never-hang-up-on-a-child-at-risk--better = Stay with the child, agree on a next step or a safety plan, and close the call together.

rule-no-false-guarantees = No false guarantees
rule-no-false-guarantees--explain = Promising what the counsellor cannot control ("nobody at school will know", "nothing without your consent") breaks the child's trust when it does not hold.
rule-no-false-guarantees--better = Be honest about what you can and cannot promise, and what may happen next.
