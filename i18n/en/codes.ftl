### Reply codes, classes and who has to act (English).

## 2xx

code-211-summary = System status: the server is reporting its status or giving help
code-211-causes = The mail program or an administrator asked the server for status or help information, and this is the answer.
code-211-action = Nothing needs doing. This is information, not an error.

code-214-summary = Help message: the server is showing help text
code-214-causes = Someone asked the server for help (the HELP command). The text explains the server's commands or says where to find more help.
code-214-action = Nothing needs doing. The text is meant for people who test or manage the server.

code-220-summary = Service ready: the server accepted the connection
code-220-causes = This is the server's greeting when a mail program or another server connects to it. It is the normal start of every conversation.
code-220-action = Nothing needs doing.

code-221-summary = Closing connection: the server is ending the conversation normally
code-221-causes = The mail program said it was finished (the QUIT command), so the server closes the connection. This is the normal end of a successful session.
code-221-action = Nothing needs doing.

code-235-summary = Authentication succeeded: the server accepted the login
code-235-causes = The mail program logged in with its user name and password, and the server accepted them.
code-235-action = Nothing needs doing. The login settings in the mail program are correct.

code-250-summary = OK: the server completed the requested step
code-250-causes = The server carried out the last command. When this reply comes after the message itself, the server has accepted the message and taken over its delivery.
code-250-action = Nothing needs doing. If the recipient still cannot find the message, ask them to look in their spam folder.

code-251-summary = User not local: the server will forward the message elsewhere
code-251-causes = The recipient's mailbox is not on this server, but the server knows where it is and passes the message on, for example because of a forwarding rule or another mail server of the domain.
code-251-action = Nothing needs doing. The message is on its way.

code-252-summary = Cannot verify the user, but the server will try to deliver
code-252-causes = The server cannot confirm that the mailbox exists, but accepts mail for it. Only the VRFY command, which checks an address, gets this answer (RFC 5321 §3.5.3): a mail program never sees it while sending.
code-252-action = Nothing needs doing. If delivery fails later, you will get a bounce about it.

## 3xx

code-334-summary = Login in progress: the server waits for the next login step
code-334-causes = During the login the server sends a short encoded challenge and waits for the mail program to answer with the next part, such as the user name or password.
code-334-action = Nothing needs doing. The mail program answers by itself.

code-354-summary = Start message input: the server is ready for the message text
code-354-causes = The server has the sender and recipient addresses and now waits for the content of the message. The mail program ends the content with a line that holds only a dot.
code-354-action = Nothing needs doing. The mail program sends the message by itself.

## 4xx

code-420-summary = Timeout: the connection to the receiving server had a problem
code-420-causes = A connection timed out or broke on the receiving side. The code is rare and old: the guides name only GroupWise mail servers for it.
code-420-action = Try again later. If it keeps happening, the recipient should ask the administrators of their GroupWise server to look into it.

code-421-summary = Service not available: the server is closing the connection
code-421-causes = The server cannot handle mail right now: it is overloaded, restarting or under maintenance, or it is slowing down a sender it does not trust yet. Large providers (Gmail, Yahoo) send 421 to throttle mail that fails their authentication or reputation checks, and keep doing so until the sender fixes it.
code-421-action = In a bounce or a log, the sending server tries again by itself; if it goes on for hours, read the text for the reason and give it to your mail provider or server administrator. If your mail program showed it from your provider's own server, look at the provider's status page for maintenance, then send again later.

code-432-summary = A password change is needed, or the receiving Exchange server is pausing delivery
code-432-causes = The standard meaning (432 4.7.12, RFC 4954 §6) is that the account must change its password, or log in once with a plain password over an encrypted connection, before this login method works. Microsoft Exchange uses 432 4.3.2 (STOREDRV) for a recipient's mailbox that receives too many messages at once; it clears by itself.
code-432-action = With 4.7.12, log in once in webmail or with the normal password method over SSL/TLS, or set a new password. With 4.3.2 STOREDRV nothing needs doing: the sending server tries again.

code-449-summary = Routing error on the receiving Exchange server
code-449-causes = The receiving server could not work out where to pass the message next. The code is rare and old: the guides name only old Microsoft Exchange and WinRoute servers for it.
code-449-action = The recipient should ask the administrators of their Exchange server to check its mail routing. You can try again later.

code-450-summary = Mailbox unavailable for now: the server did not take the message
code-450-causes = Usually a temporary state: greylisting (a first message from an unknown sender is held back for a few minutes), a recipient receiving too much mail at once, or a mailbox locked for a moment. A server may also delay mail from senders it does not trust, for example without a PTR record, or whose domain it cannot find.
code-450-action = Usually nothing: the sending server tries again by itself and the message goes through. If it keeps coming back for hours, read the text for the reason; when it names the sender's IP address, have your mail provider or server administrator check it against blocklists such as Spamhaus.

