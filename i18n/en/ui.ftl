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

## Issue 14: the live checks (mailwiz check and the wizard's evidence)

live-status-ok = OK
live-status-warn = warning
live-status-fail = problem
live-status-error = not checked
live-status-skipped = skipped
live-no-resolver = No DNS resolver could be set up ({ $error }). Give one with --resolver IP, or check /etc/resolv.conf.
live-dns-error = The DNS lookup failed ({ $error }). Try again, or ask another resolver with --resolver IP.
live-skipped-no-domain = Not checked: the domain { $domain } does not exist.
live-mx-no-domain = The domain { $domain } does not exist in DNS: check the spelling, or whether the domain has expired.
live-mx-implicit = The domain has no MX records, so senders deliver to its own address ({ $addresses }). Publish MX records that name the mail servers.
live-mx-no-mail = The domain has no MX records and no address: no mail can reach it.
live-mx-null = The domain publishes a null MX record (RFC 7505): it says it accepts no mail at all.
live-mx-ok = Mail for the domain goes to { $hosts }.
live-mx-unresolved = No mail server of the domain has an address ({ $hosts }): mail cannot be delivered. Add A records for them, or correct the MX records.
live-mx-some-unresolved = Some of the domain's mail servers have no address ({ $hosts }): senders that try them first get delayed.
live-mx-provider-ok = All MX records point to the mail servers of { $provider }.
live-mx-provider-some = Some MX records point to other servers than those of { $provider }: { $hosts }. Mail that goes there does not reach the mailboxes at { $provider }.
live-mx-provider-none = The MX records point to { $hosts }, not to the mail servers of { $provider }: incoming mail goes there.
live-skipped-no-spf = Not checked: there is no valid SPF record.
live-spf-none = The domain has no SPF record: receivers cannot tell which servers may send its mail, and Gmail and Yahoo reject such mail or mark it as spam.
live-spf-many = The domain has { $count } SPF records. Receivers then ignore all of them (permerror): merge them into one.
live-spf-syntax = The SPF record is not valid at “{ $term }”: receivers ignore it (permerror).
live-spf-void = The SPF record includes { $name }, which has no SPF record, or more than one: receivers treat the whole record as an error (permerror).
live-spf-included-syntax = The included SPF record of { $name } is not valid at “{ $term }”: receivers treat the domain's whole SPF record as an error (permerror).
live-spf-too-many-lookups = Checking the SPF record takes { $lookups } DNS lookups, more than the 10 allowed: receivers treat it as an error (permerror). Remove includes that are no longer used.
live-spf-pass-all = The SPF record ends in +all: it lets every server in the world send mail for the domain. End it in ~all or -all.
live-spf-ok = One valid SPF record, ending in { $all }; checking it takes { $lookups } of the 10 DNS lookups allowed.
live-spf-redirect = One valid SPF record, which hands over to the record of { $name } (redirect=); checking it takes { $lookups } of the 10 DNS lookups allowed.
live-spf-neutral = The SPF record ends in ?all or has no all: it says nothing about other servers, which helps little against forged mail. End it in ~all or -all.
live-spf-provider-ok = The SPF record includes { $include }, the servers of { $provider }.
live-spf-provider-missing = The SPF record does not include { $include }: mail sent through the servers of { $provider } fails SPF. Add include:{ $include } before the all at the end.
live-dmarc-none = There is no DMARC record at { $name }. Gmail, Yahoo and Outlook.com require one from senders of bulk mail; start with v=DMARC1; p=none.
live-dmarc-not-first = The DMARC record is not valid: it must start with v=DMARC1 followed by a semicolon. Receivers ignore it.
live-dmarc-no-policy = The DMARC record has no policy (p=none, quarantine or reject): receivers ignore it.
live-dmarc-bad-tag = The DMARC record's { $tag }= value is not valid: receivers ignore that tag and use its default.
live-dmarc-monitor = The DMARC policy of { $domain } is p=none: receivers only send reports, and mail that fails is still delivered.
live-dmarc-partial = The DMARC policy p={ $policy } applies to only { $percent } % of the mail that fails.
live-dmarc-ok = The DMARC policy of { $domain } is p={ $policy } ({ $alignment }): receivers act on mail that fails.
live-dmarc-bad-policy = The DMARC record's { $tag }= value is not none, quarantine or reject: receivers apply no DMARC policy.
live-dmarc-many = There are { $count } DMARC records: receivers then apply none. Keep only one.
live-dkim-no-selector = Not checked: no DKIM selector is known. Give one with --dkim-selector; it is the s= value in the DKIM-Signature header of a sent message.
live-dkim-missing = No DKIM key is published for the selector { $selector } (at { $name }): signatures with it cannot be verified.
live-dkim-broken = The DKIM key record of the selector { $selector } is not valid: signatures with it cannot be verified.
live-dkim-revoked = The DKIM key of the selector { $selector } is empty (p=): it was revoked, and signatures with it fail.
live-dkim-short = The DKIM key of the selector { $selector } has only { $bits } bits: receivers refuse keys under 1024 bits (RFC 8301). Publish a 2048-bit key.
live-dkim-testing = The DKIM key of the selector { $selector } is marked as a test (t=y): receivers treat failed signatures as no signature.
live-dkim-ok = The DKIM key of the selector { $selector } is published ({ $key }).
live-ptr-ok = The address has the PTR (reverse DNS) record { $names }.
live-ptr-none = The address { $address } has no PTR (reverse DNS) record. Many receivers refuse mail from it; whoever owns the address (the hosting or cloud provider) sets the record.
live-skipped-no-ptr = Not checked: the address has no PTR record.
live-fcrdns-ok = { $name } points back to the address: the PTR record is forward-confirmed.
live-fcrdns-mismatch = { $name } points to { $addresses }, not to this address: receivers treat the PTR record as missing. Correct the A record of the name, or the PTR record.
live-fcrdns-no-address = { $name } has no address of its own: receivers treat the PTR record as missing. Add an A (or AAAA) record for it.
live-dnsbl-clean = Not listed on { $zone }.
live-dnsbl-sbl = Listed on { $zone } (Spamhaus SBL): the address sent spam or belongs to a spam operation.
live-dnsbl-css = Listed on { $zone } (Spamhaus CSS): the address sent low-reputation mail, often from a hacked script or form.
live-dnsbl-xbl = Listed on { $zone } (Spamhaus XBL): the address shows signs of malware or a hacked device.
live-dnsbl-drop = Listed on { $zone } (Spamhaus DROP): the whole network is listed as hijacked or run by criminals.
live-dnsbl-pbl = Listed on { $zone } (Spamhaus PBL): the address is not meant to send mail directly; send through the provider's SMTP server, or ask its owner to remove it from the PBL.
live-dnsbl-listed = Listed on { $zone } (answer { $answer }). The list's lookup page tells why and how to ask for removal.
live-dnsbl-typo = { $zone } answered that the query was malformed (127.255.255.252). This is not a listing: check the zone's name.
live-dnsbl-public-resolver = { $zone } refused the query because it came through a public or open resolver (127.255.255.254). This is not a listing: ask through your own resolver with --resolver.
live-dnsbl-too-many = { $zone } refused the query because the resolver asked too often (127.255.255.255). This is not a listing: ask through your own resolver.
live-dnsbl-odd = { $zone } answered { $answer }, which is not a blocklist answer: the zone is not a blocklist, or a resolver rewrites answers.
live-host-unknown = The name { $host } does not exist in DNS: check the server name.
live-port-closed = Port { $port } on { $host } is closed: the connection was refused. The service does not run on that port, or a firewall rejects it.
live-port-filtered = No answer from port { $port } on { $host } within { $seconds } s: a firewall drops the connection. Home and mobile networks and cloud servers often block outbound port 25.
live-unreachable = { $host } cannot be reached ({ $error }).
live-no-greeting = The port accepts the connection, but the server says nothing within { $seconds } s: an antivirus or a firewall may hold the connection.
live-no-reply = The server stopped answering for { $seconds } s.
live-server-closed = The server closed the connection.
live-server-refuses = The server refuses the connection: { $reply }
live-bad-greeting = The port answers, but not as a mail server of this kind: { $line }
live-server-ok = The server answers: { $greeting }
live-skipped-no-connection = Not checked: there is no connection to the server.
live-skipped-no-greeting = Not checked: the server did not greet.
live-skipped-no-tls = Not checked: there is no TLS connection.
live-starttls-missing = The server does not offer STARTTLS: passwords and messages would cross the network unencrypted, and mail programs set to STARTTLS cannot connect.
live-starttls-refused = The server offers STARTTLS but refuses it: { $reply }
live-starttls-ok = STARTTLS works ({ $version }).
live-tls-handshake = The TLS connection could not be set up ({ $error }). An antivirus that scans mail, or a wrong port, often causes this.
live-tls-ok = The certificate is valid for { $names } until { $date }.
live-tls-expiring = The certificate expires on { $date }, in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: renew it before mail programs start to refuse it.
live-tls-expired = The certificate expired on { $date }: mail programs warn or refuse to connect. Renew it.
live-tls-not-yet = The certificate is not valid yet: the server's or this machine's clock is wrong.
live-tls-name = The certificate is for { $names }, not for { $host }: mail programs warn or refuse. Use a server name the certificate names.
live-tls-untrusted = The certificate is not signed by an authority this machine trusts: it is self-signed, or the server does not send its intermediate certificate.
live-tls-other = The certificate is not valid ({ $error }).
live-auth-none = The server offers no login (AUTH) even over TLS: a mail program cannot sign in here.
live-auth-before-tls = The server offers login ({ $mechanisms }) before TLS: a mail program set to no encryption would send the password readable.
live-auth-ok = Over TLS the server offers login with { $mechanisms }.
live-offline = Not checked: --offline turns the live checks off.
# mailwiz check: a target that is no domain, address, IP address or server URL.
ui-error-bad-target = "{ $target }" is not a domain, an e-mail address, an IP address or a server such as submission://mail.example.com.
ui-error-bad-port = The port in "{ $target }" is not a number from 1 to 65535.
ui-error-bad-scheme = "{ $scheme }://" is not a server mailwiz checks. Use smtp, submission, smtps, imap, imaps, pop3 or pop3s.
ui-error-bad-resolver = "{ $resolver }" is not a DNS server's address: give an IP address, with a port if it is not 53 (127.0.0.1:5353, [2001:db8::53]:53).
ui-error-restricted-checks = The live checks are turned off in restricted mode by the administrator's profile.
ui-error-restricted-resolver = In restricted mode the checks ask only the system's DNS resolvers; --resolver is not allowed.
ui-error-restricted-target = In restricted mode only { $domain } and the names in it can be checked, not "{ $target }".
ui-error-restricted-no-domain = In restricted mode the checks are limited to the account's own domain, but none is set: the administrator sets MAILWIZ_DOMAIN for the account.
live-skipped-dns-failed = Not checked: the DNS lookup it depends on failed.
# The wizard's check screen: its live checks are running for the target (a domain or an IP address).
live-looking = Looking up { $target }…
# The live checks answered the question on the screen: { $answer } is Yes or No.
live-proposal = Looked up { $target }: { $answer }
# The live checks ran but do not answer the question (a lookup failed, or a check could not run).
live-no-proposal = Looked up { $target }; the findings below do not answer the question, so answer it yourself.
live-cancel = Esc goes back and stops the lookup; the keys below answer without waiting.
# Beside a question about a mail program's settings: what the provider's server answers when mailwiz connects to it from here.
live-evidence = { $target } as seen from here:
# On a check that can look something up, when nothing given so far named it (d opens the field).
live-ask-domain = Nothing named the domain yet: press d to type it, and mailwiz looks it up.
live-ask-recipient = Nothing named the recipient's domain yet: press d to type it, and mailwiz looks it up.
live-ask-ip = Nothing named the server's IP address yet: press d to type it, and mailwiz looks it up.
# The field where it is typed.
ui-target-prompt-domain = Type the domain (or an e-mail address in it), then press Enter:
ui-target-prompt-recipient = Type the recipient's domain (or the recipient's address), then press Enter:
ui-target-prompt-ip = Type the server's IP address (IPv4 or IPv6), then press Enter:
ui-target-prompt-dkim-selector = Type the DKIM selector (the s= value of a DKIM-Signature header), then press Enter:
live-ask-dkim-selector = Press d to type a DKIM selector to look up: the s= value of the DKIM-Signature header in a message the domain sent.
ui-target-invalid = "{ $input }" cannot be looked up here. Check the spelling and try again, or press Esc.
help-target = type the domain, IP address or DKIM selector to look up
help-target-take = look it up
# The summary's section with the findings of the live checks.
ui-summary-checked = Looked up

