# The program's own words (terminal play).

ui-call-header = Caller: { $name }, { $age } · seed { $seed }
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
