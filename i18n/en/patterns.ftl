### Well-known rejection texts (English).
### One summary (a single line) and one action for each pattern in assets/patterns.toml, in its order.

## Gmail (Google)

code-pattern-gmail-unauthenticated-summary = Gmail: the message failed the sender checks (SPF and DKIM)
code-pattern-gmail-unauthenticated-action = Gmail only takes mail that passes SPF or DKIM for the sender's domain. Whoever manages that domain must list the sending server in its SPF record or turn on DKIM signing. From a mail program, send through your provider's outgoing server.

code-pattern-gmail-spf-summary = Gmail: the sending server is not allowed by the domain's SPF record
code-pattern-gmail-spf-action = The domain's SPF record, the DNS entry that lists the servers allowed to send for it, does not include the server that sent this message. Add that server to the record, or send through a server that is already listed.
code-pattern-gmail-dkim-summary = Gmail: the message has no valid DKIM signature
code-pattern-gmail-dkim-action = Gmail requires a passing DKIM signature from bulk senders. Whoever runs the sending server must sign outgoing mail with DKIM for the sender's domain and publish the DKIM key in the domain's DNS.
code-pattern-gmail-tls-summary = Gmail: the message was not sent over an encrypted (TLS) connection
code-pattern-gmail-tls-action = Gmail limits or refuses mail that arrives without TLS. Whoever runs the sending server must turn on TLS (STARTTLS) for outgoing connections; once that works, the message is sent again by itself.

code-pattern-gmail-ptr-summary = Gmail: the sending server's IP address has no matching PTR record
code-pattern-gmail-ptr-action = Gmail refuses mail from IP addresses without reverse DNS. Whoever runs the sending server must give its IP address a PTR record with the server's name, and that name must point back to the same address.

code-pattern-gmail-rate-limited-summary = Gmail: too much unwanted mail from this sender, so it is slowed down
code-pattern-gmail-rate-limited-action = Gmail takes fewer messages for now because many recent ones from this server or domain looked like spam. Stop bulk mailings, check the server for hacked accounts or scripts, and write only to people who asked for your mail.

code-pattern-gmail-likely-unsolicited-summary = Gmail: the message looks like spam and was refused
code-pattern-gmail-likely-unsolicited-action = Gmail judged the message, its links or the sending server's reputation as spam-like. Remove doubtful links and attachments, make sure the sending domain passes SPF and DKIM, and check that the server's IP address is on no blocklist.

code-pattern-gmail-mailbox-full-summary = Gmail: the recipient's mailbox is out of storage space
code-pattern-gmail-mailbox-full-action = The recipient has used up their Google storage, so new mail cannot get in. Tell them another way, for example by phone, to free up space or buy more, then send the message again.

code-pattern-gmail-no-such-user-summary = Gmail: the address you wrote to does not exist
code-pattern-gmail-no-such-user-action = Check the recipient's address for typos or extra spaces, especially the part before the @. If it looks right, ask the recipient by other means for their current address.

code-pattern-gmail-bad-credentials-summary = Gmail: the user name or password was not accepted
code-pattern-gmail-bad-credentials-action = The mail program logged in to Gmail's server with a wrong or old password. Enter the full address and the current password; if the Google account uses 2-Step Verification, create an app password there and use that instead.

## Microsoft (Outlook.com, Microsoft 365)

code-pattern-microsoft-ip-not-accepted-summary = Microsoft: mail from the sending server's IP address is not accepted
code-pattern-microsoft-ip-not-accepted-action = Microsoft refuses mail from this IP address because of its bad reputation, often after spam was sent through it. Whoever runs the sending server must remove the cause, such as a hacked account or script, and then ask Microsoft support to lift the block.

code-pattern-microsoft-banned-ip-summary = Microsoft: the sending IP address is on Microsoft's block list
code-pattern-microsoft-banned-ip-action = Whoever runs the sending server must first stop the cause, such as a hacked account or script. Then they can ask for removal on Microsoft's delisting page, sender.office.com, with the IP address named in the message.

