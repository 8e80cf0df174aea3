### The wizard's pre-checks and seven scenarios (English).
### Provider facts arrive as variables from the profile: $provider, $daily-limit, $hourly-account-limit,
### $hourly-ip-limit, $status-page, $webmail, $control-panel, $smtp-server, $imap-server, $pop3-server,
### $mail-log, $php-sending, $spam-folder, $spf-include.
### Every check is asked so that its natural answer takes the branch it means, in every language: no
### question in the negative, and each title reads as a fact with the answer after it in the summary
### ("IP on a blocklist: No").

## The ways in

ui-start-title = Start
ui-start-text = What would you like to do?
ui-start-prechecks = Run the pre-checks (best when you are not sure what fails)
ui-start-scenarios = I know what fails: pick one of the seven problems
ui-start-code = I have an error code or a bounce
ui-pick-title = What fails
ui-pick-text = Which of these describes the problem best?
ui-lookup-title = Code lookup
ui-lookup-text = Type a reply code (such as 550 or 5.1.1) or paste the error line from the bounce.

## Pre-checks

check-name = Pre-checks
check-service-title = Service and domain active
check-service-text =
    Is the e-mail service active, together with the hosting plan it belongs to, and is the domain
    itself still registered and active?
check-service-unsure =
    Log in to the control panel ({ $control-panel }). It shows the expiry date of the plan and of the
    domain; anything marked as expired or suspended counts as "no".
check-service-no =
    Mailboxes stop working as soon as the plan or the domain expires. Renew whichever has lapsed in the
    control panel; mail starts flowing again once the renewal goes through.
check-webmail-title = Webmail works
check-webmail-text =
    Open webmail ({ $webmail }), send a message to a mailbox at another provider (for example Gmail
    or Outlook.com) and reply to it from there. Did both the message and the reply get through?
check-webmail-unsure =
    A message to your own address stays on the same server and tests neither direction; one to
    another provider and its reply test both. If you cannot log in at all, answer "no".
check-webmail-yes =
    The mailbox and the provider's servers work. The fault is most likely in the settings of the mail
    program, so compare them with the scenario that matches your problem.
check-login-title = Webmail login works
check-login-text = Can you log in to webmail with the full e-mail address as the login and your password?
check-login-unsure =
    The login is the whole address, for example anna@example.com, not just "anna". Try it once that
    way in webmail.
check-login-no =
    Type the whole address, including the part after the @. If it still fails, set a new password for
    the mailbox in the control panel ({ $control-panel }) and use it in webmail and in every mail
    program.
check-maintenance-title = Maintenance or outage
check-maintenance-text =
    Does the status page ({ $status-page }) show maintenance or an outage that concerns your
    service?
check-maintenance-unsure =
    Open the status page and look for your service or your server's name among the current and
    planned work.
check-maintenance-yes =
    Work in progress can delay or interrupt mail. Wait until it is marked as finished, then try again;
    messages held back during the work are usually delivered afterwards.
check-mx-title = MX records point to the provider
check-mx-text = Do the domain's MX records point to the mail servers of { $provider }?
check-mx-unsure =
    Look up the domain's MX records and compare them with the ones the control panel recommends:
      dig MX example.com
    On Windows:
      nslookup -type=mx example.com
check-mx-no =
    Mail for the domain goes wherever the MX records say. Correct them in the domain's DNS zone; the
    change can take a few hours to spread.

## Scenario names

scenario-1-name = Sending from a mail program (SMTP)
scenario-2-name = Receiving in a mail program (POP3 or IMAP)
scenario-3-name = Webmail: login, sending or receiving
scenario-4-name = Sending from PHP on web hosting
scenario-5-name = Sending from a virtual or dedicated server
scenario-6-name = Receiving on a virtual or dedicated server
scenario-7-name = A message went missing

## 1. Sending from a mail program

scenario-1-left-title = Message in Sent
scenario-1-left-text =
    Is the message in the mail program's Sent folder? Then it left the program, and the problem is
    its delivery.
scenario-1-left-unsure =
    Look in the Sent folder and the Outbox. A message in Sent has left the program; a message stuck in
    the Outbox has not.
scenario-1-error-title = Error shown
scenario-1-error-text = Does the mail program show an error message when you send?
scenario-1-error-unsure = Send a short test message to yourself and watch for a window or a notice with an error.
scenario-1-code-title = The error
scenario-1-code-text = Type the code or paste the error text the mail program showed.
scenario-1-connect-title = Connection error
scenario-1-connect-text =
    Does the mail program say that it cannot connect to the outgoing server, that the connection
    timed out or was refused?