## Issue 15: the mail log (mailwiz logs and the wizard's log screen)

logs-heading = Mail log: { $files }
logs-totals = { $lines ->
        [one] { $lines } line
       *[other] { $lines } lines
    }, { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    }, from { $first } to { $last }
logs-counts = Sent { $sent } · deferred { $deferred } · bounced { $bounced } · expired { $expired } · refused on arrival { $rejected }
logs-nothing = No deliveries in the log for the time and address asked for.
logs-groups = Failures by cause
# One group of failures with the same diagnosis; { $delivery } is one of logs-deferred, logs-bounced, logs-expired, logs-rejected.
logs-group = { $delivery }: { $count ->
        [one] once
       *[other] { $count } times
    }, { $recipients ->
        [one] { $recipients } recipient
       *[other] { $recipients } recipients
    } in { $domains ->
        [one] { $domains } domain
       *[other] { $domains } domains
    }, { $first } to { $last }
logs-sent = Sent
logs-deferred = Deferred (retried later)
logs-bounced = Bounced
logs-expired = Expired in the queue
logs-rejected = Refused on arrival
logs-example = Example
logs-domains = Recipient domains
logs-domain = { $domain }: { $total } delivery attempts, { $failed } failed
ui-error-log-file = Cannot read the mail log { $file }: { $reason }
ui-error-no-log = No mail log found (looked in: { $files }). Give the file, or pipe the journal in: journalctl -u postfix -o json | mailwiz logs -
ui-error-bad-time = "{ $time }" is not a time: use 2026-11-30, "2026-11-30 14:00", or how far back, such as 24h or 7d.
ui-error-restricted-log = In restricted mode the mail log is read only when the administrator's profile allows it, and no other file.
# On the mail log steps of scenarios 5 and 6 (r opens the log's screen).
live-ask-log = Press r to read the mail log ({ $path }): mailwiz counts the deliveries and groups the failures by cause.
ui-log-reading = Reading the mail log…
ui-log-cancel = Esc stops reading and goes back.
ui-log-open = ↑↓ choose a cause; Enter explains it and leads to the step that fixes it.
# A check answered by what the mail log says; { $answer } is Yes or No.
ui-observed-log = From the mail log: { $answer }
help-read-log = read the mail log

