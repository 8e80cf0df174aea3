### Well-known rejection texts (English).
### One summary (a single line) and one action for each pattern in assets/patterns.toml, in its order.

## Yahoo and AOL

code-pattern-yahoo-unauthenticated-summary = Yahoo: the message passed neither SPF nor DKIM for the sender's domain
code-pattern-yahoo-unauthenticated-action = Yahoo takes mail only when the sender's domain passes SPF or DKIM. Whoever manages that domain must list the sending server in its SPF record and turn on DKIM signing. From a mail program, send through your provider's outgoing server.

code-pattern-yahoo-permanently-deferred-summary = Yahoo: mail from this server is refused, and retrying will not help
code-pattern-yahoo-permanently-deferred-action = Yahoo has stopped taking mail from the sending IP address because of complaints, spam-like volume or a poor reputation. Sending again changes nothing. Whoever runs the sending server must find and stop the cause, such as a hacked account or script or unwanted bulk mail, and then ask Yahoo for a review through the Sender Hub support form.

code-pattern-yahoo-deferred-summary = Yahoo: mail from this server is delayed because of volume or complaints
code-pattern-yahoo-deferred-action = Yahoo is holding back mail from this IP address because of a sudden rise in volume or in spam complaints. The sending server tries again by itself. Send smaller batches, only to people who asked for them, and check that the server is not misused. If it lasts more than two days, whoever runs the server asks Yahoo's Sender Hub for a review.

code-pattern-yahoo-unresolvable-domain-summary = Yahoo: the domain of the sender address cannot be found in DNS
code-pattern-yahoo-unresolvable-domain-action = Yahoo looks up the domain of the sender address and got no answer. Check that the domain is registered and not expired, and that its DNS servers answer, for example with "dig SOA example.com". A subdomain used in sender addresses needs its own DNS records, including SOA.

code-pattern-yahoo-content-summary = Yahoo: something in the message's content was refused
code-pattern-yahoo-content-action = Yahoo refused the content itself, most often a link or an attachment it counts as phishing or malware. Remove or replace doubtful links and attachments, then send again. If such mail leaves the server unknown to you, whoever runs it must check the outgoing queue for misuse.

code-pattern-yahoo-policy-summary = Yahoo: the message was refused for policy reasons
code-pattern-yahoo-policy-action = Yahoo refused the message, most often because the sending domain failed the SPF, DKIM or DMARC checks, or because the content looked like spam. Whoever manages the domain should check those DNS records; then send again.

## Gmail (Google)

code-pattern-gmail-ptr-summary = Gmail: the sending server's IP address has no matching PTR record
code-pattern-gmail-ptr-action = Gmail refuses or slows down mail from IP addresses without reverse DNS, IPv6 addresses included. Whoever runs the sending server must give its IP address a PTR record with the server's name, and that name must point back to the same address.

code-pattern-gmail-spf-suspicious-summary = Gmail: the sending domain's SPF record has suspicious entries
code-pattern-gmail-spf-suspicious-action = Gmail distrusts the domain's SPF record, for example because it allows far too many addresses (such as "+all" or a huge address range) or has broken entries. Whoever manages the domain's DNS should keep one short SPF record that names only the services that really send for it, for example "v=spf1 include:{ $spf-include } ~all".

code-pattern-gmail-spf-hardfail-summary = Gmail: the server is missing from the domain's strict (-all) SPF record
code-pattern-gmail-spf-hardfail-action = The sender's domain says with "-all" that only the servers in its SPF record may send for it, and this server is not one of them. Whoever manages the domain's DNS must add the sending server to the record, or the message must go through a server that is listed. Mail forwarded by a server without SRS fails this way too.

code-pattern-gmail-spf-summary = Gmail: the sending server is not allowed by the domain's SPF record
code-pattern-gmail-spf-action = The domain's SPF record, the DNS entry that lists the servers allowed to send for it, does not include the server that sent this message. Add that server to the record (for mail sent through { $provider }: include:{ $spf-include }), or send through a server that is already listed.

code-pattern-gmail-dkim-summary = Gmail: the message has no valid DKIM signature
code-pattern-gmail-dkim-action = Gmail requires a passing DKIM signature from bulk senders. Whoever runs the sending server must sign outgoing mail with DKIM for the sender's domain and publish the DKIM key in the domain's DNS under the selector the messages are signed with.

code-pattern-gmail-tls-summary = Gmail: the message was not sent over an encrypted (TLS) connection
code-pattern-gmail-tls-action = Gmail limits or refuses mail that arrives without TLS. Whoever runs the sending server must turn on TLS (STARTTLS) for outgoing connections, in Postfix with smtp_tls_security_level = may; once that works, the message is sent again by itself.