scenario-1-connect-unsure =
    Such errors carry no reply code: Outlook shows 0x800CCC0E or 0x800CCC0F, Thunderbird "Sending of
    the message failed" or "connection timed out", Apple Mail "cannot connect to the server".
scenario-1-connect-yes =
    Use port 587 with STARTTLS or port 465 with SSL/TLS, never port 25: most home and mobile
    networks block port 25. An antivirus "mail shield" or a firewall that scans mail can break the
    connection; turn off its mail scanning and try again. Use the server name { $smtp-server }
    exactly: a name of your own domain does not match the server's certificate. To test from a
    computer:
      openssl s_client -connect { $smtp-server }:465
scenario-1-config-title = Works with corrected settings
scenario-1-config-text =
    Check the outgoing server in the account settings: server { $smtp-server }, port 587 with
    STARTTLS or port 465 with SSL/TLS. Does sending work after correcting them?
scenario-1-config-unsure =
    The outgoing (SMTP) server is in the account settings of the program, often under "Server
    settings" or "Outgoing server".
scenario-1-auth-title = Works with SMTP authentication
scenario-1-auth-text =
    Turn on "My outgoing server (SMTP) requires authentication", with the full e-mail address as the user
    name and the same password as in webmail. Does sending work now?
scenario-1-auth-unsure =
    If you can log in to webmail ({ $webmail }) with that address and password, they are right for
    the mail program too.
scenario-1-blocked-title = Sending blocked for the mailbox
scenario-1-blocked-text =
    Has the provider blocked sending from this mailbox, for example after its password was stolen?
    The control panel or a message from the provider says so.
scenario-1-blocked-unsure =
    A mailbox that sent spam unknown to its owner is blocked for sending, while it still receives.
    The reply often says "blocked", "bad outbound sender", "policy violation" or names the account.
scenario-1-blocked-yes =
    Change the mailbox's password in the control panel ({ $control-panel }), scan every computer and
    phone that uses it for malware, and remove forwarding rules you did not set. Then ask support to
    lift the block; they need the mailbox address.
scenario-1-limit-title = Over the sending limits
scenario-1-limit-text =
    Has more been sent than the limits allow: { $hourly-account-limit } messages an hour from one
    mailbox, { $hourly-ip-limit } an hour from one IP address and { $daily-limit } a day from the web
    hosting?
scenario-1-limit-unsure =
    Count what went out in the last hour and today, newsletters and messages to many recipients
    included.
scenario-1-limit-yes =
    Over the limit the server refuses further messages for a while. Wait an hour before sending again,
    and spread large mailings over time or use a service made for them.
scenario-1-solved-title = Sending works
scenario-1-solved-text = Sending works again. Keep these settings in every program that uses this mailbox.
scenario-1-contact-title = Contact support
scenario-1-contact-text = If sending still fails, write to support and include:

## 2. Receiving in a mail program

scenario-2-left-title = Error when receiving
scenario-2-left-text = Does the mail program show an error when it checks for new mail?
scenario-2-left-unsure =
    Use "Send/Receive" or "Get messages" and watch for a window or a notice with an error. If the
    program reports it is up to date, it is connecting.
scenario-2-config-title = Works with corrected settings
scenario-2-config-text =
    Check the incoming server: IMAP { $imap-server } on port 993 with SSL/TLS, or POP3 { $pop3-server }
    on port 995 with SSL/TLS, with the full e-mail address as the user name. Does receiving work after
    correcting them?
scenario-2-config-unsure = IMAP keeps the messages on the server and shows folders; POP3 downloads the inbox only.
scenario-2-password-title = Webmail login with the same password
scenario-2-password-text = Can you log in to webmail ({ $webmail }) with the same address and password the program uses?
scenario-2-password-unsure = Copy the password from the program's settings into the webmail login page and try.
scenario-2-password-yes =
    The password is right, so the program's settings or something between it and the server, such as
    a firewall or an antivirus that scans mail, is the likely cause.
scenario-2-password-no =
    Set a new password in the control panel ({ $control-panel }) and enter it in webmail and in the
    mail program.
scenario-2-pop3-title = Another device uses POP3
scenario-2-pop3-text = Does another phone, computer or program fetch this mailbox over POP3?
scenario-2-pop3-unsure =
    Look at the account settings of every device that reads this mailbox: the incoming server type
    is POP3 or IMAP.