## Issue 16: commands sent over SSH to restricted mode

ui-error-ssh-syntax = The command sent over SSH contains "{ $character }", which is not allowed here: give only the command and its words, without shell syntax.
ui-error-ssh-quote = The command sent over SSH has a quote that is never closed.
ui-error-ssh-command = "{ $command }" cannot be run over SSH here. Allowed: explain, codes, search, check and help; without a command, the wizard starts.
ui-error-ssh-option = The option { $option } is not allowed over SSH here.
ui-profile-embedded = The profile in effect is the built-in one: neither --profile, nor ~/.config/mailwiz/profile.toml, nor /etc/mailwiz/profile.toml exists.
ui-profile-given = The profile in effect is { $file }, given with --profile.
ui-profile-user = The profile in effect is { $file }, the user's own.
ui-profile-system = The profile in effect is { $file }, the administrator's.
ui-profile-check-ok = { $file }: no problems found.

## The command line's help and its mistakes, in clap's structure: "error: ...", tips, the usage
## line, and where to read more. Quoted names are what the user typed or the option as help shows
## it ("--timeout <SECONDS>").

ui-usage-error = error: { $message }
ui-usage-heading = Usage:
ui-usage-options = [OPTIONS]
ui-usage-more = For more information, try '{ $flag }'.
ui-usage-tip = tip: { $tip }
ui-usage-quoted = '{ $text }'
ui-usage-unknown-argument = unexpected argument '{ $arg }' found
ui-usage-unknown-command = unrecognized subcommand '{ $command }'
ui-usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
ui-usage-missing-value = a value is required for '{ $arg }' but none was supplied
ui-usage-possible-values = [possible values: { $values }]
ui-usage-missing-required = the following required arguments were not provided:
ui-usage-repeated = the argument '{ $arg }' cannot be used multiple times
ui-usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
ui-usage-conflict-list = the argument '{ $arg }' cannot be used with:
ui-usage-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
ui-usage-value-count =
    { $expected ->
        [one] 1 value required for '{ $arg }', but { $given } provided
       *[other] { $expected } values required for '{ $arg }', but { $given } provided
    }
ui-usage-no-equals = equal sign is needed when assigning values to '{ $arg }'
ui-usage-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
ui-usage-unreadable = the command line could not be read
ui-usage-similar-command =
    { $count ->
        [one] a similar subcommand exists: { $names }
       *[other] some similar subcommands exist: { $names }
    }
ui-usage-similar-option =
    { $count ->
        [one] a similar argument exists: { $names }
       *[other] some similar arguments exist: { $names }
    }
ui-usage-similar-value =
    { $count ->
        [one] a similar value exists: { $names }
       *[other] some similar values exist: { $names }
    }
ui-usage-as-value = to pass '{ $arg }' as a value, use '{ $usage }'
ui-usage-in-command = '{ $usage }' exists
ui-usage-remove-dashes = subcommand '{ $command }' exists; to use it, remove the '--' before it
ui-usage-default = default
ui-usage-possible = possible values
ui-help-heading-commands = Commands
ui-help-heading-arguments = Arguments
ui-help-heading-options = Options
ui-version = { $version } (knowledge revision { $revision })
