# The program's own words (terminal play).

# No caller ID on a helpline: the counsellor learns who calls from the call itself.
ui-call-header = Incoming call · call variant { $seed }
ui-incoming-call = ☎ An incoming call on the children's helpline…
ui-press-enter = Press Enter to answer.
ui-you = You
ui-dispatched = ☎ You connect: { $service }
ui-dispatch-closed = ☎ You call: { $service }; it does not answer at this hour
ui-service-closed = ☎ { $service } does not answer at this hour.
ui-silence = (silence, { $seconds } s)
ui-call-ended = — The call has ended: { $outcome }.
ui-counsellor-hung-up = you hung up
ui-prompt = Answer 1–{ $count } · d dispatch a service · w wait · h hang up · q save and quit
ui-dispatch-how = Type d and the number (e.g. d 2) to connect a service.
ui-service-open = open
ui-service-opens = { $days ->
    [0] closed · opens at { $time }
    [1] closed · opens tomorrow at { $time }
   *[other] closed · opens in { $days } days at { $time }
}
ui-service-never = closed
ui-service-signal = written signal only (acted on during working days)
ui-service-closed-today = closed today
ui-service-instead = answering now instead: { $numbers }
ui-call-summary = { $turns ->
    [one] { $turns } turn
   *[other] { $turns } turns
}, { $minutes } min { $seconds } s.
ui-transcript-saved = Transcript saved: { $path }
ui-resume-hint = To continue this call: doverie play --resume { $path }
ui-db-stored = Stored in the assessor's database as attempt { $attempt }.
ui-db-duplicate = Not stored again: the assessor's database already holds this call, as attempt { $attempt } (trainee { $trainee }).
ui-db-refused = Not stored in the assessor's database: { $reason }
ui-db-failed = Not stored in the assessor's database { $db }: { $reason }
ui-script-ended = (The script has ended; the call is still open.)
ui-bad-input = Not possible now: { $input }

ui-difficulty-introductory = introductory
ui-difficulty-intermediate = intermediate
ui-difficulty-advanced = advanced

## Debrief

ui-debrief-title = Debrief
ui-debrief-level = { $level } · { $total } of 100
ui-debrief-protocol = Scored under “{ $protocol }”, version { $version }
ui-debrief-critical = { $count ->
    [one] One critical deviation: it decides the level whatever the number.
   *[other] { $count } critical deviations: they decide the level whatever the number.
}
ui-debrief-categories = By category
ui-debrief-no-opportunity = — (no opportunity in this call)
ui-debrief-timeline = Turn by turn
ui-debrief-start = Before your first answer
ui-debrief-end-of-call = By the end of the call
ui-debrief-turn = Turn { $turn } ({ $time })
ui-debrief-deviation = ✗ { $severity }: { $rule }
ui-debrief-why = Why it matters: { $text }
ui-debrief-better = Better: { $text }
ui-debrief-kept = ✓ { $rule }
ui-debrief-went-well = What went well
ui-debrief-kept-in-category = { $category }: { $kept } of { $opportunities } kept
ui-debrief-nothing-went-well = Nothing to credit in this call yet; the suggestions above show where to start.
ui-debrief-end-state = The caller at the end of the call (reported apart from the score)
ui-debrief-end-value = { $name }: { $value } (from { $min } to { $max })
ui-debrief-outcome = Outcome: { $outcome }

ui-severity-minor = Minor
ui-severity-moderate = Moderate
ui-severity-major = Major
ui-severity-critical = Critical

level-high-compliance = High Compliance
level-compliant = Compliant
level-partial-compliance = Partial Compliance
level-low-compliance = Low Compliance
level-non-compliant = Non-Compliant

## Why a deviation counted: the scorecard keeps the rule's patterns by id, these words name them.
## $pattern, $expect, $trigger, $requires, $unless, $after: a list of ui-cue; $window: ui-window-*.