code-pattern-gmail-tls-required-rcpt-summary = Gmail: the recipient's domain takes mail only over TLS
code-pattern-gmail-tls-required-rcpt-action = The recipient's Google Workspace accepts mail for its domain only over an encrypted connection, and the sending server did not use one. This is a setting of the sending server, not of a mail program: whoever runs it must turn on TLS for outgoing mail (in Postfix smtp_tls_security_level = may).

code-pattern-gmail-dmarc-dns-summary = Gmail: DNS failures kept the sender's domain from being checked
code-pattern-gmail-dmarc-dns-action = Gmail could not look up the SPF, DKIM or DMARC records of the sender's domain because its DNS servers did not answer. The sending server tries again by itself. If it keeps happening, whoever manages the domain must check that all its name servers answer, for example with "dig TXT _dmarc.example.com".

code-pattern-gmail-no-dmarc-summary = Gmail: the sending domain has no DMARC record with a policy
code-pattern-gmail-no-dmarc-action = Gmail requires bulk senders to publish DMARC. Whoever manages the domain's DNS adds a TXT record at _dmarc.<the domain>, at first "v=DMARC1; p=none; rua=mailto:<an address for reports>", and keeps SPF and DKIM passing. Then send again.

code-pattern-gmail-not-aligned-summary = Gmail: the From domain is not the domain that SPF or DKIM confirmed
code-pattern-gmail-not-aligned-action = The domain in the From address differs from the domain that passed SPF (the envelope sender) or DKIM (the d= of the signature). Typical causes are a contact form that puts the visitor's address in From and a newsletter service that signs with its own domain. Send with an address of your own domain signed with its DKIM key, or set the service up to use your domain.

code-pattern-gmail-unauthenticated-summary = Gmail: the message failed the sender checks (SPF and DKIM)
code-pattern-gmail-unauthenticated-action = Gmail only takes mail that passes SPF or DKIM for the sender's domain. Whoever manages that domain must list the sending server in its SPF record or turn on DKIM signing. From a mail program, send through your provider's outgoing server.

code-pattern-gmail-direct-not-authorized-summary = Gmail: this IP address may not deliver mail to Gmail directly
code-pattern-gmail-direct-not-authorized-action = The message came straight from an address that should not deliver mail itself, such as a home or office connection, a NAS, a printer or a script. Set the device or program to send through your provider's outgoing server, { $smtp-server }, on port 587 with STARTTLS or 465 with SSL/TLS, logging in with the mailbox's address and password.

code-pattern-gmail-rate-limited-summary = Gmail: too much unwanted mail from this sender, so it is slowed down
code-pattern-gmail-rate-limited-action = Gmail takes fewer messages for now because many recent ones from this server or domain looked like spam. Stop bulk mailings, check the server for hacked accounts or scripts, and write only to people who asked for your mail.

code-pattern-gmail-likely-unsolicited-summary = Gmail: the message looks like spam and was refused
code-pattern-gmail-likely-unsolicited-action = Gmail judged the message, its links or the sending server's reputation as spam-like. Remove doubtful links and attachments, make sure the sending domain passes SPF and DKIM, and check that the server's IP address is on no blocklist.

code-pattern-gmail-rfc5322-summary = Gmail: the message's headers break the mail standard (RFC 5322)
code-pattern-gmail-rfc5322-action = Gmail refuses messages without a valid Message-ID or From, with more than one From address, with duplicate headers, or that reuse one Message-ID many times. The program or script that builds the messages causes this: give each message one From address, its own Message-ID and a Date header.

code-pattern-gmail-content-blocked-summary = Gmail: an attachment or the content was blocked as a security risk
code-pattern-gmail-content-blocked-action = Gmail blocks attachments that can carry malware, such as .exe, .js or .bat files, also inside .zip files, and documents with harmful macros. Share such a file as a download link or send another file type, then send the message again.

code-pattern-receiving-too-fast-summary = The recipient is receiving mail too fast: wait and send again
code-pattern-receiving-too-fast-action = The recipient's mailbox is taking in more mail than its provider allows for now; nothing is wrong with your message. A sending server tries again by itself; from a mail program, send the message again in an hour or two.

code-pattern-gmail-mailbox-full-summary = Gmail: the recipient's mailbox is out of storage space
code-pattern-gmail-mailbox-full-action = The recipient has used up their Google storage, so new mail cannot get in. Tell them another way, for example by phone, to free up space or buy more, then send the message again.

code-pattern-gmail-no-such-user-summary = Gmail: the address you wrote to does not exist
code-pattern-gmail-no-such-user-action = Check the recipient's address for typos or extra spaces, especially the part before the @. If it looks right, ask the recipient by other means for their current address.

