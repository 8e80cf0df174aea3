### The wizard's pre-checks and seven scenarios (English).
### Provider facts arrive as variables from the profile: $provider, $daily-limit, $hourly-account-limit,
### $hourly-ip-limit, $status-page, $webmail, $control-panel, $smtp-server, $imap-server, $pop3-server,
### $mail-log, $php-sending, $spam-folder.

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
    Open webmail ({ $webmail }), send a message to your own address and wait for it to come in. Did
    both the sending and the receiving work?
check-webmail-unsure =
    Sending a message to yourself in webmail tests both directions at once. If you cannot log in at
    all, answer "no".
check-webmail-yes =
    The mailbox and the provider's servers work. The fault is most likely in the settings of the mail
    program, so compare them with the scenario that matches your problem.
check-login-title = Webmail login
check-login-text = Can you log in to webmail with the full e-mail address as the login and your password?
check-login-unsure =
    The login is the whole address, for example anna@example.com, not just "anna". Try it once that
    way in webmail.
check-login-no =
    Type the whole address, including the part after the @. If it still fails, set a new password for
    the mailbox in the control panel ({ $control-panel }) and use it in webmail and in every mail
    program.
check-maintenance-title = No maintenance
check-maintenance-text =
    Is the status page ({ $status-page }) free of maintenance or incidents that concern your
    service?
check-maintenance-unsure =
    Open the status page and look for your service or your server's name among the current and
    planned work.
check-maintenance-no =
    Work in progress can delay or interrupt mail. Wait until it is marked as finished, then try again;
    messages held back during the work are usually delivered afterwards.
check-mx-title = MX records
check-mx-text = Do the domain's MX records point to the mail servers of { $provider }?
check-mx-unsure =
    Look up the domain's MX records, for example with "dig MX example.com" or "nslookup -type=mx
    example.com", and compare them with the ones the control panel recommends.
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

scenario-1-left-title = Sent but not delivered?
scenario-1-left-text =
    Did the mail program send the message without any error (it sits in Sent), while the recipient
    never got it?
scenario-1-left-unsure =
    Look in the Sent folder and the Outbox. A message in Sent has left the program; a message stuck in
    the Outbox has not.
scenario-1-error-title = Error shown
scenario-1-error-text = Does the mail program show an error message when you send?
scenario-1-error-unsure = Send a short test message to yourself and watch for a window or a notice with an error.
scenario-1-code-title = The error
scenario-1-code-text = Type the code or paste the error text the mail program showed.
scenario-1-config-title = Outgoing server settings
scenario-1-config-text =
    Check the outgoing server in the account settings: server { $smtp-server }, port 587 with
    STARTTLS or port 465 with SSL/TLS. Does sending work after correcting them?
scenario-1-config-unsure =
    The outgoing (SMTP) server is in the account settings of the program, often under "Server
    settings" or "Outgoing server".
scenario-1-auth-title = SMTP authentication
scenario-1-auth-text =
    Turn on "my outgoing server requires authentication", with the full e-mail address as the user
    name and the same password as in webmail. Does sending work now?
scenario-1-auth-unsure =
    If you can log in to webmail ({ $webmail }) with that address and password, they are right for
    the mail program too.
scenario-1-limit-title = Sending limits
scenario-1-limit-text =
    Have you stayed within the limits: { $hourly-account-limit } messages an hour from one mailbox and
    { $hourly-ip-limit } an hour from one IP address ({ $daily-limit } a day for scripts on web
    hosting)?
scenario-1-limit-unsure =
    Count what went out in the last hour, including newsletters and copies sent to many recipients at
    once: each recipient counts.
scenario-1-limit-no =
    Over the limit the server refuses further messages for a while. Wait an hour before sending again,
    and spread large mailings over time or use a service made for them.
scenario-1-solved-title = Sending works
scenario-1-solved-text = Sending works again. Keep these settings in every program that uses this mailbox.
scenario-1-contact-title = Contact support
scenario-1-contact-text = If sending still fails, write to support and include:

## 2. Receiving in a mail program

scenario-2-left-title = Connected but nothing arrives?
scenario-2-left-text =
    Does the mail program connect to the server without any error, while the messages you expect never
    show up?