ui-reason-happened = { $pattern } happened
ui-reason-never = never { $pattern }
ui-reason-never-after = never { $pattern } after { $after }
ui-reason-late = no { $expect } within { $window } after { $trigger }
ui-reason-ended = the call ended without { $expect } after { $trigger }
ui-reason-within = { $expect } within { $window } after { $trigger }
ui-reason-too-early = { $pattern } before { $requires }
ui-reason-only-after = { $pattern } only after { $requires }
ui-reason-only-after-unless = { $pattern } only after { $requires }, unless { $unless }
ui-reason-overdue = { $expect } came late: not within { $window } after { $trigger }
ui-reason-without-consent = a service was called without the caller's consent for it
ui-reason-consent = each service only with the caller's consent for that service
ui-reason-consent-unless = each service only with the caller's consent for that service, unless { $unless }
ui-reason-never-done = the call ended without { $expect }
ui-reason-eventually = { $expect } before the call ends
ui-reason-eventually-after = after { $after }, { $expect } before the call ends
ui-cue = “{ $name }”
ui-cue-or = { $first } or { $last }
ui-cue-any-dispatch = any service
ui-cue-closed-dispatch = calling a service that is closed at this hour
ui-cue-call-start = the start of the call
ui-cue-hang-up = hanging up
ui-cue-silence = a silence of { $seconds } s
ui-window-turns = { $turns ->
    [one] { $turns } turn
   *[other] { $turns } turns
}
ui-window-seconds = { $seconds } s
ui-window-turns-or-seconds = { $turns ->
    [one] { $turns } turn
   *[other] { $turns } turns
} or { $seconds } s
ui-window-none = the time allowed


## The explorer's report (doverie explore). Ids and --choose scripts are shown as they are.

explore-all = all
explore-stopped = STOPPED at --max-states
explore-summary = { $scenario }: { $states } call states ({ $status }), { $scored } states with the rule monitors ({ $scored_status }); { $transitions } transitions; { $seconds } s
explore-summary-rules = { $scenario }: { $states } call states ({ $status }), { $scored } states with the rule monitors ({ $scored_status }), { $rule_states } states rule by rule ({ $rules_status }); { $transitions } transitions; { $seconds } s
explore-blow-up = The call's own states stopped at --max-states { $max }. What grows the space:
explore-blow-up-variable = variable { $variable }: { $values } distinct values
explore-blow-up-nodes = { $distinct } distinct (node, variables) among { $states } states
explore-blow-up-hint = Narrow the variables' ranges, or raise --max-states.
explore-endings = Endings reached ({ $count }):
explore-counsellor-hangs-up = (the counsellor hangs up)
explore-no-seed = (no seed below { $limit } makes its random branches fall this way)
explore-none = none
explore-unreached-nodes = Nodes no state reaches: { $nodes }
explore-unreached-options = Options never offered: { $list }
explore-option-condition-never-holds = its condition never holds when the call is on this node
explore-dead-ends = Dead ends (nothing to say and the child waits for ever): { $list }
explore-traps = Traps (no ending but hanging up can be reached): { $list }
explore-stuck = { $node } ({ $states } state(s)), e.g. --choose '{ $script }'
explore-scores-partial =
    The scores were explored over the first { $states } states (breadth-first: the shortest calls first);
    { $which }. Raise --max-states to go further.
explore-scores-worst-found = the worst below is the worst found, not a bound (the best is a High Compliance call, the best there is)
explore-scores-found = the best and worst below are the best and worst found, not bounds
explore-best = Best call: { $level } { $total } ({ $outcome })
explore-worst = Worst call: { $level } { $total } ({ $outcome })
explore-high-possible = A High Compliance call: possible.
explore-high-impossible = A High Compliance call: NOT possible.
explore-high-unknown = A High Compliance call: not found in the states explored.
explore-rules-never-triggered = Rules this scenario never triggers: { $rules }
explore-rules-never-kept = Rules no call of this scenario can keep: { $rules }
explore-rules-undetermined = Rules never triggered or never kept: not determined (the calls were not explored to the end for every rule).
explore-random = { $calls } random calls (seed { $seed }):
explore-random-totals = totals: min { $min }, median { $median }, mean { $mean }, max { $max }
explore-random-outcomes = outcomes: { $outcomes }

