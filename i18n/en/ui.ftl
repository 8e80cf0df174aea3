### Screens, labels, keys and messages of the program (English).

## General

# The name of this language, written in the language itself.
ui-language-name = English
ui-step-of = step { $n } of { $total }
ui-too-small =
    The window is too small: mailwiz needs at least { $min-width }×{ $min-height } characters and
    has { $width }×{ $height }. Make it bigger or press q to quit.

## Answers and screens of the wizard

# The keys that answer a check, as the initials of this language's words: the first letter of
# each value is shown on screen, the others (separated by spaces) work too. y, n and u answer in
# every language. None may be a key of another command on a check screen (s, x, q, c, L, /, ?).
ui-key-yes = y
ui-key-no = n
ui-key-unsure = u
ui-answer-yes = Yes
ui-answer-no = No
ui-answer-unsure = Not sure
ui-advice-heading = What to do
ui-unsure-heading = How to find out
ui-go-on-or-stop = Enter: go on · x: stop here and see the summary
ui-resolved = Solved.
ui-end-of-scenario = This is the end of the scenario. Press s for the summary, Esc to go back.
ui-input-hint = Type or paste, then press Enter.
ui-search-no-match = Nothing in the catalogue matches. Press Enter to read it as a reply line.
ui-code-not-recognised = Not a reply code: "{ $input }". Try 550, 4.2.2 or the error line from a bounce.
ui-code-go-to-step = Open the step "{ $step }" ({ $scenario })
ui-code-continue = Go on with the scenario

## Labels of an explanation (screen and command line)

ui-label-input = Input
ui-label-code = Code
ui-label-enhanced = Enhanced code
ui-label-class = Class
ui-label-category = About
ui-label-who = Who acts
ui-label-causes = Usual causes
ui-label-action = What to do
ui-label-step = Wizard step
ui-label-recipient = Recipient
ui-label-reason = Reason
ui-label-server = Server
ui-label-diagnostic = Server's words
ui-not-in-catalogue = not in the catalogue: explained from its digits
ui-no-basic-code = no basic reply code given: explained from the enhanced code
ui-more-below = ▼ more: PgDn
ui-picker-screen = Language of the screen
ui-picker-caller = The caller's language
ui-picker-same = the same as the screen
ui-caller-language = caller: { $language }
ui-observed = From the reply you gave: { $answer }
ui-observed-take = Enter takes this answer; the keys below answer otherwise.
ui-step-in-scenario = "{ $step }" in { $scenario }
ui-enhanced-only-summary = Enhanced status { $enhanced } ({ $class }): the problem concerns { $subject }.

## The subject of an enhanced status code (its second number, RFC 3463)

ui-subject-0 = something not specified
ui-subject-1 = the address
ui-subject-2 = the mailbox
ui-subject-3 = the mail system
ui-subject-4 = the network or routing
ui-subject-5 = the mail delivery protocol
ui-subject-6 = the message content or media
ui-subject-7 = security or policy

## The list of codes

ui-codes-heading = SMTP reply codes: { $count }
ui-codes-class-heading = { $class } ({ $digit }xx)

ui-enhanced-heading = Enhanced status codes: { $count } (X is 2 for success, 4 for a temporary and 5 for a permanent failure)
ui-recipients-failed = { $count ->
    [one] One recipient failed.
   *[other] { $count } recipients failed.
}
ui-no-recipient = The message names no failed recipient; its text is explained as one reply.

## The summary

ui-summary-title = Summary
ui-summary-heading = mailwiz session summary
ui-summary-gather = To gather before contacting support
ui-summary-nothing = nothing yet

## Errors

ui-error-empty-input = Nothing to explain: give a reply code, an enhanced code or a line from a bounce.
ui-error-not-a-code =
    "{ $input }" is not an SMTP reply code. Give a code from 200 to 599 (such as 550), an enhanced
    code (such as 5.1.1) or a whole reply line.