scenario-2-left-unsure =
    Use "Send/Receive" or "Get messages". If no error appears and the program reports it is up to
    date, it is connecting.
scenario-2-config-title = Incoming server settings
scenario-2-config-text =
    Check the incoming server: IMAP { $imap-server } on port 993 with SSL/TLS, or POP3 { $pop3-server }
    on port 995 with SSL/TLS, with the full e-mail address as the user name. Does receiving work after
    correcting them?
scenario-2-config-unsure = IMAP keeps the messages on the server and shows folders; POP3 downloads the inbox only.
scenario-2-password-title = Password
scenario-2-password-text = Can you log in to webmail ({ $webmail }) with the same address and password the program uses?
scenario-2-password-unsure = Copy the password from the program's settings into the webmail login page and try.
scenario-2-password-yes =
    The password is right, so the program's settings or something between it and the server, such as
    a firewall or an antivirus that scans mail, is the likely cause.
scenario-2-password-no =
    Set a new password in the control panel ({ $control-panel }) and enter it in webmail and in the
    mail program.
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
scenario-3-login-title = Full address as login
scenario-3-login-text = Does the login work when you type the whole address, including the part after the @, as the login?
scenario-3-login-unsure = The login is always the whole address, for example anna@example.com.
scenario-3-password-title = New password
scenario-3-password-text = Does the login work after you set a new password for the mailbox in the control panel ({ $control-panel })?
scenario-3-password-unsure = The new password works a minute or two after you save it.
scenario-3-code-title = The error
scenario-3-code-text = Type the code or paste the error text that webmail showed.
scenario-3-solved-title = Webmail works
scenario-3-solved-text = Webmail works again.
scenario-3-contact-title = Contact support
scenario-3-contact-text = If webmail still fails, write to support and include:

## 4. PHP on web hosting

scenario-4-function-title = PHP mail()
scenario-4-function-text = Does the script send with PHP's built-in mail() function?
scenario-4-function-unsure =
    Look in the script or its settings: a mail library configured with "SMTP", a host and port 25
    opens a direct connection instead of calling mail().
scenario-4-function-no =
    { $php-sending ->
        [smtp-allowed] Scripts on this plan may use mail() or an SMTP connection with a mailbox's login and password; check that the script's SMTP settings are complete.
       *[mail-function-only] On this hosting, scripts can send only through mail(); a direct SMTP connection to port 25 is blocked. Switch the script or its library to mail().
    }
scenario-4-limit-title = Daily limit
scenario-4-limit-text =
    Has the hosting stayed within its limit of { $daily-limit } messages a day? The control panel
    shows how much of it is used.
scenario-4-limit-unsure = Open the hosting's details in the control panel ({ $control-panel }) and look at its status.
scenario-4-limit-no =
    Once the daily limit is reached, further messages are not sent until the next day. Send less, for
    example by grouping notifications, or use a mailing service for bulk mail.
scenario-4-arrive-title = Sent but not delivered?
scenario-4-arrive-text = Does mail() report success, while the message never reaches the recipient?
scenario-4-arrive-unsure = mail() returns true when it handed the message over; log that value in the script.
scenario-4-contact-title = Contact support
scenario-4-contact-text = If the script still cannot send, write to support and include:

## 5. Sending from a virtual or dedicated server

scenario-5-log-title = Mail log
scenario-5-log-text = Does the mail log ({ $mail-log }) show the message being refused with a reply code?
scenario-5-log-unsure = Search the log for the recipient's address, for example: grep 'recipient@example.com' { $mail-log }
scenario-5-code-title = The refusal
scenario-5-code-text = Paste the line from the log with the code and the receiving server's message.
scenario-5-ptr-title = Reverse DNS (PTR)
scenario-5-ptr-text =
    Does the server's IP address have a PTR (reverse DNS) record with the server's name, and does
    that name point back to the same address?
scenario-5-ptr-unsure = Check with "dig -x <IP address>" and then "dig <the name it returned>".
scenario-5-ptr-no =
    Many receiving servers refuse mail from an address without a matching PTR record. Set it in the
    control panel for your IP address to the server's name, which must resolve back to that address.