code-pattern-microsoft-blocklist-summary = Outlook.com: the sender's network is on Microsoft's block list
code-pattern-microsoft-blocklist-action = Outlook.com and Hotmail block mail from the network the message came from. Whoever runs the sending server, or its Internet provider, must make sure no spam leaves that network and then ask Microsoft's sender support to remove the block.

code-pattern-microsoft-recipient-not-found-summary = Microsoft: no mailbox with this address exists at the recipient
code-pattern-microsoft-recipient-not-found-action = The recipient's organisation has no mailbox with this address. Check it for typos; if it is right, ask the recipient by other means whether it has changed. If the domain is yours, check that the mailbox exists in Microsoft 365.

code-pattern-microsoft-client-not-authenticated-summary = Microsoft 365: the mail program tried to send without logging in
code-pattern-microsoft-client-not-authenticated-action = Turn on "outgoing server requires authentication" in the mail program, with the full e-mail address and its password. The Microsoft 365 administrator may also have to allow SMTP login (SMTP AUTH) for the mailbox.

code-pattern-recipient-access-denied-summary = Access denied: the receiving server refused mail for this address
code-pattern-recipient-access-denied-action = The receiving server does not take mail for this address, often because the mailbox does not exist there or the domain's MX records point to the wrong place. Check the address, then ask the recipient to have their domain's mail setup checked.

## Yahoo and AOL

code-pattern-yahoo-deferred-summary = Yahoo: mail from this server is delayed because of volume or complaints
code-pattern-yahoo-deferred-action = Yahoo is holding back mail from this IP address because of a sudden rise in volume or in spam complaints. The sending server tries again by itself. Send smaller batches, only to people who asked for them, and check that the server is not misused.

code-pattern-yahoo-policy-summary = Yahoo: the message was refused for policy reasons
code-pattern-yahoo-policy-action = Yahoo refused the message, most often because the sending domain failed the SPF, DKIM or DMARC checks, or because the content looked like spam. Whoever manages the domain should check those DNS records; then send again.

## Blocklists

code-pattern-spamhaus-summary = The sending server's IP address is on a Spamhaus blocklist
code-pattern-spamhaus-action = Look the IP address up on the Spamhaus website to see why it is listed. Whoever runs the sending server must first stop the cause, such as a hacked account or script, a virus or an open relay, and then ask Spamhaus for removal.

code-pattern-spamcop-summary = The sending server's IP address is on the SpamCop blocklist
code-pattern-spamcop-action = SpamCop lists addresses that recently sent mail which people reported as spam. Whoever runs the sending server must find and stop that mail; the listing then ends by itself after a while.

code-pattern-barracuda-summary = The sending server's IP address is on the Barracuda reputation list
code-pattern-barracuda-action = Look the IP address up at barracudacentral.org. Whoever runs the sending server must fix the cause of the spam first and can then ask for removal on the same site.

code-pattern-generic-blocklist-summary = The sending server's IP address is on a blocklist the recipient uses
code-pattern-generic-blocklist-action = The reply usually names the list. Look the IP address up on that list's website to learn why it is listed; whoever runs the sending server must fix the cause and then ask that list for removal.

## Checks of the sending server

code-pattern-greylisting-summary = Greylisting: the receiving server asks for the message to come again later
code-pattern-greylisting-action = Usually nothing needs doing. The receiving server turns away the first attempt from an unknown sender on purpose; a proper sending server tries again by itself, and the message then arrives, usually within an hour.

code-pattern-no-reverse-dns-summary = The sending server's IP address has no valid reverse DNS (PTR) record
code-pattern-no-reverse-dns-action = The receiving server wants the sending IP address to have a PTR record with the server's name, and that name to point back to the same address. Whoever runs the sending server must set it, usually in the control panel or with the owner of the IP address.

code-pattern-helo-rejected-summary = The receiving server refused the name the sending server greeted it with
code-pattern-helo-rejected-action = The sending server introduces itself (HELO) with a name that is missing, incomplete or wrong. Set it to the server's full name as it is written in DNS, ideally the same name as in the PTR record of its IP address.

## Authentication of the sender's domain