code-pattern-gmail-no-such-domain-summary = Gmail: the recipient's domain could not be found
code-pattern-gmail-no-such-domain-action = The part after the @ is not a domain that receives mail. Check it for typos, spaces or a stray dot at the end (gmial.com, example.con), correct it and send again.

code-pattern-gmail-web-login-summary = Gmail: Google wants the account to sign in through a web browser
code-pattern-gmail-web-login-action = Google stopped the mail program's login as unusual. Sign in to the Google account in a web browser on the same device and confirm the security prompt. Then set the account up in the program with "Sign in with Google" or with an app password.

code-pattern-gmail-app-password-summary = Gmail: the account needs an app password in mail programs
code-pattern-gmail-app-password-action = The Google account uses 2-Step Verification, so its normal password does not work in a mail program. Create an app password in the Google account's security settings and enter it in the program instead, or use the program's "Sign in with Google".

code-pattern-gmail-bad-credentials-summary = Gmail: the user name or password was not accepted
code-pattern-gmail-bad-credentials-action = The mail program logged in to Gmail's server with a wrong or old password. Enter the full address and the current password; if the Google account uses 2-Step Verification, create an app password there and use that instead.

code-pattern-too-many-logins-summary = Too many login attempts: the server pauses logins for a while
code-pattern-too-many-logins-action = The server refuses logins for a while because too many were tried in a short time, often by a phone or program that keeps retrying an old password. Correct the password in every device that uses this mailbox, wait an hour and try again.

## Microsoft (Outlook.com, Microsoft 365)

code-pattern-microsoft-auth-level-summary = Outlook.com: the sending domain fails SPF, DKIM or DMARC requirements
code-pattern-microsoft-auth-level-action = Since May 2025 Outlook.com, Hotmail and Live.com refuse bulk mail unless SPF and DKIM pass and the domain has a DMARC record (at least p=none) aligned with one of them. Whoever manages the sending domain must fix these DNS records; then send again.

code-pattern-microsoft-rate-limited-summary = Microsoft: the sending IP is slowed down because of its reputation
code-pattern-microsoft-rate-limited-action = Outlook.com takes mail from this IP address only slowly because of its reputation, often after spam or complaints. The sending server retries by itself. Whoever runs it should stop any unwanted mail, watch the address in Microsoft's SNDS, and ask Outlook.com's sender support for help if it persists.

code-pattern-microsoft-server-busy-summary = Microsoft: the server holds back this sender for now; it retries
code-pattern-microsoft-server-busy-action = Microsoft is holding back mail from this sender while it evaluates it, often a new IP address or a sudden rise in volume. Nothing needs doing: the sending server tries again and the restriction ends by itself. If it lasts more than a day, whoever runs the server contacts Microsoft's sender support.

code-pattern-microsoft-external-forwarding-summary = Microsoft 365: the organisation does not allow forwarding outside
code-pattern-microsoft-external-forwarding-action = A forwarding rule sent the message to an outside address, and the Microsoft 365 organisation blocks automatic forwarding. Either its administrator allows it for this mailbox (the outbound spam policy in Microsoft Defender), or remove the forwarding rule and read the mail in the mailbox itself.

code-pattern-microsoft-bad-outbound-sender-summary = Microsoft 365: the mailbox is blocked from sending, likely hacked
code-pattern-microsoft-bad-outbound-sender-action = Microsoft blocked this account from sending because it sent spam, usually after its password was stolen. Change the password, turn on multi-factor sign-in, scan the computers and phones that use it and remove rules you did not create. Then the Microsoft 365 administrator releases it under Restricted entities in Microsoft Defender.

code-pattern-microsoft-tenant-blocked-summary = Microsoft 365: the whole organisation is blocked from sending
code-pattern-microsoft-tenant-blocked-action = Microsoft stopped sending for this Microsoft 365 organisation because most of its outgoing mail looked like spam or came from domains not registered in it. Its administrator must secure the hacked accounts, add and verify every domain it sends from, and then contact Microsoft support.

code-pattern-microsoft-send-as-summary = Microsoft 365: the account may not send with this From address
code-pattern-microsoft-send-as-action = The mailbox that logged in has no permission to send as this From address. Put the account's own address in From, or ask the Microsoft 365 administrator to give it "Send As" permission for that address.

code-pattern-microsoft-tenant-attribution-summary = Microsoft 365: a connector did not recognise the sending server
code-pattern-microsoft-tenant-attribution-action = Microsoft 365 could not tie the message to an organisation, usually because an inbound connector for the organisation's own server or service no longer matches its IP address or certificate. The Microsoft 365 administrator must correct the connector; the recipient's address is not the problem.

