# The children's-helpline protocol: names of acts, caller events, services and outcomes.

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
event-consent-given = Consent given
event-consent-refused = Consent refused
event-location-given = Location given
event-safety-plan-agreed = Safety plan agreed
event-feels-better = Feels better
event-withdraws = Withdraws

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

group-emergency = Emergency services
group-child-protection = Child protection
group-voluntary-support = Voluntary support

## Outcomes

outcome-child-hung-up = the child hung up
outcome-help-declined = the child declined help
outcome-help-agreed = the child agreed to get help
outcome-emergency-help-sent = emergency help was sent
outcome-call-closed-well = the call closed well