code-451-summary = Action aborted: a local error happened on the server
code-451-causes = The server hit a temporary error while handling the message, for example because it was overloaded or a check it makes (such as of the sender domain's SPF record) could not finish. It is not your fault.
code-451-action = Try again later; a sending server does so by itself. If it keeps happening, send the full text to your mail provider or, for your own server, the server's administrator.

code-452-summary = Not enough storage, or too many messages or recipients at once
code-452-causes = The answering server is short of storage (RFC 5321), or the recipient's mailbox is out of space (4.2.2), or one message names too many recipients (4.5.3). Servers also use it for sending too many messages in a short time.
code-452-action = With 4.2.2 the recipient has to free up space. With 4.5.3 send the message to fewer recipients at a time. If it came from { $provider }'s own server while you sent, stay within its limits: { $hourly-account-limit } messages an hour per mailbox and { $hourly-ip-limit } an hour per IP address.

code-454-summary = Temporary login failure: the server could not complete the login
code-454-causes = A temporary failure on the server's side (RFC 4954): the login could not be completed, TLS is not available for the moment (RFC 3207), or, from Postfix as 454 4.7.1, relaying to that domain is refused for now (the program did not log in). Gmail says "Too many login attempts" with it.
code-454-action = Wait a few minutes and try again. If it keeps coming, check the login in your mail program: the full e-mail address as user name, the current password, and "My outgoing server (SMTP) requires authentication" turned on.

code-455-summary = Server unable to accommodate parameters: it cannot use the settings
code-455-causes = The receiving server cannot, for the moment, handle the options that came with the addresses. It is a temporary problem on the receiving side.
code-455-action = Wait a while and try again. If it keeps happening, the recipient should ask the administrators of their mail server to look into it.

## 5xx

code-500-summary = Syntax error: the server did not recognise the command
code-500-causes = The server received a command it could not understand. This is often caused by an antivirus program or a firewall on the sender's computer that interferes with the mail traffic.
code-500-action = Check your antivirus program and firewall, for example turn off their scanning of outgoing mail, and try again. Also check the outgoing server settings in your mail program.

code-501-summary = Syntax error in parameters: part of the command was invalid
code-501-causes = Part of a command was invalid, most often a recipient address that is mistyped or badly formed. An antivirus program or a firewall on the sender's computer can also cause it.
code-501-action = Check the recipient's address letter by letter (no spaces, exactly one @ sign). If it is correct, check your antivirus program and firewall, then try again.

code-502-summary = Command not implemented: the server does not offer this function
code-502-causes = The server recognises the command your mail program used, but that function is turned off in the server's configuration.
code-502-action = Contact your mail provider or server administrator and give them the full error text and the name of your mail program. They can tell you which settings the server supports.

code-503-summary = Bad sequence of commands: the server expected another step first
code-503-causes = The commands arrived in the wrong order. Most often the mail program tried to send without logging in, or tried to log in before starting encryption (the server offers login only after STARTTLS). "Valid RCPT command must precede DATA" means every recipient was already refused: the real error is the line before it.
code-503-action = In your mail program, turn on "My outgoing server (SMTP) requires authentication", with the full e-mail address as user name and the current password, and choose STARTTLS on port 587 or SSL/TLS on port 465. If the text mentions RCPT or DATA, look for the earlier error about the recipients.

code-504-summary = Command parameter not supported: the login method or an option is not accepted
code-504-causes = Most often the mail program chose a login method the server does not offer (RFC 4954), such as "Secure Password Authentication (SPA)", NTLM or CRAM-MD5. A server of your own can also refuse a HELO name that is not a full host name.
code-504-action = In the mail program's outgoing server settings choose the normal password method over SSL/TLS or STARTTLS, and turn off "Secure Password Authentication". On your own server, set the HELO name (Postfix myhostname) to the full host name.

code-521-summary = Does not accept mail: the receiving server takes no e-mail
code-521-causes = The server you reached says it never accepts mail. The recipient's domain may not be set up for e-mail, its MX records (which name its mail servers) may point to the wrong place, or its server may be out of service.
code-521-action = Check that the recipient's address, especially the part after @, is spelled right. If it is, contact the recipient another way: their domain's administrators must fix its mail setup.

code-530-summary = Authentication required: you must log in before sending
code-530-causes = The server only sends mail for users who log in, and the mail program did not log in. Often the login is turned off in the settings, or the saved password needs updating.
code-530-action = Check the login in your mail program: the full e-mail address as user name, the current password, and "My outgoing server (SMTP) requires authentication" turned on. Then try again.

code-534-summary = Authentication mechanism too weak for this server
code-534-causes = The mail program tried to log in with a method the server considers too weak, for example sending the password over a connection that is not encrypted.
code-534-action = In your mail program, turn on an encrypted connection (SSL/TLS) for the outgoing server, or choose another login method. Keep the full e-mail address as user name and the current password.

code-535-summary = Authentication failed: the user name or password was not accepted
code-535-causes = The server rejected the login details. Usually the password is wrong or out of date, or the user name is not the full e-mail address.
code-535-action = Check the login in your mail program: the full e-mail address as user name, the current password, and "My outgoing server (SMTP) requires authentication" turned on. Then try again.

code-538-summary = Encryption required: this login method needs an encrypted connection
code-538-causes = The server allows the chosen login method only over an encrypted connection, and the mail program connected without encryption.
code-538-action = In the outgoing server settings of your mail program, turn on encryption (SSL/TLS) and use the port meant for it. Then try again.

code-550-summary = Mailbox unavailable: the server refused to deliver to this address
code-550-causes = Most often the address does not exist or is mistyped. The server may also refuse for policy reasons, such as spam protection, or because the recipient's server has a firewall or connection problem.
code-550-action = Check the recipient's address, correct any typo and send again. If it is right, ask the recipient by other means whether the address still works and whether their server blocks your mail.

code-551-summary = User not local: the server will not pass the message on
code-551-causes = The recipient's mailbox is not on this server, and the server will not forward mail to other servers, as a protection against spam. The reply may suggest another address.
code-551-action = Check the recipient's address. If the reply names a different address, send to that one; otherwise contact your provider with the full error text.

code-552-summary = Storage or size limit exceeded: the mailbox is full or the message too large
code-552-causes = The recipient's mailbox has used up its space, or the message is larger than the receiving server allows (5.3.4). Some providers also use 552 for a refused attachment or content (Gmail 5.7.0) or for spam (5.2.0).
code-552-action = Read the enhanced code and the text: with 5.2.2 ask the recipient another way to free up space; with 5.3.4 send smaller attachments or a link instead; with a content refusal remove the attachment it names.

code-553-summary = Mailbox name not allowed: the address is not valid
code-553-causes = The server refuses the address because it is not valid, most often because it is mistyped or badly formed.
code-553-action = Check the recipient's address, and your own sender address, for typos, extra spaces or missing parts. Correct it and send again.

code-554-summary = Transaction failed: the server refused the message
code-554-causes = The receiving server refused the message for good. Most often the sending server's IP address is on a blocklist, or the sender or recipient address was not permitted. As a greeting it means the server offers no mail service.
code-554-action = Ask your mail provider or server administrator to check whether the sending server's IP address is on a blocklist such as Spamhaus. Make sure the message does not look like spam and that the recipient's address is correct.

code-555-summary = Parameters of MAIL FROM or RCPT TO not recognised or not supported
code-555-causes = The server does not support an option the mail program added to the sender or recipient address, such as SIZE=, BODY=8BITMIME, SMTPUTF8 or NOTIFY= (RFC 5321). The guide of { $provider } also names going over its sending limits as a cause.
code-555-action = Check the From and To addresses and the mail program's advanced sending options. Also stay within the sending limits of { $provider }: { $hourly-account-limit } messages an hour per mailbox and { $hourly-ip-limit } an hour per IP address.

code-556-summary = Domain does not accept mail: the recipient's domain takes no e-mail
code-556-causes = The recipient's domain has announced that it receives no e-mail at all (with a so-called null MX record), so no server will deliver to it.
code-556-action = Check the part of the address after @ for typos. If it is right, contact the recipient another way; only the domain's administrators can change this.

## Classes (first digit)

class-positive = Success
class-intermediate = Waiting for more
class-transient = Temporary failure
class-permanent = Permanent failure

class-positive-retry = Done: the step succeeded, so there is nothing to retry.
class-intermediate-retry = Not finished yet: the server is waiting for the next part of the conversation.
class-transient-retry = Temporary: in a bounce or a mail log the sending server tries again by itself; if your mail program showed it, send again later.
class-transient-final = Temporary in form, but the server says retrying will not succeed until the cause is fixed.
class-permanent-retry = Permanent: sending the same message again will fail the same way until the cause is fixed.

class-positive-action = Nothing needs doing: the server did what was asked.
class-intermediate-action = Nothing needs doing: this is a normal step, and the mail program continues by itself.
class-transient-action = Wait a while and try again. If the same code keeps coming back, send the full error text to your mail provider.
class-permanent-action = Read the text that came with the code and fix what it points to, often the address or the mail program's settings. If it is unclear, send the full error text to your mail provider.

## Categories (second digit)

class-category-0 = command syntax
class-category-1 = information or help
class-category-2 = the connection
class-category-3 = an unspecified topic (not used by the standard)
class-category-5 = the mail system, such as the status of a mailbox

## Who has to act

code-who-sender = You, the sender
code-who-sender-provider = Your mail provider or server administrator
code-who-recipient-side = The recipient or their mail server's administrators
code-who-nobody = Nobody: no action is needed

## Codes missing from the catalogue

code-unknown-summary = Code { $code } is not in the catalogue. By its digits it is a reply of the kind "{ $class }", about { $category }.