code-pattern-microsoft-smtp-auth-disabled-summary = Microsoft 365: password login for sending (SMTP AUTH) is turned off
code-pattern-microsoft-smtp-auth-disabled-action = Microsoft 365 refuses sending with a plain user name and password, because the organisation turned SMTP AUTH off or because Microsoft is retiring this basic authentication. A new password does not help. The Microsoft 365 administrator can allow SMTP AUTH for the mailbox for now; the lasting fix is a program or device that signs in with OAuth (modern authentication).

code-pattern-microsoft-sender-mailbox-full-summary = Microsoft 365: your own mailbox is full, so it cannot send
code-pattern-microsoft-sender-mailbox-full-action = Exchange Online keeps a copy of each sent message in Sent Items, and a full mailbox is blocked from sending. Delete old messages, above all in Sent Items and Deleted Items, or have the administrator give the mailbox more space; then send again.

code-pattern-microsoft-submission-quota-summary = Microsoft 365: the mailbox reached its daily recipient limit
code-pattern-microsoft-submission-quota-action = Microsoft 365 lets one mailbox send to at most 10,000 recipients a day, and this mailbox reached that. Wait 24 hours. If nobody sent so much on purpose, the account may be hacked: change its password and look at its Sent Items. Send mass mailings through a service made for them.

code-pattern-microsoft-submission-throttled-summary = Microsoft 365: too many messages sent at once through SMTP
code-pattern-microsoft-submission-throttled-action = Microsoft 365 allows one mailbox three connections at a time and 30 messages a minute when sending through smtp.office365.com. The program, scanner or application sent more at once. Set it to send one message after another, or more slowly, and send the refused ones again.

code-pattern-microsoft-recipient-throttled-summary = Microsoft: the recipient's mailbox is getting too much mail at once
code-pattern-microsoft-recipient-throttled-action = Exchange slows down deliveries to a mailbox that receives many messages at the same moment. It is temporary and the sending server tries again by itself; nothing needs doing unless a bounce follows.

code-pattern-microsoft-expired-summary = Microsoft: the message expired before it could be delivered
code-pattern-microsoft-expired-action = The server kept trying, but the receiving server did not take the message in time, often because it could not be reached. Check the recipient's address, and with the recipient that their domain's MX records and mail server work; then send the message again.

code-pattern-microsoft-ip-not-accepted-summary = Microsoft: mail from the sending server's IP address is not accepted
code-pattern-microsoft-ip-not-accepted-action = Microsoft refuses mail from this IP address because of its bad reputation, often after spam was sent through it. Whoever runs the sending server must remove the cause, such as a hacked account or script, and then ask Microsoft support to lift the block.

code-pattern-microsoft-banned-ip-summary = Microsoft: the sending IP address is on Microsoft's block list
code-pattern-microsoft-banned-ip-action = Whoever runs the sending server must first stop the cause, such as a hacked account or script. Then they can ask for removal on Microsoft's delisting page, sender.office.com, with the IP address named in the message.

code-pattern-microsoft-blocklist-summary = Outlook.com: the sender's network is on Microsoft's block list
code-pattern-microsoft-blocklist-action = Outlook.com and Hotmail block mail from the network the message came from. Whoever runs the sending server, or its Internet provider, must make sure no spam leaves that network and then ask Microsoft's sender support to remove the block.

code-pattern-microsoft-recipient-not-found-summary = Microsoft: no mailbox with this address exists at the recipient
code-pattern-microsoft-recipient-not-found-action = The recipient's organisation has no mailbox with this address. Check it for typos; if it is right, ask the recipient by other means whether it has changed. If the domain is yours, check that the mailbox exists in Microsoft 365.

code-pattern-microsoft-client-not-authenticated-summary = Microsoft 365: the mail program tried to send without logging in
code-pattern-microsoft-client-not-authenticated-action = Turn on "My outgoing server (SMTP) requires authentication" in the mail program, with the full e-mail address and its password. The Microsoft 365 administrator may also have to allow SMTP login (SMTP AUTH) for the mailbox.

## Apple iCloud Mail

code-pattern-icloud-policy-summary = iCloud Mail: the message was refused under Apple's local policy
code-pattern-icloud-policy-action = Apple refused the message because of the sender's reputation or missing authentication. Whoever manages the sending domain and server checks that SPF and DKIM pass, that a DMARC record exists and that the sending IP address has reverse DNS. If it still fails, they write to icloudadmin@apple.com with the domain, the IP addresses and the full error.

## T-Online

code-pattern-t-online-dialup-summary = T-Online: mail from dial-up or dynamic IP addresses is refused
code-pattern-t-online-dialup-action = The message came straight from an address that T-Online counts as a home or dynamic connection. Do not deliver directly from such a connection: send through your provider's outgoing server ({ $smtp-server }) with the mailbox's login, or give the server a fixed address with a name of its own.