## Certification

ui-certify-title = Certification of { $trainee } over { $calls ->
    [one] { $calls } call
   *[other] { $calls } calls
} (protocol { $protocol } { $version })
ui-certify-certified = Verdict: CERTIFIED
ui-certify-not-certified = Verdict: NOT CERTIFIED
ui-certify-check-same-trainee = All calls are by one trainee ({ $measured ->
    [one] one trainee
   *[other] { $measured } trainees
}).
ui-certify-check-min-calls = { $measured } calls; at least { $limit } are needed.
ui-certify-check-partial = Partial Compliance: { $measured } of { $of } calls; at most { $limit }% allowed.
ui-certify-check-low = Low Compliance: { $measured } of { $of } calls; at most { $limit }% allowed.
ui-certify-check-non-compliant = Non-Compliant: { $measured } of { $of } calls; at most { $limit }% allowed.
ui-certify-check-sentinels = Critical deviations in sentinel calls: { $measured } in { $of } sentinel calls; none allowed.
ui-certify-sentinel-failure = sentinel call { $call } ({ $scenario }): critical deviation "{ $rule }" at turn { $turn }
ui-list-sentinel = ⚑ A sentinel call for certification: one critical deviation here fails the whole set.

## The desktop app

gui-title = Helpline training calls
gui-subtitle = Practise calls from children in crisis before taking real ones.
gui-language = Language
gui-mode = Mode
gui-mode-practice = Practice
gui-mode-exam = Exam
gui-say-first = Say it first
gui-voice = Voice practice
gui-trainee = Trainee
gui-scenarios = Scenarios
gui-no-scenarios = No scenario can be played: see the problems below.
gui-age = { $age ->
    [one] { $age } year old
   *[other] { $age } years old
}
gui-topics = Topics: { $topics }
gui-sentinel = Sentinel call for certification
gui-sentinel-explained = A sentinel call: in certification, one critical deviation here fails the whole set.
gui-start = Take the call (Enter)
gui-arcs = Arcs: the same caller over weeks
gui-arc-calls = { $calls } calls, weeks apart: { $titles }
gui-arc-not-started = Not started: call 1 of { $calls } is next
gui-arc-next = Call { $call } of { $calls } is next · { $after } in the story
gui-arc-complete = All { $calls } calls played · { $level }
gui-arc-broken = The calls stored in { $dir } do not verify, and nothing in it is changed: { $reason }
gui-arc-start = Take call { $call } of { $calls } (Enter)
gui-arc-is-complete = The arc is complete; its calls are kept in { $dir }.
gui-arc-this-call = The arc “{ $arc }”: call { $call } of { $calls }
gui-arc-goes-on = Next: { $after }. Choose the arc in the lobby to take the next call.
gui-arc-not-stored = This call could not be added to the arc: { $reason }
gui-problems = { $count ->
    [one] One problem
   *[other] { $count } problems
} in the scenario files (run doverie check for the full list):
gui-reloaded = Files reloaded: { $problems ->
    [0] no problems.
    [one] one problem.
   *[other] { $problems } problems.
}
gui-keys-lobby = ↑ ↓ choose a scenario or an arc · Enter take the call · L language · M mode · S say it first · V voice practice · T trainee id
gui-answer = Answer (Space)
gui-answer-hint = The phone is ringing. Press Space or Enter to answer.
gui-call-time = Call { $time }
gui-silence = Silence: { $seconds } s
gui-listening = The caller is speaking…
gui-call-over = The call has ended.
gui-say-first-prompt = Say it in your own words first, then press Enter to see the options.
gui-options = Your answer
gui-no-options = No answer to choose now: you can wait, dispatch a service or hang up.
gui-dispatch = Dispatch a service (D)
gui-dispatch-keys = 1–9, 0 dispatch · ↑ ↓ choose, Enter dispatches the one chosen · Esc closes
gui-hang-up = Hang up (F10)
gui-caller-state = The caller's state
gui-hints = Hints
gui-hint = { $severity } · turn { $turn }: { $rule }
gui-no-hints = No deviations so far.
gui-keys-call = 1–9 answer · D dispatch a service · F10 hang up · silence counts
gui-back = Back to the lobby (Enter)
gui-keys-debrief = ↑ ↓ Page Up/Down scroll · Enter back to the lobby
gui-save-failed = The transcript could not be saved: { $reason }
gui-no-display = No display ({ $reason }): starting the terminal mode.
gui-pick-scenario = Choose a scenario (1–{ $count }), or press Enter to leave:
gui-call-not-started = The call cannot start: { $reason }
gui-interrupted = { $count ->
    [one] An interrupted call (its record is kept whatever you choose)
   *[other] { $count } interrupted calls (their records are kept whatever you choose)
}
gui-interrupted-call = { $scenario } · { $time } UTC · { $inputs ->
    [one] { $inputs } input
   *[other] { $inputs } inputs
}
gui-interrupted-unreadable = { $file } cannot be recovered: { $reason }
gui-interrupted-keys = R resumes the first call · A closes it as abandoned
gui-resume = Resume (R)
gui-abandon = Close as abandoned (A)
gui-abandoned = Closed as abandoned; the record is kept in { $path }
gui-recover-failed = Cannot recover { $file }: { $reason }
gui-synthetic-voice = Synthetic voice
ui-caller = Caller
ui-status = [{ $clock }]
ui-status-silent = [{ $clock }] silence { $seconds } s
ui-status-limit = { $left } s of { $limit } s left: “{ $rule }”
ui-status-limit-passed = the { $limit } s have passed: “{ $rule }”
ui-not-text = Not possible now: the line is not UTF-8 text.
ui-input-call-over = Not possible now: the call is over.
ui-input-no-answer = There is no answer “{ $input }” now: choose 1–{ $count }, d, w, h or q.
ui-input-no-service = There is no service “{ $input }”: d lists them.
ui-input-unknown = Not possible now: “{ $input }”. Choose 1–{ $count }, d, w, h or q.
cli-no-scenario = There is no scenario "{ $name }".
cli-did-you-mean = Did you mean "{ $best }"?
cli-scenarios = Scenarios: { $list }
ui-rescored = scored again under { $protocol } { $version } (the call was recorded under { $version-recorded })
ui-rescore-refused = cannot score the call under { $protocol }: { $reason }
ui-record-line = Line { $n } of { $total }: { $line }
ui-record-ask = Enter: record · s: skip · q: quit
ui-record-ask-existing = This line has a clip. Enter: record over it · s: keep it · q: quit
ui-record-recording = Recording… press Enter to stop.
ui-record-no-microphone = no microphone is open: nothing can be recorded (connect one, or check `doverie audio-check`)
ui-record-lost = The take was lost; try again.
ui-record-silent = Not kept: { $reason }.
ui-record-keep = Take of { $seconds } s, trimmed and levelled. Enter: keep · r: retake · s: skip
ui-record-saved = Saved: { $path }
ui-record-done = { $kept } of { $total } lines recorded, { $skipped } skipped.
check-error = error
check-warning = warning
check-info = info
check-hint = hint
check-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
check-voice-summary = info: { $count ->
    [one] 1 scenario text has
   *[other] { $count } scenario texts (a scenario in a language) have
} lines without a recorded voice clip; the synthetic voice speaks them (`doverie check --verbose` names them)
check-no-files = no scenario, protocol or Fluent file here
check-no-files-hint = give .ron or .ftl files, or a folder that holds them

