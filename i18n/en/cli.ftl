### The command line's help (English): what `mailwiz --help`, `mailwiz COMMAND --help`, the man
### page and the shell completions say of each command and option.
###
### Ids: cli-<command>-about is a command's line in the list of commands and the first line of its
### help; cli-<command>-long, where it exists, is the whole description its --help shows;
### cli-<command>-arg-<option> is an option's or an argument's text (the command of the options
### before any command is "mailwiz"); cli-value-<name> is the name shown for a value (<FILE>).
### Possible values and defaults are added by the program, as "[default: text]".

## Before any command: the wizard

cli-mailwiz-about = Finds out why e-mail cannot be sent or received, and explains SMTP replies and bounces.
cli-mailwiz-long =
    A keyboard-driven wizard that finds out, step by step, why e-mail cannot be sent or received,
    looks up the DNS, the blocklists, the mail servers and the mail log itself, and explains SMTP
    replies and bounces. Without a command, the wizard starts.
cli-mailwiz-arg-lang = Language: en, pl, lt, fi or cs (default: from LC_ALL, LC_MESSAGES or LANG, else en)
cli-mailwiz-arg-profile = A provider profile (TOML) to use instead of the one found in ~/.config/mailwiz/ or /etc/mailwiz/
cli-mailwiz-arg-caller-lang = The caller's language, when you help someone who speaks another: the wizard's questions and explanations in it, the rest in --lang (in the wizard: C)
cli-mailwiz-arg-summary = Write the summary of the session to FILE when the wizard ends (- for standard output)
cli-mailwiz-arg-summary-format = How --summary writes it: text (as on the screen), markdown (for a ticket) or json
cli-mailwiz-arg-domain = The customer's domain, whose MX, SPF, DKIM and DMARC records the wizard looks up
cli-mailwiz-arg-ip = The sending server's IP address, whose PTR record and blocklist listings the wizard looks up
cli-mailwiz-arg-wizard-resolver = The DNS server the wizard asks (default: the system's resolvers)
cli-mailwiz-arg-wizard-offline = Look nothing up: the wizard asks every check instead
cli-mailwiz-arg-restricted = Restricted mode, for ForceCommand in sshd_config (also MAILWIZ_RESTRICTED=1): read only the built-in data and /etc/mailwiz/profile.toml, write the summary only to standard output
cli-mailwiz-arg-generate = Print the man page or a shell's completions, made from this same definition
cli-mailwiz-arg-help = Print the help (--help: in full)
cli-mailwiz-arg-help-long = Print the help (-h: in short)
cli-mailwiz-arg-version = Print the version and the revision of the knowledge

## explain

cli-explain-about = Explain reply codes, enhanced status codes or the error lines of bounces
cli-explain-long =
    Explain reply codes (550), enhanced status codes (5.1.1) or the error lines of bounces: what the
    server said, who has to act and what to do. Several codes or lines are explained one after the
    other. - reads standard input, which may be a whole bounce message.
cli-explain-arg-input = A code, a reply line or an error line of a bounce; - for standard input
cli-explain-arg-format = Output: text, or json with one object per line
cli-explain-arg-file = A bounce message (.eml) or an mbox of several, explained recipient by recipient

## search

cli-search-about = Search the codes and the recognised rejection texts
cli-search-long =
    Search the reply codes, the enhanced status codes and the recognised rejection texts for words,
    a code or its beginning (55, 5.7.), best match first, as the wizard's lookup does. Exit 0 with
    results, 2 with none.
cli-search-arg-words = Words, a code or its beginning
cli-search-arg-format = Output: text, or json with one object per line

## check

cli-check-about = Look up the DNS, the blocklists and the mail servers of a domain, an address or a server
cli-check-long =
    Look for yourself: the DNS records (MX, SPF, DMARC, DKIM, PTR), the blocklists and the mail
    servers (SMTP, IMAP, POP3: greeting, STARTTLS, certificate, login methods) of each target, with
    the evidence. No message and no password is ever sent. Exit 0 when the checks ran, whatever they
    found.
cli-check-arg-targets = A domain, an e-mail address, an IP address, or a server: smtp://, submission://, smtps://, imap://, imaps://, pop3:// or pop3s:// with a host and an optional port; mx://DOMAIN for the domain's first MX host
cli-check-arg-format = Output: text, or json with one object per line
cli-check-arg-resolver = The DNS server to ask (default: the system's resolvers)
cli-check-arg-dnsbl = A DNS blocklist zone to look an IP address up in (repeatable; default: the profile's)
cli-check-arg-dkim-selector = A DKIM selector to look up for a domain (repeatable; besides the profile's)
cli-check-arg-timeout = How long one DNS query or one server reply may take, in seconds (1 to 60)
cli-check-arg-offline = Look nothing up: every check is reported as skipped

## logs

cli-logs-about = Read the mail log: deliveries counted, failures grouped by cause, with what fixes them
cli-logs-long =
    Read the mail log for you: the deliveries of Postfix, Exim, Sendmail, OpenSMTPD and Courier
    counted, the failures grouped by cause with what fixes them, and the remote domains. Reads plain
    and .gz files, and - (standard input) also as journalctl -o json or -o export.
cli-logs-arg-files = A log file, plain or .gz, or - for standard input (default: the profile's log, else /var/log/maillog or /var/log/mail.log)
cli-logs-arg-format = Output: text, or json
cli-logs-arg-since = Only what was logged at or after this time: 2026-11-30, "2026-11-30 14:00", or an age such as 24h or 7d
cli-logs-arg-until = Only what was logged before this time (the same forms)
cli-logs-arg-address = Only deliveries to or from this address, or to and from a domain given alone

## profile

cli-profile-about = Print the profile in effect and where it came from, or check a profile
cli-profile-long =
    Print the profile in effect and where it came from: --profile, the user's
    ~/.config/mailwiz/profile.toml, /etc/mailwiz/profile.toml or the built-in one. With --check
    FILE, check that file and report every error with its line.
cli-profile-arg-check = Check this profile instead of printing the one in effect

## codes

cli-codes-about = List every reply code of the catalogue, or the enhanced status codes
cli-codes-arg-format = Output: text, or json with one object per line
cli-codes-arg-enhanced = List the enhanced status codes (X.Y.Z) of the registry instead

## help

cli-help-about = Print the help of mailwiz or of one of its commands
cli-help-arg-command = The command whose help to print

## Names of values

cli-value-lang = LANG
cli-value-file = FILE
cli-value-format = FORMAT
cli-value-domain = DOMAIN
cli-value-ip = IP
cli-value-ip-port = IP[:PORT]
cli-value-kind = KIND
cli-value-path = PATH
cli-value-input = INPUT
cli-value-words = WORDS
cli-value-zone = ZONE
cli-value-selector = SELECTOR
cli-value-secs = SECONDS
cli-value-time = TIME
cli-value-address = ADDRESS
cli-value-target = TARGET
cli-value-command = COMMAND

## The man page (mailwiz --generate man): the title of the manual, the section headings (written
## in capitals on the page) and the sections the options do not say. The names of options,
## commands, keys, files and environment variables stay as they are.

cli-man-manual = mailwiz manual
cli-man-name = Name
cli-man-synopsis = Synopsis
cli-man-description = Description
cli-man-keys = Keys in the wizard
cli-man-keys-text = The wizard is driven by single keys. The footer shows the keys of each screen, and ? lists them all.
cli-man-profile = Profile
cli-man-profile-text =
    The provider's facts (limits, addresses, mail hosts, blocklists, the mail log) come from
    --profile FILE, else $XDG_CONFIG_HOME/mailwiz/profile.toml (or ~/.config/mailwiz/profile.toml),
    else /etc/mailwiz/profile.toml, else the built-in default. mailwiz profile prints the one in
    effect and where it came from; mailwiz profile --check FILE reports every problem of a file
    with its line.
cli-man-restricted = Restricted mode
cli-man-restricted-text =
    With --restricted or MAILWIZ_RESTRICTED=1 (for ForceCommand in sshd_config), mailwiz reads no
    file but its own data and /etc/mailwiz/profile.toml, writes the summary only to standard
    output, and starts no other program. A command sent over SSH (SSH_ORIGINAL_COMMAND) runs when
    it is explain, codes, search, check or help with options that read no file; shell syntax and
    anything else are refused. The profile's checks.restricted (on, off, or own-domain with
    MAILWIZ_DOMAIN) and server.log-in-restricted decide the live checks and the mail log.
cli-man-environment = Environment
cli-man-env-lang = The language when --lang is not given (en, pl, lt, fi or cs).
cli-man-env-no-color = No colour.
cli-man-env-config = Where the user's profile is looked for: mailwiz/profile.toml in it, else in ~/.config.
cli-man-env-restricted = 1 turns restricted mode on.
cli-man-env-domain = In restricted mode, the account's own domain, the only one the live checks may look up when the profile says own-domain.
cli-man-env-offline = 1 turns the live checks off: every check is asked.
cli-man-exit-status = Exit status
cli-man-exit-0 = Done (for check and logs: they ran, whatever they found).
cli-man-exit-1 = The system failed: the terminal, the output, a summary file.
cli-man-exit-2 = Asked differently: a bad option or input, a code not explained, nothing found by search, a file that cannot be read, something restricted mode refuses.
cli-man-version = Version
