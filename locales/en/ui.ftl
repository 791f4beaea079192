# The program's own words (terminal play).

# No caller ID on a helpline: the counsellor learns who calls from the call itself.
ui-call-header = Incoming call · seed { $seed }
ui-incoming-call = ☎ An incoming call on the children's helpline…
ui-press-enter = Press Enter to answer.
ui-you = You
ui-dispatched = ☎ You connect: { $service }
ui-service-closed = ☎ { $service } does not answer at this hour.
ui-silence = (silence, { $seconds } s)
ui-call-ended = — The call has ended: { $outcome }.
ui-counsellor-hung-up = you hung up
ui-prompt = Answer 1–{ $count } · d dispatch a service · w wait · h hang up · q save and quit
ui-dispatch-how = Type d and the number (e.g. d 2) to connect a service.
ui-call-summary = { $turns ->
    [one] { $turns } turn
   *[other] { $turns } turns
}, { $minutes } min { $seconds } s.
ui-transcript-saved = Transcript saved: { $path }
ui-resume-hint = To continue this call: doverie play --resume { $path }
ui-script-ended = (The script has ended; the call is still open.)
ui-bad-input = Not possible now: { $input }

ui-difficulty-introductory = introductory
ui-difficulty-intermediate = intermediate
ui-difficulty-advanced = advanced

## Debrief

ui-debrief-title = Debrief
ui-debrief-level = { $level } · { $total } of 100
ui-debrief-protocol = Scored under protocol { $protocol } { $version }
ui-debrief-critical = { $count ->
    [one] One critical deviation: it decides the level whatever the number.
   *[other] { $count } critical deviations: they decide the level whatever the number.
}
ui-debrief-categories = By category
ui-debrief-no-opportunity = — (no opportunity in this call)
ui-debrief-timeline = Turn by turn
ui-debrief-start = Before your first answer
ui-debrief-turn = Turn { $turn } ({ $time })
ui-debrief-deviation = ✗ { $severity }: { $rule }
ui-debrief-why = Why it matters: { $text }
ui-debrief-better = Better: { $text }
ui-debrief-kept = ✓ { $rule }
ui-debrief-went-well = What went well
ui-debrief-nothing-went-well = Nothing to credit in this call yet; the suggestions above show where to start.
ui-debrief-end-state = The caller at the end of the call (reported apart from the score)
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