code-pattern-dmarc-fail-summary = DMARC: the sender's domain asks receivers to refuse unverified mail
code-pattern-dmarc-fail-action = The domain in the From address has a DMARC policy, and this message passed neither SPF nor DKIM for it. Whoever manages the domain must list the sending server in SPF and turn on DKIM signing. Forwarded mail can also fail this way.

code-pattern-spf-fail-summary = SPF check failed: this server may not send for the sender's domain
code-pattern-spf-fail-action = The SPF record of the sender's domain does not list the server that sent the message. From a mail program, send through your provider's outgoing server; otherwise ask whoever manages the domain's DNS to add the sending server to the record.

code-pattern-dkim-fail-summary = DKIM check failed: the message's signature is missing or invalid
code-pattern-dkim-fail-action = The receiving server could not verify the message's DKIM signature. Whoever manages the sending domain should check that DKIM signing is on and that the key published in DNS matches. A message changed on the way can also break the signature.

## Logging in and the sender's address

code-pattern-auth-failed-summary = Login failed: the server did not accept the user name or password
code-pattern-auth-failed-action = Check the login in your mail program: the full e-mail address as user name and the current password. If it still fails, set a new password in the control panel ({ $control-panel }) and enter it in every program.

code-pattern-starttls-required-summary = Encryption required: the server wants an encrypted connection first
code-pattern-starttls-required-action = Turn on encryption for the outgoing server in your mail program: STARTTLS on port 587 or SSL/TLS on port 465. Then try again.

code-pattern-sender-login-mismatch-summary = The sender address does not belong to the account that logged in
code-pattern-sender-login-mismatch-action = The server lets you send only from addresses that belong to your login. In the mail program, make the From address the same as the mailbox you log in with, or log in with the mailbox of that address.

code-pattern-sender-address-rejected-summary = The receiving server refused the sender's address
code-pattern-sender-address-rejected-action = The sender address was refused, often because its domain does not exist in DNS or the address may not send there. Check the From address in the mail program or script, and that its domain has working DNS records.

## Relaying

code-pattern-relay-access-denied-summary = Relay access denied: the server will not take mail for this recipient
code-pattern-relay-access-denied-action =
    The server that received the message does not handle mail for the recipient's address. Either the
    domain's MX records send mail to the wrong server, or the mailbox does not exist there. Check the
    address, then the recipient domain's MX records. If you got this from your own provider's SMTP
    server, log in to it first.

code-pattern-relay-not-permitted-summary = Relaying denied: the server will not pass the message on for you
code-pattern-relay-not-permitted-action = The server passes mail on only for users who log in. Turn on "outgoing server requires authentication" with the full e-mail address and its password. If the reply came from the recipient's server, check their domain's MX records.

## Limits and sizes

code-pattern-sending-limit-summary = Sending limit reached: too many messages were sent
code-pattern-sending-limit-action = Wait before sending again; the limit resets by itself. On your provider's server the limits are { $hourly-account-limit } messages an hour per mailbox and { $daily-limit } a day for scripts. Spread large mailings over time.

code-pattern-too-many-recipients-summary = Too many recipients in one message
code-pattern-too-many-recipients-action = The server takes only a limited number of recipients per message. Split the list into smaller groups and send several messages, or use a mailing service for large lists.

code-pattern-message-too-large-summary = The message is larger than the receiving server accepts
code-pattern-message-too-large-action = Make the message smaller: share big files as a download link or compress them. Attachments grow by about a third when sent, so leave room. Then send it again.

## The recipient's mailbox

code-pattern-mailbox-full-summary = The recipient's mailbox is full (over its quota)
code-pattern-mailbox-full-action = The recipient must delete messages or get more space before new mail can get in. Tell them another way, then send the message again. If the mailbox is yours, empty the trash and large folders in webmail.

code-pattern-mailbox-disabled-summary = The recipient's mailbox is disabled or no longer used
code-pattern-mailbox-disabled-action = The address is known but does not take mail, often because the account was closed or left unused for a long time. Ask the recipient by other means for an address that works.

code-pattern-user-unknown-summary = Unknown recipient: no mailbox with this address exists
code-pattern-user-unknown-action = Check the recipient's address for typos, especially around the @ and in the domain. If it is correct, ask the recipient by other means whether the address still exists.