scenario-2-pop3-yes =
    A program on POP3 downloads the messages and deletes them from the server, so the other devices
    never see them. Turn on "Leave a copy of messages on the server" in that program, or set every
    device to IMAP.
scenario-2-full-title = Mailbox full
scenario-2-full-text = Is the mailbox full: does the control panel or webmail show its space used up?
scenario-2-full-unsure = Webmail and the control panel ({ $control-panel }) show how much of the mailbox's space is used.
scenario-2-full-yes =
    A full mailbox refuses new messages, and their senders get bounces. Delete old messages and empty
    the trash, or get more space in the control panel; ask the senders to send again.
scenario-2-rules-title = Filter, forward or block rule
scenario-2-rules-text =
    Does webmail have a filter, forwarding or auto-delete rule, or a blocked-senders entry, that
    could catch the messages?
scenario-2-rules-unsure = The rules are in the webmail settings ({ $webmail }), often under "Filters" or "Rules", with the blocked senders.
scenario-2-rules-yes =
    Change or remove the rule, or take the sender off the blocked list. Messages it moved are in the
    folder it names; forwarded or deleted ones are gone from this mailbox.
scenario-2-quarantine-title = Held in quarantine
scenario-2-quarantine-text = Is the message held in the provider's spam quarantine?
scenario-2-quarantine-unsure = The quarantine is in the antispam section of the control panel ({ $control-panel }) or in webmail.
scenario-2-quarantine-yes = Release the message from the quarantine, and add the sender to the allowed senders so the next ones get through.
scenario-2-solved-title = Receiving works
scenario-2-solved-text = Receiving works again. Keep these settings in every program that uses this mailbox.
scenario-2-contact-title = Contact support
scenario-2-contact-text = If receiving still fails, write to support and include:

## 3. Webmail

scenario-3-what-title = Webmail problem
scenario-3-what-text = What goes wrong in webmail?
scenario-3-what-login = I cannot log in
scenario-3-what-missing = A message is missing or never reached the recipient
scenario-3-what-error = Webmail shows an error when sending
scenario-3-login-title = Login with the full address works
scenario-3-login-text = Does the login work when you type the whole address, including the part after the @, as the login?
scenario-3-login-unsure = The login is always the whole address, for example anna@example.com.
scenario-3-password-title = Login with a new password works
scenario-3-password-text = Does the login work after you set a new password for the mailbox in the control panel ({ $control-panel })?
scenario-3-password-unsure = Type the new password by hand rather than pasting it, so that no space slips in.
scenario-3-code-title = The error
scenario-3-code-text = Type the code or paste the error text that webmail showed.
scenario-3-solved-title = Webmail works
scenario-3-solved-text = Webmail works again.
scenario-3-contact-title = Contact support
scenario-3-contact-text = If webmail still fails, write to support and include:

## 4. PHP on web hosting

scenario-4-function-title = Sends with PHP mail()
scenario-4-function-text = Does the script send with PHP's built-in mail() function?
scenario-4-function-unsure =
    Look in the script or its settings: a mail library configured with "SMTP", a host and port 25
    opens a direct connection instead of calling mail().
scenario-4-function-no =
    { $php-sending ->
        [smtp-allowed] Scripts on this plan may use mail() or an SMTP connection with a mailbox's login and password; check that the script's SMTP settings are complete.
       *[mail-function-only] On this hosting, scripts can send only through mail(); a direct SMTP connection to port 25 is blocked. Switch the script or its library to mail().
    }
scenario-4-limit-title = Daily limit reached
scenario-4-limit-text =
    Has the hosting reached its limit of { $daily-limit } messages a day? The control panel shows how
    much of it is used.
scenario-4-limit-unsure = Open the hosting's details in the control panel ({ $control-panel }) and look at its status.
scenario-4-limit-yes =
    Once the daily limit is reached, the server refuses further messages until the limit starts
    again. Send less, for example by grouping notifications, or use a mailing service for bulk mail.
scenario-4-from-title = From address of the website's domain
scenario-4-from-text =
    Is the From address of the script's messages an address of the website's own domain, such as
    form@your-domain?
scenario-4-from-unsure =
    Look at the script's From setting, or at the From line of a message it sent. A contact form that
    puts the visitor's address (someone@gmail.com) in From sends in another domain's name.