# Sound problems, as the front ends word them ($detail: the system's own words, as it gives them).
ui-sound-no-output = No sound output device: the call goes on without sound.
ui-sound-output-unusable = The sound output cannot be used ({ $detail }): the call goes on without sound.
ui-sound-output-not-opened = The sound output cannot be opened ({ $detail }): the call goes on without sound.
ui-sound-device-failed = The sound device failed ({ $detail }): the call goes on without sound.
ui-sound-clip-failed = Cannot play a voice clip: { $detail }
ui-sound-record-failed = Cannot record the answer: { $detail }
ui-sound-take-cut = An answer is recorded for at most 5 minutes: the rest of this one is not recorded.
ui-sound-no-microphone = No microphone: answers are not recorded.
ui-sound-microphone-unusable = The microphone cannot be used ({ $detail }): answers are not recorded.
ui-sound-microphone-not-opened = The microphone cannot be opened ({ $detail }): answers are not recorded.
gui-trainee-anonymous = anonymous
gui-chosen-on = ✓ { $label }
gui-chosen-off = { $label }
gui-toggle-on = ☑ { $label }: on
gui-toggle-off = ☐ { $label }: off
gui-ringing = Incoming call
gui-caller-unknown = No caller ID: who is calling, you learn from the call.
gui-talking = Call in progress
gui-hang-up-question = Hang up?
gui-hang-up-explained = The call ends at once and the child is left alone. Enter hangs up, Esc goes back to the call.
gui-hang-up-yes = Hang up (Enter)
gui-hang-up-no = Back to the call (Esc)
gui-hint-opening = { $severity } · before your first answer: { $rule }
gui-hints-more = { $count ->
    [one] …and { $count } more hint (all in the debrief)
   *[other] …and { $count } more hints (all in the debrief)
}
gui-dispatch-title = Services
gui-dispatch-now = The child's local time: { $time }
gui-dispatch-more = ▼ More services below: scroll, or press ↓
gui-dispatch-other = Other services
gui-service-always = answers day and night
gui-service-open = answers now ({ $hours })
gui-service-closed = not answering now ({ $hours })