code-pattern-t-online-reputation-summary = T-Online: the sending server's IP address is unknown to T-Online
code-pattern-t-online-reputation-action = T-Online takes mail only from servers it knows. Whoever runs the sending server gives its IP address a PTR record with a name in the operator's own domain, whose website names the operator and a contact (an imprint). Then they ask the address in the reply (postmaster@rx.t-online.de) to unblock the IP address.

code-pattern-t-online-blocked-summary = T-Online: the sending server's IP address is blocked
code-pattern-t-online-blocked-action = T-Online blocked the sending IP address. Whoever runs the server checks that it sends no spam and that its PTR name leads to the operator's website with an imprint and contact details. Then they write to the address in the reply (tosa@rx.t-online.de) with the IP address and the full error.

## GMX and web.de

code-pattern-gmx-bad-ptr-summary = GMX/web.de: the sending IP address has no valid PTR record
code-pattern-gmx-bad-ptr-action = GMX and web.de refuse servers whose IP address has no reverse DNS name, or whose name does not point back to the address. Whoever runs the sending server must set the PTR record to the server's full name, which must resolve to the same address. The link in the reply explains the case.

code-pattern-gmx-blocklisted-summary = GMX/web.de: the sending IP address is on their block list
code-pattern-gmx-blocklisted-action = GMX and web.de block mail from this IP address, often after spam or many messages to unknown addresses. Whoever runs the sending server must find and stop the cause; the link in the reply leads to the postmaster page where they can ask for removal.

code-pattern-gmx-policy-summary = GMX/web.de: the message was refused for policy reasons
code-pattern-gmx-policy-action = GMX and web.de refused the message under their rules, most often because the sender's domain fails SPF, DKIM or DMARC or the server has a poor reputation. The link in the reply names the exact case; whoever manages the domain and the server fixes what it says.

## Czech, Polish and Russian-language providers

code-pattern-seznam-user-unknown-summary = Seznam.cz: no mailbox with this address exists
code-pattern-seznam-user-unknown-action = Seznam.cz has no mailbox under this address. Check the part before the @ for typos; if it is right, ask the recipient by other means for their current address.

code-pattern-centrum-domain-reputation-summary = Centrum.cz, Atlas.cz: a domain in the message has a poor reputation
code-pattern-centrum-domain-reputation-action = The antispam system of Centrum, Atlas and Volny rates a domain used in the message, usually the sender's, as untrustworthy (Cisco Talos sender domain reputation). Whoever manages the domain checks SPF (ending in -all), DKIM and the server's reverse DNS. If it still fails, they ask helpdesk@economia.cz for an exception.

code-pattern-forpsi-policy-violation-summary = Forpsi: sending is blocked for a while after a spam-like burst
code-pattern-forpsi-policy-violation-action = Forpsi's outgoing server stopped sending from this mailbox, domain or IP address because it sent many messages, many of them undeliverable, as a hacked account does. Scan the computer for malware and change the password. The block ends by itself after an hour, at most 24 hours; Forpsi support can lift it sooner.

code-pattern-interia-ip-reputation-summary = Interia: the sending server's IP address is marked as a spam source
code-pattern-interia-ip-reputation-action = Interia users moved much of the mail from this IP address to spam, so Interia refuses it. Common causes are shared hosting, marketing and transactional mail from one address, an SPF record that misses the address or does not end in -all, and a missing PTR record. Whoever runs the sending server fixes these.

code-pattern-wp-sending-blocked-summary = WP/o2: the provider has blocked sending from this mailbox
code-pattern-wp-sending-blocked-action = Wirtualna Polska blocked sending from this mailbox, usually after spam sent with a stolen password or after its sending limits were broken. Change the password from a clean device and scan the computer for malware, then contact WP support (kontakt@pomoc.wp.pl) with the error text.

code-pattern-mailru-spam-summary = Mail.ru: the message was refused as spam
code-pattern-mailru-spam-action = Mail.ru's filter judged the message or its sender as spam. The link in the reply leads to a form that asks Mail.ru to review the block. Check the message for doubtful links, and that the sending domain passes SPF and DKIM.

## Blocklists

code-pattern-personal-blocklist-summary = The recipient has blocked your address personally
code-pattern-personal-blocklist-action = The recipient, not a public blocklist, has put your address on their own blocked-senders list. Ask them by other means, for example by phone, to remove it; nothing on your side or your server needs changing.

code-pattern-spamhaus-open-resolver-summary = Not a listing: the recipient's server queries Spamhaus wrongly
code-pattern-spamhaus-open-resolver-action = The recipient's mail server asks Spamhaus through a public DNS resolver, gets an error code instead of an answer and treats it as a listing, so it refuses every sender. Your address is not listed. Only the recipient's administrator can fix it, with a resolver of their own or a Spamhaus DQS key; tell the recipient by other means.