scenario-4-from-no =
    Gmail, Yahoo and Outlook.com refuse or file as spam a message whose From domain it was not sent
    for: the visitor's domain forbids it with DMARC. Put the website's address in From and the
    visitor's in Reply-To, set the envelope sender to the same address (the -f parameter of mail()
    or sendmail_from), and give every message a Date and a Message-ID header, which Gmail requires.
scenario-4-arrive-title = mail() reports success
scenario-4-arrive-text = Does mail() return true (success) for the message?
scenario-4-arrive-unsure = mail() returns true when it handed the message over; log that value in the script.
scenario-4-contact-title = Contact support
scenario-4-contact-text = If the script still cannot send, write to support and include:

## 5. Sending from a virtual or dedicated server

scenario-5-log-title = Refusal in the mail log
scenario-5-log-text = Does the mail log ({ $mail-log }) show the message being refused with a reply code?
scenario-5-log-unsure =
    Search the log for the recipient's address. On Debian and Ubuntu the log is /var/log/mail.log,
    on systems with only the journal use journalctl:
      grep 'recipient@example.com' { $mail-log }
      grep 'recipient@example.com' /var/log/mail.log
      journalctl -u postfix | grep 'recipient@example.com'
scenario-5-code-title = The refusal
scenario-5-code-text = Paste the line from the log with the code and the receiving server's message.
scenario-5-port25-title = Outbound port 25 blocked
scenario-5-port25-text =
    Does the log show connections to other mail servers' port 25 timing out, such as "connect to
    mx.example.net[...]:25: Connection timed out"?
scenario-5-port25-unsure =
    Test a connection from the server; no answer within a minute means the port is blocked on the
    way:
      nc -vz -w 10 gmail-smtp-in.l.google.com 25
scenario-5-port25-yes =
    The hosting or cloud provider blocks outbound port 25, as many do by default or after abuse.
    Ask them to open it, or send through an authenticated relay (your provider's SMTP server on port
    587) instead of delivering directly.
scenario-5-ptr-title = PTR record matches
scenario-5-ptr-text =
    Does the server's IP address have a PTR (reverse DNS) record with the server's name, and does
    that name point back to the same address?
scenario-5-ptr-unsure =
    Look up the name of the address, then the address of that name:
      dig -x 192.0.2.10
      dig mail.example.com
scenario-5-ptr-no =
    Many receiving servers refuse mail from an address without a matching PTR record. Set it in the
    control panel for your IP address to the server's name, which must resolve back to that address.
    The name the server introduces itself with (HELO) must be that same full name.
scenario-5-helo-title = HELO name matches
scenario-5-helo-text =
    Does the server introduce itself (HELO, in Postfix myhostname) with its full name, the same name
    as in its PTR record?
scenario-5-helo-unsure =
    Show the name the mail server uses:
      postconf myhostname
      exim -bP primary_hostname
scenario-5-helo-no =
    Set the name the server introduces itself with (Postfix myhostname, Exim primary_hostname) to
    its full name, such as mail.example.com, the
    same as in the PTR record and resolving to the server's address; "localhost" or a name without a
    dot is refused by many receivers. Turn on TLS for outgoing mail too (in Postfix
    smtp_tls_security_level = may): Gmail requires it of bulk senders.
scenario-5-blocklist-title = IP on a blocklist
scenario-5-blocklist-text = Is the server's IP address listed on a public blocklist such as Spamhaus?
scenario-5-blocklist-unsure = Enter the IP address in the lookup page of a blocklist operator; each one shows whether it is listed and why.
scenario-5-blocklist-yes =
    Find the cause first: a hacked script, an open relay or a mailing sent without consent. Fix it,
    then ask the blocklist for removal using its own procedure. An address in Spamhaus's PBL is not
    a spam listing: it is a range that should not send directly, so send through an authenticated
    relay instead.
scenario-5-queue-title = Unknown messages in the queue
scenario-5-queue-text =
    Does the mail queue hold spam or other strange messages, such as from a hacked mailbox or
    script?
scenario-5-queue-unsure =
    List the queue and look at the senders and the number of messages:
      postqueue -p
      exim -bp
scenario-5-queue-yes =
    Stop the source first: change the password of the mailbox that sends, or disable the script.
    Then delete its messages from the queue (postsuper -d for Postfix, exim -Mrm for Exim), or the
    server keeps sending them and stays on blocklists.
