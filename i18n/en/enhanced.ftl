### SMTP enhanced status codes (English).

## X.0 Other

enhanced-subject-0 = Other or undefined
enhanced-0-0 = No more specific detail is given about this status.

## X.1 Addressing

enhanced-subject-1 = Addressing
enhanced-1-0 = Something about the sender or recipient address, with no further detail.
enhanced-1-1 = The recipient's mailbox (the part before the @) does not exist at that domain.
enhanced-1-2 = The recipient's domain (the part after the @) does not exist or cannot take mail.
enhanced-1-3 = The recipient address is not written in a valid format.
enhanced-1-4 = The recipient address matches more than one mailbox, so it is unclear who is meant.
enhanced-1-5 = The recipient address is valid.
enhanced-1-6 = The recipient's mailbox has moved, and no new address is known.
enhanced-1-7 = The sender address is not written in a valid format.
enhanced-1-8 = The sender's domain does not exist or cannot receive replies.
enhanced-1-9 = The message was passed to a mail system that cannot report further delivery status.
enhanced-1-10 = The recipient's domain has declared that it accepts no email at all (null MX).

## X.2 Mailbox

enhanced-subject-2 = Mailbox
enhanced-2-0 = Something about the recipient's mailbox, with no further detail.
enhanced-2-1 = The recipient's mailbox is disabled and does not take new messages.
enhanced-2-2 = The recipient's mailbox is full.
enhanced-2-3 = The message is larger than the size limit set for the recipient's mailbox.
enhanced-2-4 = There was a problem passing the message on to the members of a mailing list.

## X.3 Mail system

enhanced-subject-3 = Mail system
enhanced-3-0 = Something about the receiving mail system, with no further detail.
enhanced-3-1 = The mail server has run out of storage space.
enhanced-3-2 = The mail server is not taking messages from the network at the moment.
enhanced-3-3 = The mail server cannot provide a feature that the message requires.
enhanced-3-4 = The message is larger than the mail server accepts.
enhanced-3-5 = The mail server is set up incorrectly.
enhanced-3-6 = The server did not keep the priority requested for the message and used another one.

## X.4 Network and routing

enhanced-subject-4 = Network and routing
enhanced-4-0 = Something about the network or the route to the destination, with no further detail.
enhanced-4-1 = The destination mail server did not answer when contacted.
enhanced-4-2 = The connection to the destination mail server broke or was of poor quality.
enhanced-4-3 = A lookup service needed to find the destination, such as DNS, failed.
enhanced-4-4 = No way to reach the destination could be found, for example no mail server for the domain.
enhanced-4-5 = The mail system is overloaded with too much traffic.
enhanced-4-6 = The message went round in a loop between mail servers.
enhanced-4-7 = The message could not be delivered within the time allowed.

## X.5 Mail delivery protocol

enhanced-subject-5 = Mail delivery protocol
enhanced-5-0 = Something about the exchange between the mail programs, with no further detail.
enhanced-5-1 = A mail program sent a command that is unknown or not allowed at this point.
enhanced-5-2 = A mail program sent a command that was badly formed.
enhanced-5-3 = The message has more recipients than the server accepts at once.
enhanced-5-4 = A command was sent with values that are invalid or not supported.
enhanced-5-5 = The two sides use versions of the mail protocol that do not match.
enhanced-5-6 = A line sent during the login was longer than the server allows.

## X.6 Message content or media

enhanced-subject-6 = Message content or media
enhanced-6-0 = Something about the message content or its format, with no further detail.
enhanced-6-1 = The message contains a type of content that the destination cannot handle.
enhanced-6-2 = The content would need converting for delivery, but converting it is not allowed.
enhanced-6-3 = The content would need converting for delivery, but the server cannot do it.
enhanced-6-4 = The message was converted for delivery, and some of its content was lost.
enhanced-6-5 = The message content needed converting, but the conversion failed.
enhanced-6-6 = The server could not fetch message content stored elsewhere that it was asked to send.
enhanced-6-7 = The address contains international (non-ASCII) characters, which are not allowed here.
enhanced-6-8 = The reply contains international (UTF-8) text, but the sending program cannot accept it.
enhanced-6-9 = The message has international (UTF-8) headers that some recipients' servers cannot take.
enhanced-6-10 = Outdated duplicate of X.6.8: a UTF-8 reply is needed but the client cannot accept it.

## X.7 Security or policy

enhanced-subject-7 = Security or policy
enhanced-7-0 = A security or policy rule applies, with no further detail.
enhanced-7-1 = The receiving side's rules do not allow this message to be delivered.
enhanced-7-2 = The sender is not allowed to send messages to this mailing list.
enhanced-7-3 = The message would need a security conversion that is not possible.
enhanced-7-4 = The message asks for security features that the server does not support.
enhanced-7-5 = A cryptographic step, such as decrypting or checking a signature, failed.
enhanced-7-6 = The message uses an encryption or signing method that the server does not support.
enhanced-7-7 = The message was changed or damaged on the way, so its integrity check failed.
enhanced-7-8 = The user name or password is wrong.
enhanced-7-9 = The chosen login method is not secure enough for this server.
enhanced-7-10 = The login needs an encrypted connection, such as TLS, before it can go ahead.
enhanced-7-11 = The chosen login method may only be used over an encrypted connection.
enhanced-7-12 = The account's password has to be changed or converted before this login can work.
enhanced-7-13 = The account you logged in with is disabled.
enhanced-7-14 = This step needs a trust arrangement between the servers that has not been set up.
enhanced-7-15 = The message's priority is too low for the server to accept it now.
enhanced-7-16 = The message is too large for the priority it was sent with.
enhanced-7-17 = The recipient's mailbox now belongs to someone other than the sender expected.
enhanced-7-18 = The recipient's domain has changed owner since the sender last used it.
enhanced-7-19 = The server could not check whether the recipient's mailbox has changed owner (RRVS).
enhanced-7-20 = The message has no DKIM signature that passed the check.
enhanced-7-21 = The message's DKIM signatures do not meet the receiving server's requirements.
enhanced-7-22 = The message has no valid DKIM signature from the domain in the sender's address.
enhanced-7-23 = The SPF check failed: the sending server may not send mail for the sender's domain.
enhanced-7-24 = The SPF check could not be completed, for example because of a DNS or SPF record error.
enhanced-7-25 = The sending server's IP address has no valid reverse DNS name.
enhanced-7-26 = Several authentication checks failed, such as both SPF and DKIM, or DMARC.
enhanced-7-27 = The sender's domain publishes a null MX, so it cannot receive replies.
enhanced-7-28 = The message looks like part of a flood of similar abusive messages.
enhanced-7-29 = The ARC check failed: the chain of signatures added by forwarders is not valid.
enhanced-7-30 = The message requires REQUIRETLS, but the next server on its route does not support it.