code-pattern-spamhaus-pbl-summary = Spamhaus PBL: this IP address should not send mail directly
code-pattern-spamhaus-pbl-action = The Policy Block List names home, dynamic and other addresses that should send only through a mail provider; it is not a spam listing. Send through your provider's outgoing server ({ $smtp-server }) with the mailbox's login. The owner of a server with a fixed address of its own can remove it from the PBL at check.spamhaus.org.

code-pattern-spamhaus-dbl-summary = Spamhaus DBL: a domain in the message is on a blocklist
code-pattern-spamhaus-dbl-action = A domain in the sender address or in the message's links is on Spamhaus's Domain Block List. Look it up at check.spamhaus.org to see which one and why. Remove links to listed sites; if your own domain is listed, whoever manages it must stop the cause, such as a hacked website, and then ask Spamhaus for removal.

code-pattern-spamhaus-summary = The sending server's IP address is on a Spamhaus blocklist
code-pattern-spamhaus-action = Look the IP address up at check.spamhaus.org to see why it is listed. Whoever runs the sending server must first stop the cause, such as a hacked account or script, a virus or an open relay, and then ask Spamhaus for removal.

code-pattern-spamcop-summary = The sending server's IP address is on the SpamCop blocklist
code-pattern-spamcop-action = SpamCop lists addresses that recently sent mail which people reported as spam. Whoever runs the sending server must find and stop that mail; the listing then ends by itself after a while.

code-pattern-barracuda-summary = The sending server's IP address is on the Barracuda reputation list
code-pattern-barracuda-action = Look the IP address up at barracudacentral.org. Whoever runs the sending server must fix the cause of the spam first and can then ask for removal on the same site.

code-pattern-generic-blocklist-summary = The sending server's IP address is on a blocklist the recipient uses
code-pattern-generic-blocklist-action = The reply usually names the list. Look the IP address up on that list's website to learn why it is listed; whoever runs the sending server must fix the cause and then ask that list for removal.

## Delays and the sending server's connections

code-pattern-greylisting-summary = Greylisting: the receiving server asks for the message to be sent again later
code-pattern-greylisting-action = Usually nothing needs doing. The receiving server turns away the first attempt from an unknown sender on purpose; a proper sending server tries again by itself, and the message then arrives, usually within an hour.

code-pattern-delivery-delayed-summary = Delay notice: the message is not delivered yet but is still retried
code-pattern-delivery-delayed-action = This is a warning, not a bounce. The sending server could not deliver the message yet and keeps trying, usually for up to five days; it sends a bounce only if it gives up. Nothing needs doing now; if a bounce follows, read that.

code-pattern-port25-timeout-summary = The server could not connect to the recipient's mail server on port 25
code-pattern-port25-timeout-action = The connection to the other mail server on port 25 timed out or failed. If this happens for every domain, the hosting or cloud provider blocks outgoing port 25: ask them to open it, or send through an authenticated relay on port 587. If only one domain is affected, its mail servers are down or its MX records are wrong.

## Checks of the sending server

code-pattern-no-reverse-dns-summary = The sending server's IP address has no valid reverse DNS (PTR) record
code-pattern-no-reverse-dns-action = The receiving server wants the sending IP address to have a PTR record with the server's name, and that name to point back to the same address. Whoever runs the sending server must set it, usually in the control panel or with the owner of the IP address.

code-pattern-helo-rejected-summary = The receiving server refused the name the sending server greeted it with
code-pattern-helo-rejected-action = The sending server introduces itself (HELO) with a name that is missing, incomplete or wrong. Set it to the server's full name as it is written in DNS (in Postfix myhostname), the same name as in the PTR record of its IP address.

## Authentication of the sender's domain

code-pattern-dmarc-fail-summary = DMARC: the sender's domain asks receivers to refuse unverified mail
code-pattern-dmarc-fail-action = The domain in the From address has a DMARC policy, and this message passed neither an aligned SPF check nor an aligned DKIM check for it: SPF can pass for the envelope sender's domain and DMARC still fail. Whoever manages the domain must list the sending server in SPF and sign with DKIM for the From domain. Forwarded mail can also fail this way.

code-pattern-spf-fail-summary = SPF check failed: this server may not send for the sender's domain
code-pattern-spf-fail-action = The SPF record of the sender's domain does not list the server that sent the message. From a mail program, send through your provider's outgoing server; otherwise ask whoever manages the domain's DNS to add the sending server to the record. Mail forwarded by a server that does not rewrite the sender (SRS) fails SPF as well.

code-pattern-dkim-fail-summary = DKIM check failed: the message's signature is missing or invalid
code-pattern-dkim-fail-action = The receiving server could not verify the message's DKIM signature. Whoever manages the sending domain should check that DKIM signing is on and that the key published in DNS matches. A message changed on the way can also break the signature.