scenario-5-blocklist-title = Blocklists
scenario-5-blocklist-text = Is the server's IP address absent from public blocklists such as Spamhaus?
scenario-5-blocklist-unsure = Enter the IP address in the lookup page of a blocklist operator; each one shows whether it is listed and why.
scenario-5-blocklist-no =
    Find the cause first: a hacked script, an open relay or a mailing sent without consent. Fix it,
    then ask the blocklist for removal using its own procedure.
scenario-5-retry-title = Try again
scenario-5-retry-text = Send a test message again. Does it arrive now?
scenario-5-retry-unsure = Watch the mail log while you send; a line with "status=sent" or "250" means it was accepted.
scenario-5-solved-title = Sending works
scenario-5-solved-text = The server delivers mail again.
scenario-5-contact-title = Contact support
scenario-5-contact-text = If the server still cannot send, write to support and include:

## 6. Receiving on a virtual or dedicated server

scenario-6-mx-title = MX records
scenario-6-mx-text = Do the domain's MX records point to this server?
scenario-6-mx-unsure = Compare the output of "dig MX <your domain>" with the server's name and address.
scenario-6-mx-no = Point the MX records to this server in the domain's DNS zone; the change can take a few hours to spread.
scenario-6-log-title = Mail log
scenario-6-log-text = Does the mail log ({ $mail-log }) show the expected message arriving?
scenario-6-log-unsure = Search the log for the sender's address or the time it was sent.
scenario-6-log-no =
    The message never reached the server. Check that port 25 is open in the firewall and that the mail
    server is running, and ask the sender whether a bounce came back.
scenario-6-antispam-title = Antispam
scenario-6-antispam-text = Did the server's antispam tool let the message through, neither refusing it nor moving it to quarantine?
scenario-6-antispam-unsure = Look for the message in the antispam tool's log and quarantine.
scenario-6-antispam-no = Release the message from quarantine and add the sender to the allow list, or make the rule that caught it less strict.
scenario-6-retry-title = Try again
scenario-6-retry-text = Ask for a new test message. Does it arrive now?
scenario-6-retry-unsure = Watch the mail log while the message is sent.
scenario-6-solved-title = Receiving works
scenario-6-solved-text = The server receives mail again.
scenario-6-contact-title = Contact support
scenario-6-contact-text = If messages still do not arrive, write to support and include:

## 7. A message went missing

scenario-7-bounce-title = Bounce
scenario-7-bounce-text = Did the sender get a message back saying that delivery failed (a bounce)?
scenario-7-bounce-unsure = Bounces come from "Mail Delivery System" or "MAILER-DAEMON"; look in the sender's inbox and spam folder.
scenario-7-code-title = The bounce
scenario-7-code-text = Paste the error line from the bounce, for example "550 5.1.1 User unknown".
scenario-7-address-title = Recipient's address
scenario-7-address-text = Is the recipient's address spelled exactly right, including the domain?
scenario-7-address-unsure = Compare it letter by letter with an address the recipient wrote to you themselves.
scenario-7-address-no = Correct the address and send the message again.
scenario-7-spam-title = Spam folder
scenario-7-spam-text =
    Is the message in the recipient's spam folder? { $spam-folder ->
        [everywhere] It can be seen in every mail program and in webmail.
       *[imap-and-webmail] It can only be seen in webmail or over IMAP, not over POP3.
    }
scenario-7-spam-unsure = Search the spam folder in webmail ({ $webmail }) for the sender or the subject.
scenario-7-spam-yes = Mark the message as not spam, so that the next ones from this sender reach the inbox.
scenario-7-full-title = Full mailbox
scenario-7-full-text = Is the recipient's mailbox full?
scenario-7-full-unsure = A full mailbox refuses new messages, and the sender then gets a bounce saying so.
scenario-7-full-yes = The recipient has to delete messages or get more space; after that the message can be sent again.
scenario-7-mx-title = Recipient's MX records
scenario-7-mx-text = Does the recipient's domain have MX records that point to the right mail servers?
scenario-7-mx-unsure = Check with "dig MX <recipient's domain>"; an empty answer means there are none.
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
scenario-gather-how-sent = How it was sent: through the provider's SMTP server, from PHP on web hosting, or another way