ui-error-unknown-language = Unsupported language "{ $lang }". Choose one of: { $supported }.
ui-error-profile = The profile { $file } cannot be used: line { $line }: { $reason }
ui-error-profile-unreadable = The profile { $file } cannot be read: { $reason }
ui-error-profile-invalid = The profile { $file } cannot be used: { $reason }
ui-error-summary-write = The summary could not be written to { $file }: { $reason }
ui-error-restricted-profile = Restricted mode does not accept --profile. It reads only the administrator's profile, { $path }, and uses the built-in one when that file does not exist.
ui-error-restricted-summary = In restricted mode the summary can only go to standard output: use --summary - instead of a file name.
ui-error-restricted-file = Restricted mode reads no file: paste the bounce, or give it on standard input with explain -.
ui-error-not-a-terminal = The wizard needs a terminal. To explain a code without one, use: mailwiz explain 550
ui-error-terminal = The terminal stopped working: { $reason }
ui-error-dumb-terminal = The wizard needs a terminal that can draw a full screen, and TERM ("{ $term }") says this one cannot. To explain a code without it, use: mailwiz explain 550
ui-error-summary-exists = { $file } already exists, and the summary never replaces a file. Give a new file name, or --summary - for standard output.
ui-error-output = The output could not be written: { $reason }
ui-error-stdin = Standard input could not be read: { $reason }
ui-error-message-file = The file { $file } cannot be read: { $reason }

## Keys: what each key does (footer and help overlay)

help-title = Keys
help-close = q quits; any other key closes this help.
help-move = move
help-choose = choose
help-pick = choose by number
help-yes = yes
help-no = no
help-unsure = not sure
help-scroll = scroll
help-page = a page up or down
help-back = back
help-lookup = look up a code
help-language = language
help-caller-language = caller's language
help-summary = summary
help-help = help
help-quit = quit
help-go-on = go on
help-stop = stop, see the summary
help-copy = copy to the clipboard
help-explain = explain

## A summary for a ticket

# The labels of the facts at the top of the summary; each is followed by ": " and its value.
ui-summary-started = Started
ui-summary-version = Version
ui-summary-profile = Profile
ui-summary-profile-embedded = the built-in default, { $provider }
ui-summary-profile-file = { $file }, { $provider }
ui-summary-caller = Caller helped in
ui-summary-outcome = Outcome
# $step is "Scenario › Step", the resolution or contact step.
ui-summary-outcome-solved = solved ({ $step })
ui-summary-outcome-escalate = not solved: escalate to support ({ $step })
ui-summary-outcome-unfinished = not finished; if it stays unsolved, escalate to support ({ $step })
ui-summary-outcome-open = not finished; no scenario was started
ui-summary-problems = Problems, diagnoses and the advice given
ui-summary-problem = Problem
ui-summary-diagnosis = Diagnosis
ui-summary-advice = Advice given
ui-summary-steps = Steps and answers
# A value of the checklist that mailwiz found among the words of an error (an IP address).
ui-summary-named-in-error = { $value } (named in the error)
ui-summary-copied = The summary was sent to the terminal's clipboard (OSC 52).
ui-summary-copy-help =
    If pasting gives nothing, the terminal ignores OSC 52. In tmux, turn it on with:
      tmux set -g set-clipboard on
    or start mailwiz with --summary FILE, or select the text with the mouse.
ui-quit-title = Quit
ui-quit-question = Quit mailwiz?
ui-quit-summary-file = The summary will be written to { $file }.
ui-quit-summary-stdout = The summary will be printed once the terminal is back.
ui-quit-summary-nowhere = The summary is only on the screen. To keep it, press Esc, then s to see it and c to copy it.

## Issue 13, part 2: the lookup

# Ctrl-U in the lookup: empties the field.
help-clear = clear the field
# mailwiz search found nothing for the words given.
ui-error-no-match = Nothing matches "{ $query }". Try other words, a code (such as 550) or an enhanced code (such as 5.7.1).