## Content filters

code-pattern-spam-rejected-summary = The receiving server's spam filter refused the message
code-pattern-spam-rejected-action = The recipient's antispam filter scored the message as spam. Remove doubtful and shortened links and large images without text, and check that the sending domain passes SPF and DKIM. If the recipient has their mailbox refuse spam, ask them to add your address to their allowed senders.

## A mail program's errors when receiving

code-pattern-outlook-receive-login-summary = Outlook: the incoming mail server refused the login
code-pattern-outlook-receive-login-action = The incoming (POP3 or IMAP) server did not accept the user name or password. Enter the full e-mail address as the user name and the current password; if unsure, test them in webmail ({ $webmail }).

code-pattern-outlook-receive-connect-summary = Outlook: cannot connect to the incoming mail server
code-pattern-outlook-receive-connect-action = Outlook could not reach the incoming server. Check its name and port: IMAP { $imap-server } on port 993 or POP3 { $pop3-server } on port 995, both with SSL/TLS. An antivirus that scans mail or a firewall can also block the connection.

code-pattern-thunderbird-receive-login-summary = Thunderbird: the incoming mail server refused the login
code-pattern-thunderbird-receive-login-action = The server did not accept the user name or password that Thunderbird keeps. Choose "Enter New Password" and type the mailbox's current password, with the full e-mail address as the user name; if unsure, test it in webmail ({ $webmail }).

## Logging in and the sender's address

code-pattern-auth-failed-summary = Login failed: the server did not accept the user name or password
code-pattern-auth-failed-action = Check the login in your mail program: the full e-mail address as user name and the current password. If it still fails and the mailbox is at { $provider }, set a new password in the control panel ({ $control-panel }) and enter it in every program; for a mailbox elsewhere, change it where that mailbox is managed.

code-pattern-starttls-required-summary = Encryption required: the server wants an encrypted connection first
code-pattern-starttls-required-action = Turn on encryption for the outgoing server in your mail program: STARTTLS on port 587 or SSL/TLS on port 465. Then try again.

code-pattern-sender-login-mismatch-summary = The sender address does not belong to the account that logged in
code-pattern-sender-login-mismatch-action = The server lets you send only from addresses that belong to your login. In the mail program, make the From address the same as the mailbox you log in with, or log in with the mailbox of that address.

code-pattern-sender-address-rejected-summary = The receiving server refused the sender's address
code-pattern-sender-address-rejected-action = The sender address was refused, often because its domain does not exist in DNS or the address may not send there. Check the From address in the mail program or script, and that its domain has working DNS records.

## Relaying

code-pattern-relay-access-denied-summary = Relay access denied: the server will not pass this message on
code-pattern-relay-access-denied-action =
    If you got this while sending from a mail program or script, the server did not know you: turn on
    "My outgoing server (SMTP) requires authentication" with the full e-mail address and its password, on port
    587 or 465. If it came back in a bounce, the receiving server does not handle mail for the
    recipient's domain: either the domain's MX records send mail to the wrong server, or the
    mailbox does not exist there. Check the address, then the recipient domain's MX records.

code-pattern-relay-not-permitted-summary = Relaying denied: the server will not pass the message on for you
code-pattern-relay-not-permitted-action = The server passes mail on only for users who log in. Turn on "My outgoing server (SMTP) requires authentication" with the full e-mail address and its password. If the reply came from the recipient's server, check their domain's MX records.

## Limits and sizes

code-pattern-sending-limit-summary = Sending limit reached: too many messages were sent
code-pattern-sending-limit-action = The service you send through allows only so many messages an hour or a day; wait before sending again, the limit resets by itself. At { $provider } the limits are { $hourly-account-limit } messages an hour per mailbox and { $daily-limit } a day for the hosting; Gmail and Microsoft 365 set their own. Spread large mailings over time.

code-pattern-too-many-recipients-summary = Too many recipients in one message
code-pattern-too-many-recipients-action = The server takes only a limited number of recipients per message. Split the list into smaller groups and send several messages, or use a mailing service for large lists.

code-pattern-message-too-large-summary = The message is larger than the receiving server accepts
code-pattern-message-too-large-action = Make the message smaller: share big files as a download link or compress them. Attachments grow by about a third when sent, so leave room. Then send it again.

## Loops and expiry

code-pattern-mail-loop-summary = Mail loop: the message went round between servers and was stopped
code-pattern-mail-loop-action = The message was passed back and forth, usually by forwarding rules that point at each other, such as two mailboxes forwarding to each other, or by a wrong MX or connector setting. Check the forwarding and redirect rules of the sender's and the recipient's mailboxes, then send again.