## The arc of calls from the same caller: between calls, and its debrief.
ui-arc-days-later = { $days ->
    [one] A day later
   *[other] { $days } days later
}
ui-arc-weeks-later = { $weeks ->
    [one] A week later
    [2] Two weeks later
    [3] Three weeks later
    [4] Four weeks later
   *[other] { $weeks } weeks later
}
ui-arc-call-of = Call { $call } of { $calls }: { $title }
ui-arc-title = The arc: { $arc }
ui-arc-explain = The arc's total is the mean of its calls' totals; its level is the worst of the calls' levels and of the arc rules it broke.
ui-arc-calls = Call by call
ui-arc-call = { $call }. { $title } · { $level } · { $total } of 100
ui-arc-trajectory = The caller across the calls (start → end of each call; lowest and highest in it)
ui-arc-value = { $name }: { $start } → { $end } (lowest { $low }, highest { $high })
ui-arc-rules = The arc as a whole
ui-arc-rule-kept = ✓ { $rule }
ui-arc-rule-broken = ✗ { $severity }: { $rule }
ui-arc-no-rules = The protocol has no arc rule for the variables this arc carries.
ui-arc-unfinished = { $played } of { $calls } calls played: the arc rules are judged after the last call.
ui-arc-continue = The arc goes on later: doverie play --arc { $arc } --continue { $dir }
ui-arc-chain-not-in-arc = transcript { $position } is a single call, not a call of an arc: give the arc's transcripts only, in order
ui-arc-chain-other-arc = transcript { $position } is a call of arc "{ $arc }", not of "{ $expected }"
ui-arc-chain-arc-changed = transcript { $position } was played under another version of arc "{ $arc }" (content hash differs): the arc file has changed since
ui-arc-chain-misplaced = transcript { $position } is call { $recorded } of the arc, not call { $position }: a call is missing or the transcripts are out of order (give them in the order they were played)
ui-arc-chain-missing = the arc has { $calls } calls but { $given } transcripts are given: call { $missing } is missing
ui-arc-chain-too-many = the arc has { $calls } calls but { $given } transcripts are given
ui-arc-chain-swapped = call { $position } of the arc is scenario "{ $expected }", but its transcript is of "{ $scenario }"
ui-arc-chain-unlinked = call { $position } does not follow the transcript given before it (the previous call's hash differs): that transcript was edited, or is of another playing of the arc
ui-arc-chain-carried = call { $position } began with { $variable } = { $recorded }, but the call before it ended with { $expected }
ui-arc-chain-no-value = nothing
ui-arc-chain-not-carried = call { $position } began with { $variable } = { $recorded }, but the arc does not carry { $variable }
ui-arc-chain-trainee = call { $position } was played by trainee "{ $trainee }", the arc's first call by "{ $first }"
ui-arc-chain-no-start = call { $position } records no time it began: a call of an arc is recorded with its start (play it again with doverie play --arc or in the app)
ui-arc-chain-early = call { $position } is recorded as beginning { $seconds } s before the call before it ended: the calls' recorded times are out of order (a transcript was edited, or the calls were not played one after the other)
ui-arc-none-given = no transcript given: give the arc's transcripts, in the order they were played
ui-arc-not-loaded = the arc "{ $arc }" does not load: { $reason }

explore-arc-title = Arc “{ $arc }”: { $calls } calls
explore-arc-call = Call { $call } ({ $scenario }): { $starts } starts ({ $explored } explored), { $states } states, { $ends } ends, { $values } distinct carried values at its end
explore-arc-arcs = Arcs scored: { $arcs }
explore-arc-incomplete = A bound stopped the exploration: the best and worst arcs below are the best and worst found. Raise --max-states to go further.
explore-arc-best = Best arc: { $level } { $total }
explore-arc-worst = Worst arc: { $level } { $total }
explore-arc-none = No arc found that replays under a seed.

ui-exam-reconnecting = Connection to the exam server lost ({ $reason }): reconnecting…
ui-exam-reconnected = Reconnected: the call goes on from the server's record ({ $inputs } inputs received).
ui-exam-stored = The exam call is over; the server stored it as attempt { $attempt }.
ui-exam-left-open = You left the exam call; it stays open on the server and its clock keeps running: run the same command again to resume it.
ui-exam-resuming = Resuming exam call { $call } ({ $scenario }) from the server's record: { $inputs } inputs so far.
ui-exam-starting = Exam { $exam }: call of { $scenario } starts now. No hints, no meters; every answer goes to the server as you give it.

## The desktop app's exams through the server (`doverie gui --server`).
gui-login-title = Exam login
gui-login-server = Exam server: { $server }
gui-login-name = Login
gui-login-password = Password
gui-login-waiting = Logging in…
gui-keys-login = Type · Tab next field · Enter log in
gui-exams-title = Your exams
gui-exams-trainee = Trainee: { $trainee }
gui-exams-none = No exam has been issued to you. Ask the assessor.
gui-exams-waiting = Asking the server…
gui-exams-opening = Connecting the call to the server…
gui-exam-heading = Exam { $exam } · { $window } · { $state }
gui-exam-open = open now
gui-exam-not-yet = not open yet
gui-exam-closed = closed
gui-exam-call-new = not called yet
gui-exam-call-live = interrupted: resume it
gui-exam-call-finished = done, stored as attempt { $attempt }
gui-exam-call-flagged = flagged: { $reason }
gui-keys-exams = 1–9 take the call under the number · F5 list again
gui-exam-recorded = Exam call { $call }: every answer goes to the server
gui-exam-sending = Sending the end of the call to the server…
gui-exam-stored = The server stored this exam call as attempt { $attempt }.
gui-exam-flagged = The server refused the call's answer: { $reason } The call ends here and is left to the assessor.
gui-exam-no-display = To take the exam in the terminal instead, give --login and --password-file, or run `doverie play --server URL --login LOGIN --password-file FILE`.