scenario-5-retry-title = Test message arrives
scenario-5-retry-text = Send a test message again. Does it arrive now?
scenario-5-retry-unsure = Watch the mail log while you send; a line with "status=sent" or "250" means it was accepted.
scenario-5-solved-title = Sending works
scenario-5-solved-text = The server delivers mail again.
scenario-5-contact-title = Contact support
scenario-5-contact-text = If the server still cannot send, write to support and include:

## 6. Receiving on a virtual or dedicated server

scenario-6-mx-title = MX records point to this server
scenario-6-mx-text = Do the domain's MX records point to this server?
scenario-6-mx-unsure =
    Compare the answer with the server's name and address:
      dig MX example.com
scenario-6-mx-no = Point the MX records to this server in the domain's DNS zone; the change can take a few hours to spread.
scenario-6-log-title = Message in the mail log
scenario-6-log-text = Does the mail log ({ $mail-log }) show the expected message arriving?
scenario-6-log-unsure =
    Search the log for the sender's address or the time it was sent. On Debian and Ubuntu the log is
    /var/log/mail.log; with only the journal, use: journalctl -u postfix
scenario-6-log-no =
    The message never reached the server. Check that port 25 is open in the firewall and that the mail
    server is running, and ask the sender whether a bounce came back.
scenario-6-antispam-title = Stopped by antispam
scenario-6-antispam-text = Did the server's antispam tool refuse the message or move it to quarantine?
scenario-6-antispam-unsure = Look for the message in the antispam tool's log and quarantine.
scenario-6-antispam-yes = Release the message from quarantine and add the sender to the allow list, or make the rule that caught it less strict.
scenario-6-retry-title = Test message arrives
scenario-6-retry-text = Ask for a new test message. Does it arrive now?
scenario-6-retry-unsure = Watch the mail log while the message is sent.
scenario-6-solved-title = Receiving works
scenario-6-solved-text = The server receives mail again.
scenario-6-contact-title = Contact support
scenario-6-contact-text = If messages still do not arrive, write to support and include:

## 7. A message went missing

scenario-7-bounce-title = Bounce received
scenario-7-bounce-text = Did the sender get a message back saying that delivery failed (a bounce)?
scenario-7-bounce-unsure = Bounces come from "Mail Delivery System" or "MAILER-DAEMON"; look in the sender's inbox and spam folder.
scenario-7-code-title = The bounce
scenario-7-code-text = Paste the error line from the bounce, for example "550 5.1.1 User unknown".
scenario-7-address-title = Address spelled right
scenario-7-address-text = Is the recipient's address spelled exactly right, including the domain?
scenario-7-address-unsure = Compare it letter by letter with an address the recipient wrote to you themselves.
scenario-7-address-no = Correct the address and send the message again.
scenario-7-delayed-title = Delay notice
scenario-7-delayed-text =
    Did the sender get a notice that delivery is delayed and still being retried, such as "Delayed
    Mail (still being retried)" or "This is a warning only"?
scenario-7-delayed-unsure =
    A delay notice comes from the same "Mail Delivery System" as a bounce, but says the server will
    keep trying, often until a date it names.
scenario-7-delayed-yes =
    A delay notice is a warning, not a failure: the sending server keeps trying for up to a few days
    and sends a bounce only if it gives up. A first message from a new sender can be held back by
    greylisting for a few minutes up to about an hour. Nothing needs doing yet.
scenario-7-spam-title = In the spam folder
scenario-7-spam-text =
    Is the message in the recipient's spam folder? { $spam-folder ->
        [everywhere] If the recipient's mailbox is at { $provider }, the spam folder can be seen in every mail program and in webmail.
       *[imap-and-webmail] If the recipient's mailbox is at { $provider }, the spam folder can be seen only in webmail or over IMAP, not over POP3.
    }
scenario-7-spam-unsure = In webmail ({ $webmail }), search the spam folder for the sender or the subject.
scenario-7-spam-yes = Mark the message as not spam, so that the next ones from this sender reach the inbox.
scenario-7-full-title = Recipient's mailbox full
scenario-7-full-text = Is the recipient's mailbox full?
scenario-7-full-unsure = A full mailbox refuses new messages, and the sender then gets a bounce saying so.
scenario-7-full-yes = The recipient has to delete messages or get more space; after that the message can be sent again.
scenario-7-rules-title = Caught by a rule
scenario-7-rules-text =
    Does the recipient's mailbox have a filter, forwarding or auto-delete rule, or a blocked-senders
    entry, that could have caught the message?