code-pattern-exim-retry-timeout-summary = Delivery given up: the receiving server failed for too long
code-pattern-exim-retry-timeout-action = The sending server tried for days and gave up. The error before this line in the bounce tells why, often a receiving server that could not be reached. Check the recipient's address and their domain's MX records, then send again; if every domain fails this way, the sending server's port 25 may be blocked.

## The recipient's domain and mailbox

code-pattern-exim-unrouteable-summary = Unrouteable address: the recipient's domain has no mail server
code-pattern-exim-unrouteable-action = The sending server found no MX or address record for the domain after the @, so it knows nowhere to deliver. Check the domain for typos; if it is right, whoever manages the recipient's domain must set its MX records.

code-pattern-mailbox-full-summary = The recipient's mailbox is full (over its quota)
code-pattern-mailbox-full-action = The recipient must delete messages or get more space before new mail can get in. Tell them another way, then send the message again. If the mailbox is yours, empty the trash and large folders in webmail.

code-pattern-mailbox-disabled-summary = The recipient's mailbox is disabled or no longer used
code-pattern-mailbox-disabled-action = The address is known but does not take mail, often because the account was closed or left unused for a long time. Ask the recipient by other means for an address that works.

code-pattern-recipient-access-denied-summary = Access denied: a rule of the receiving server refuses this address
code-pattern-recipient-access-denied-action = The recipient's server refuses mail for this address by a rule its administrator set, not because the address is unknown. Check the address; if it is right, ask the recipient by other means to have the block lifted or to give another address.

code-pattern-user-unknown-summary = Unknown recipient: no mailbox with this address exists
code-pattern-user-unknown-action = Check the recipient's address for typos, especially around the @ and in the domain. If it is correct, ask the recipient by other means whether the address still exists.

## Mail programs' own errors

code-pattern-outlook-send-login-summary = Outlook: the outgoing server would not send without a login
code-pattern-outlook-send-login-action = The outgoing server refused the message, usually because Outlook sent it without logging in. In the account's settings turn on "My outgoing server (SMTP) requires authentication" with "Use same settings as my incoming mail server", and check that the From address is the mailbox's own.

code-pattern-outlook-encryption-summary = Outlook: the server does not support the chosen encryption
code-pattern-outlook-encryption-action = The encryption set for the server does not fit its port. For the outgoing server use port 587 with STARTTLS or port 465 with SSL/TLS; for IMAP use port 993 and for POP3 port 995, both with SSL/TLS.

code-pattern-outlook-connect-summary = Outlook: cannot connect to the outgoing (SMTP) server
code-pattern-outlook-connect-action = Outlook could not reach the outgoing server. Use { $smtp-server } on port 587 with STARTTLS or 465 with SSL/TLS, not port 25, which many networks block. Turn off mail scanning in the antivirus or firewall and try again; if webmail works, the server itself is fine.

code-pattern-thunderbird-auth-summary = Thunderbird: the outgoing server refused the login
code-pattern-thunderbird-auth-action = Thunderbird could not log in to the outgoing server. In Account Settings, Outgoing Server (SMTP), set the user name to the full e-mail address and the authentication method to "Normal password" over STARTTLS or SSL/TLS, then enter the current password.

code-pattern-thunderbird-settings-summary = Thunderbird: the outgoing server's name or security setting is wrong
code-pattern-thunderbird-settings-action = The outgoing server's name is misspelled or unknown, or its security setting does not fit the port. In Account Settings, Outgoing Server (SMTP), enter { $smtp-server } with port 587 and STARTTLS, or port 465 and SSL/TLS.

code-pattern-thunderbird-receive-connect-summary = Thunderbird: cannot connect to the incoming mail server
code-pattern-thunderbird-receive-connect-action = Thunderbird could not reach the incoming server. Check its name and port in the account's Server Settings: IMAP { $imap-server } on port 993 or POP3 { $pop3-server } on port 995, with SSL/TLS. An antivirus that scans mail or a firewall can also block the connection.

code-pattern-thunderbird-connect-summary = Thunderbird could not send: no connection to the outgoing server
code-pattern-thunderbird-connect-action = Thunderbird could not reach the outgoing server or lost the connection. If the window quotes a server reply with a code, look that code up instead. Otherwise use { $smtp-server } on port 587 with STARTTLS or 465 with SSL/TLS, not port 25, and turn off mail scanning in the antivirus or firewall.

code-pattern-apple-mail-connect-summary = Apple Mail: cannot connect to the outgoing server
code-pattern-apple-mail-connect-action = Mail could not send through the outgoing server. In the account's Server Settings check the outgoing server { $smtp-server }, port 587 or 465 with TLS, and the user name and password. Window > Connection Doctor shows which part fails.