scenario-7-rules-unsure = The recipient finds them in their webmail settings, often under "Filters" or "Rules", with the blocked senders.
scenario-7-rules-yes =
    The recipient changes the rule or takes the sender off the blocked list; a moved message is in
    the folder the rule names. To trace a message support needs the time it was sent and its
    Message-ID, from the sender's Sent folder (the message's headers) or the mail log.
scenario-7-mx-title = Recipient's MX records right
scenario-7-mx-text = Does the recipient's domain have MX records that point to the right mail servers?
scenario-7-mx-unsure =
    Look them up; an empty answer means there are none:
      dig MX example.net
scenario-7-mx-no = Without correct MX records mail cannot be delivered. Whoever manages the domain has to set them in its DNS zone.
scenario-7-solved-title = Message found
scenario-7-solved-text = The message was found.
scenario-7-contact-title = Contact support
scenario-7-contact-text = If a few hours pass and you still cannot find the cause, write to support and include:

## What to gather before contacting support

scenario-gather-mailbox = The mailbox address
scenario-gather-client = The mail program and its version
scenario-gather-error = The exact text of the error message, or a screenshot of it
scenario-gather-browser = The web browser and its version
scenario-gather-domain = The domain
scenario-gather-script = The script that sends, and how it sends
scenario-gather-when = The date and time of sending, as exact as you can
scenario-gather-recipient = The recipient's address
scenario-gather-sender = The sender's address
scenario-gather-server-ip = The server's name and IP address
scenario-gather-log-lines = The lines of the mail log about the message
scenario-gather-message-id = The Message-ID of the message, from its headers in the Sent folder, or its queue ID from the mail log
scenario-gather-how-sent = How it was sent: through the provider's SMTP server, from PHP on web hosting, or another way

## The sending domain's SPF, DKIM and DMARC: the same step in scenarios 4, 5 and 7. Gmail and Yahoo
## (since February 2024) and Outlook.com (since May 2025) require them.

domain-spf-title = One SPF record with the provider
domain-spf-text =
    Does the sending domain have exactly one SPF record (a TXT record starting with v=spf1), and
    does it include the servers the mail is sent from, for { $provider } include:{ $spf-include }?
domain-spf-unsure =
    Look up the domain's TXT records and count those that start with v=spf1:
      dig TXT example.com
domain-spf-no =
    Publish one SPF record that names every service that sends for the domain, for example
    "v=spf1 include:{ $spf-include } ~all"; two SPF records are an error, and so is a record that
    needs more than 10 DNS lookups (RFC 7208). End it with ~all, or -all once every sender is in it.
    A forwarding server breaks SPF unless it rewrites the sender (SRS); DKIM survives forwarding.
domain-dkim-title = DKIM signing on
domain-dkim-text =
    Is DKIM signing turned on for the domain, and is its public key published in DNS under the
    selector the messages are signed with?
domain-dkim-unsure =
    The selector is the s= value of the DKIM-Signature header of a sent message; look up its key:
      dig TXT selector._domainkey.example.com
domain-dkim-no =
    Turn on DKIM signing for the domain in the control panel, or in the server's signing software,
    and publish the TXT record it gives under selector._domainkey. The key record must answer
    before messages are signed with it.
domain-dmarc-title = DMARC record
domain-dmarc-text = Does the domain have a DMARC record, a TXT record at _dmarc.<the domain>?
domain-dmarc-unsure =
    Look it up; the answer starts with v=DMARC1:
      dig TXT _dmarc.example.com
domain-dmarc-no =
    Publish a TXT record at _dmarc.<the domain>, at first "v=DMARC1; p=none; rua=mailto:<an address
    for reports>" (RFC 7489). Gmail and Yahoo require one from bulk senders, and Outlook.com refuses
    their mail without it (550 5.7.515).
domain-align-title = From domain aligned
domain-align-text =
    Is the domain of the From address the same as the domain that SPF or DKIM authenticates (the
    envelope sender's domain, or the d= of the DKIM signature)?
domain-align-unsure =
    In the headers of a received copy, compare the From domain with smtp.mailfrom and header.d in
    the Authentication-Results line.
domain-align-no =
    DMARC passes only when the From domain matches the domain of an SPF or DKIM check that passed.
    Send with an address of your own domain and sign with its DKIM key; a script or a newsletter
    service must use your domain, not its own.
