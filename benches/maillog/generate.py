#!/usr/bin/env python3
"""A month of a busy Postfix server's mail log, for the `mailwiz logs` benchmark and tests.

    benches/maillog/generate.py SIZE_MB OUT [--seed N] [--expected FILE.json]

Writes about SIZE_MB megabytes (10^6 bytes) of classic syslog (`Nov  1 00:00:07 mail
postfix/smtp[2211]: ...`), November 2026 from its first second to about its last, the same bytes
for the same size and seed. With --expected it writes what `mailwiz logs --format json` must put
in its totals object: lines, messages (queue ids with a delivery-status line), and the delivery
attempts per status, one per recipient line (rejected: one per NOQUEUE reject line, expired: one
per qmgr expiry, each of which has exactly one recipient left).

What it writes is what Postfix 3.7 writes for a provider's server, mail.example.com, with
submission, inbound mail delivered to Dovecot over LMTP, a web application's mail through
pickup, and the noise around it: smtpd connect, TLS and disconnect lines, cleanup's message-id,
qmgr's from= and removed, smtp's TLS lines and the "connect to ...: Connection timed out" of a
second MX, non-delivery notices and their delivery, anvil and scache statistics, SASL password
guessing. The outcomes of the outbound recipients: 85% delivered at once, 9% deferred one to three
times (greylisting, Yahoo's TSS04, Gmail's rate limit and full inboxes, Microsoft's S775, a full
mailbox, a server that does not answer) and delivered on a later retry of the same queue id, 5%
bounced with the providers' real replies (Gmail's trailing "x1si123456abc.12 - gsmtp" and
Microsoft's "[DB9PR04MB8412.eurprd04.prod.outlook.com ...]" ids vary), 1% at a server that never
answers, deferred until the message expires (at most one such recipient a message); inbound mail
is delivered; NOQUEUE rejections are about 2.5% of the recipient lines. With every retry a line,
deferred lines are about 15% of the delivery-status lines. Retries follow Postfix's
doubling backoff with minimal_backoff_time = 15m, maximal_backoff_time = 4h and
maximal_queue_lifetime = 1d, so that a message expires within the month. The recipients' domains
are the big providers (gmail.com, outlook.com, hotmail.com, yahoo.com, icloud.com, seznam.cz,
wp.pl, t-online.de, gmx.de, web.de) and a long tail of thousands of others. Addresses are made
up and every IP address is from the documentation ranges.
"""
import argparse
import heapq
import json
import random
import sys

START = 1793491200  # 2026-11-01T00:00:00Z
END = START + 30 * 86400
HOST = "mail"
ME = "mail.example.com"
MB = 1_000_000
MONTH_DAYS = ["Nov %2d " % d for d in range(1, 31)] + ["Dec  1 ", "Dec  2 "]
LIFETIME = 86400
TLS_IN = "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256"
TLS_OUT = {
    "gmail": "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256",
    "ms": "TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)",
    "yahoo": "TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256",
    "other": "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA256",
}
FIRST = ("jan petr pavel tomas martin jiri jakub lukas ondrej david filip adam marek karel josef "
         "anna eva jana petra lucie tereza hana lenka katerina veronika marie zuzana klara barbora "
         "anna-maria piotr krzysztof tomasz michal agnieszka katarzyna magdalena lukas stefan thomas "
         "michael andreas sabine julia laura sophie max felix leon paul emma olivia noah liam mia "
         "james john robert sarah emily jessica daniel chris kevin brian").split()
LAST = ("novak svoboda novotny dvorak cerny prochazka kucera vesely horak nemec marek pospisil "
        "hajek jelinek kral ruzicka benes fiala sedlacek dolezal zeman kolar navratil cermak "
        "kowalski nowak wisniewski wojcik kaminski lewandowski zielinski mueller schmidt schneider "
        "fischer weber meyer wagner becker schulz hoffmann smith johnson williams brown jones miller "
        "davis garcia wilson taylor").split()
SYL = ("al an ar ba be bi bo ca ce co da de di do el en er fa fe fi ga ge go ha he in ka ke ko la le "
       "li lo ma me mi mo na ne no or pa pe pi po ra re ri ro sa se si so ta te ti to tra tre tri "
       "va ve vi vo za ze zo").split()
TLDS = "com com com net org cz cz de de pl sk at eu io co.uk fr it nl hu ch be dk se".split()
WORDS = "shop studio group tech media design print auto bau reality travel hotel clinic law tax " \
        "agency consult logistics energy foods sport service systems solutions partners".split()


def num(x):
    """A time as Postfix writes it: two significant digits below 10 seconds, whole seconds above."""
    if x < 0.005:
        return "0"
    if x < 10:
        return "%.2g" % x
    return "%d" % x


def stamp(t):
    d, s = divmod(int(t) - START, 86400)
    h, s = divmod(s, 3600)
    m, s = divmod(s, 60)
    return "%s%02d:%02d:%02d" % (MONTH_DAYS[d], h, m, s)


def ip(r):
    return "%s.%d" % (r.choice(("192.0.2", "198.51.100", "203.0.113")), r.randint(1, 254))


class Gen:
    def __init__(self, seed, target, out):
        self.r = random.Random(seed)
        self.target = target
        self.out = out
        self.buf = []
        self.bufbytes = 0
        self.bytes = 0
        self.t_last = START
        self.stamp_t = -1
        self.stamp = ""
        self.heap = []
        self.seq = 0
        self.qseq = self.r.randrange(1 << 30)
        self.pid = 2000
        self.qmgr = 1187
        self.tot = dict(lines=0, messages=0, sent=0, deferred=0, bounced=0, expired=0, rejected=0)
        r = self.r
        self.locals = ["%s.%s@example.com" % (r.choice(FIRST), r.choice(LAST)) for _ in range(400)]
        self.locals += ["info@example.com", "office@example.com", "newsletter@example.com", "support@example.com"]
        self.tail = []
        seen = set()
        while len(self.tail) < 6000:
            n = r.choice((1, 2, 2, 3))
            name = "".join(r.choice(SYL) for _ in range(n + 1))
            if r.random() < 0.35:
                name += "-" + r.choice(WORDS)
            d = name + "." + r.choice(TLDS)
            if d not in seen:
                seen.add(d)
                self.tail.append(d)
        self.tail_ip = {}
        self.next_anvil = START + r.randint(300, 900)
        self.next_scache = START + 3600 + r.randint(0, 600)
        self.arrivals = 0

    # --- output --------------------------------------------------------------------------
    def ts(self, t):
        t = int(t)
        if t < self.t_last:
            t = self.t_last
        self.t_last = t
        if t != self.stamp_t:
            self.stamp = "%s %s " % (stamp(t), HOST)
            self.stamp_t = t
        return self.stamp

    def emit(self, t, prog, pid, msg):
        line = "%spostfix/%s[%d]: %s\n" % (self.ts(t), prog, pid, msg)
        self.buf.append(line)
        n = len(line)
        self.bufbytes += n
        self.bytes += n
        self.tot["lines"] += 1
        if self.bufbytes > 4 * MB:
            self.flush()

    def flush(self):
        self.out.write("".join(self.buf))
        self.buf = []
        self.bufbytes = 0

    def newpid(self):
        self.pid += self.r.randint(1, 13)
        if self.pid > 4_000_000:
            self.pid = 2000
        return self.pid

    def qid(self):
        self.qseq += 1
        return "%010X" % ((self.qseq * 0x9E3779B97F) & 0xFFFFFFFFFF)

    # --- destinations ---------------------------------------------------------------------
    def recipient(self):
        r = self.r
        x = r.random()
        if x < 0.30:
            dom, kind = "gmail.com", "gmail"
        elif x < 0.38:
            dom, kind = "outlook.com", "ms"
        elif x < 0.42:
            dom, kind = "hotmail.com", "ms"
        elif x < 0.47:
            dom, kind = "yahoo.com", "yahoo"
        elif x < 0.50:
            dom, kind = "icloud.com", "icloud"
        elif x < 0.58:
            dom, kind = "seznam.cz", "seznam"
        elif x < 0.62:
            dom, kind = "wp.pl", "wp"
        elif x < 0.65:
            dom, kind = "t-online.de", "tonline"
        elif x < 0.69:
            dom, kind = "gmx.de", "gmx"
        elif x < 0.71:
            dom, kind = "web.de", "gmx"
        else:
            # a long tail, the first domains far more often than the last ones
            dom, kind = self.tail[int(len(self.tail) * r.random() ** 2.2)], "tail"
        f, l = r.choice(FIRST), r.choice(LAST)
        y = r.random()
        if y < 0.45:
            local = "%s.%s" % (f, l)
        elif y < 0.65:
            local = "%s%s" % (f[0], l)
        elif y < 0.8:
            local = "%s.%s%d" % (f, l, r.randint(1, 99))
        elif y < 0.9:
            local = "%s%d" % (f, r.randint(1960, 2009))
        else:
            local = r.choice(("info", "office", "kontakt", "sales", "hello", "orders", "admin"))
        return "%s@%s" % (local, dom), dom, kind

    def mx(self, dom, kind):
        r = self.r
        if kind == "gmail":
            return r.choice(("gmail-smtp-in.l.google.com", "alt1.gmail-smtp-in.l.google.com")), "192.0.2.27"
        if kind == "ms":
            return "outlook-com.olc.protection.outlook.com", "203.0.113.%d" % r.randint(140, 143)
        if kind == "yahoo":
            n = r.randint(5, 7)
            return "mta%d.am0.yahoodns.net" % n, "198.51.100.%d" % (134 + n)
        if kind == "icloud":
            n = r.randint(1, 6)
            return "mx%02d.mail.icloud.com" % n, "192.0.2.%d" % (90 + n)
        if kind == "seznam":
            n = r.randint(1, 2)
            return "mx%d.seznam.cz" % n, "192.0.2.%d" % (60 + n)
        if kind == "wp":
            return "mx.wp.pl", "192.0.2.66"
        if kind == "tonline":
            n = r.randint(0, 3)
            return "mx0%d.t-online.de" % n, "203.0.113.%d" % (200 + n)
        if kind == "gmx":
            return ("mx00.emig.gmx.net", "192.0.2.120") if dom == "gmx.de" else ("mx-ha03.web.de", "192.0.2.121")
        a = self.tail_ip.get(dom)
        if a is None:
            a = self.tail_ip[dom] = ip(r)
        return ("mx." if len(dom) % 2 else "mail.") + dom, a

    # --- replies --------------------------------------------------------------------------
    def gid(self):
        r = self.r
        if r.random() < 0.5:
            return "%s%dsi%d%s.%d" % (r.choice("abcdefghijklmnopqrstuvwxyz"), r.randint(1, 9), r.randint(1000000, 9999999),
                                      "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3)), r.randint(1, 299))
        return "%013x-%011xsi%d%s.%d" % (r.getrandbits(52), r.getrandbits(44), r.randint(1000000, 9999999),
                                         "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3)), r.randint(1, 299))

    def mstail(self, t):
        r = self.r
        t = int(t)
        d, s = divmod(t - START, 86400)
        h, s = divmod(s, 3600)
        m, s = divmod(s, 60)
        host = "%s%s%04X.%s.prod.%s" % (
            r.choice(("AM4", "AM2", "DB9", "VI1", "DU2", "BN8", "CH2")), r.choice(("PEPF0001C", "PR04MB", "PR08MB", "NAM11FT", "EUR03FT")),
            r.randint(0, 0xFFFF), r.choice(("eurprd04", "eurprd05", "eop-nam11", "eop-EUR03")),
            r.choice(("outlook.com", "protection.outlook.com")))
        return "[%s 2026-%02d-%02dT%02d:%02d:%02d.%03dZ %016X]" % (host, 11 if d < 30 else 12, d + 1 if d < 30 else d - 29,
                                                                  h, m, s, r.randint(0, 999), r.getrandbits(64))

    def sent_reply(self, kind, t, size, mid):
        r = self.r
        if kind == "gmail":
            return "250 2.0.0 OK  %d %s - gsmtp" % (int(t), self.gid())
        if kind == "ms":
            kbs = size / 1024 / max(r.uniform(0.1, 1.2), 0.1)
            return ("250 2.6.0 <%s> [InternalId=%d, Hostname=%s%04X.eurprd0%d.prod.outlook.com] %d bytes in %.3f, %.3f KB/sec Queued mail for delivery -> 250 2.1.5"
                    % (mid, r.randint(10**13, 10**14 - 1), r.choice(("DB9PR04MB", "AM0PR01MB", "VI1PR08MB")), r.randint(0, 0xFFFF),
                       r.randint(1, 8), size + r.randint(800, 4000), size / 1024 / kbs, kbs))
        if kind == "yahoo":
            return "250 ok dirdel"
        if kind == "gmx":
            return "250 Requested mail action okay, completed: id=1%s-1%s-00%s" % (
                "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5)),
                "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9)),
                "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4)))
        if kind == "tail" and r.random() < 0.3:
            return "250 OK id=1v%s-%06d-%s" % ("".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(4)),
                                              r.randint(0, 999999), "".join(r.choice("ABCDEFGH0123456789") for _ in range(2)))
        return "250 2.0.0 Ok: queued as %0*X" % (r.choice((10, 11)), r.getrandbits(44))

    def defer_reason(self, kind, rcpt, host, addr):
        """(dsn, text, relay_none) of a temporary failure."""
        r = self.r
        said = "host %s[%s] said: " % (host, addr)
        if kind == "gmail":
            if r.random() < 0.6:
                return "4.7.28", said + ("421-4.7.28 [198.51.100.7      15] Our system has detected an unusual rate of 421-4.7.28 unsolicited mail originating from your IP address. To protect our 421-4.7.28 users from spam, mail sent from your IP address has been temporarily 421-4.7.28 rate limited. Please visit 421-4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError to 421 4.7.28 review our Bulk Email Senders Guidelines. %s - gsmtp (in reply to end of DATA command)" % self.gid()), False
            return "4.2.2", said + ("452-4.2.2 The recipient's inbox is out of storage space. Please direct the 452-4.2.2 recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp %s - gsmtp (in reply to RCPT TO command)" % self.gid()), False
        if kind == "ms":
            return "4.7.650", said + ("451 4.7.650 The mail server [198.51.100.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=%016X] %s (in reply to MAIL FROM command)" % (r.getrandbits(64), self.mstail(self.t_last))), False
        if kind == "yahoo":
            return "4.7.0", said + "421 4.7.0 [TSS04] Messages from 198.51.100.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)", False
        x = r.random()
        if x < 0.45:
            dom = rcpt.split("@", 1)[1]
            return "4.2.0", said + "450 4.2.0 <%s>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/%s.html (in reply to RCPT TO command)" % (rcpt, dom), False
        if x < 0.7:
            return "4.7.1", said + "451 4.7.1 Greylisting in action, please come back later (in reply to RCPT TO command)", False
        if x < 0.85:
            return "4.2.2", said + "452 4.2.2 <%s> Quota exceeded (mailbox for user is full) (in reply to RCPT TO command)" % rcpt, False
        return "4.4.1", "connect to %s[%s]:25: Connection timed out" % (host, addr), True

    def dead_reason(self, host, addr, dom):
        x = self.r.random()
        if x < 0.6:
            second = self.tail_ip.setdefault("mx2." + dom, ip(self.r))
            return "4.4.1", "connect to mx2.%s[%s]:25: Connection timed out" % (dom, second)
        if x < 0.8:
            return "4.4.3", "Host or domain name not found. Name service error for name=%s type=MX: Host not found, try again" % dom
        return "4.4.2", "lost connection with %s[%s] while receiving the initial server greeting" % (host, addr)

    def bounce_reason(self, kind, rcpt, host, addr, t):
        """(dsn, text, relay_none)"""
        r = self.r
        said = "host %s[%s] said: " % (host, addr)
        x = r.random()
        if kind == "gmail":
            if x < 0.6:
                return "5.1.1", said + ("550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser %s - gsmtp (in reply to RCPT TO command)" % self.gid()), False
            if x < 0.85:
                return "5.7.26", said + ("550-5.7.26 Your email has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26  550-5.7.26  Authentication results: 550-5.7.26  DKIM = did not pass 550-5.7.26  SPF [example.com] with ip: [198.51.100.7] = did not pass 550-5.7.26  550-5.7.26  For instructions on setting up authentication, go to 550 5.7.26  https://support.google.com/mail/answer/81126#authentication %s - gsmtp (in reply to end of DATA command)" % self.gid()), False
            return "5.7.25", said + ("550-5.7.25 [198.51.100.7] The IP address sending this message does not have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not 550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages 550-5.7.25 from IPs with missing PTR records. For more information, go to 550-5.7.25  https://support.google.com/mail/answer/81126#ip-rdns 550 5.7.25 %s - gsmtp (in reply to end of DATA command)" % self.gid()), False
        if kind == "ms":
            if x < 0.4:
                return "5.7.1", said + ("550 5.7.1 Unfortunately, messages from [198.51.100.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. %s (in reply to MAIL FROM command)" % self.mstail(t)), False
            if x < 0.6:
                return "5.7.1", said + ("550 5.7.1 Service unavailable, Client host [198.51.100.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.7 AS(1450) %s (in reply to MAIL FROM command)" % self.mstail(t)), False
            return "5.5.0", said + ("550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). %s (in reply to RCPT TO command)" % self.mstail(t)), False
        if kind == "yahoo":
            if x < 0.7:
                return "5.0.0", said + "554 delivery error: dd This user doesn't have a yahoo.com account (%s) [0] - mta%d.mail.%s.yahoo.com (in reply to end of DATA command)" % (rcpt, r.randint(1000, 9999), r.choice(("ne1", "bf1", "gq1"))), False
            return "5.7.2", said + "553 5.7.2 [TSS09] All messages from 198.51.100.7 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)", False
        if kind == "icloud":
            if x < 0.5:
                return "5.7.1", said + "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137 (in reply to end of DATA command)", False
            return "5.1.1", said + "550 5.1.1 <%s>: user does not exist (in reply to RCPT TO command)" % rcpt, False
        if kind == "seznam":
            return "5.1.1", said + "550 5.1.1 szn; User hasn't got the service mapped (in reply to RCPT TO command)", False
        if kind == "tonline":
            return "5.0.0", "host %s[%s] refused to talk to me: 554 IP=198.51.100.7 - None/bad reputation. Ask your postmaster for help or to contact postmaster@rx.t-online.de for reset. (NOWL)" % (host, addr), True
        if kind == "gmx":
            if x < 0.5:
                return "5.0.0", said + "550 Requested action not taken: mailbox unavailable (in reply to RCPT TO command)", False
            return "5.0.0", "host %s[%s] refused to talk to me: 554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.7&r=1MNcgj-1ue23t3pyV-00S2YR" % (host, addr), True
        if x < 0.55:
            return "5.1.1", said + "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)" % rcpt, False
        if x < 0.75:
            return "5.2.2", said + "552 5.2.2 <%s> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)" % rcpt, False
        if x < 0.9:
            return "5.1.1", said + "550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)" % rcpt, False
        return "5.7.1", said + "554 5.7.1 <%s>: Relay access denied (in reply to RCPT TO command)" % rcpt, False

    # --- a message ------------------------------------------------------------------------
    def status(self, t, msg, prog, pid, rcpt, relay, dsn, status, text, orig_to=None):
        delay = max(t - msg["t0"], 0.01)
        conn = 0 if relay == "none" and dsn == "4.4.3" else min(delay * 0.3, 60 if relay == "none" else 1.2)
        xmit = 0 if relay == "none" else min(delay * 0.4, 4)
        before = max(delay - conn - xmit - 0.01, 0)
        o = "orig_to=<%s>, " % orig_to if orig_to else ""
        self.emit(t, prog, pid, "%s: to=<%s>, %srelay=%s, delay=%s, delays=%s/0.01/%s/%s, dsn=%s, status=%s (%s)" % (
            msg["qid"], rcpt, o, relay, num(delay), num(before), num(conn), num(xmit), dsn, status, text))
        self.tot[status] += 1
        if not msg["counted"]:
            msg["counted"] = True
            self.tot["messages"] += 1

    def attempt(self, t, msg):
        """One pass of qmgr over the message's recipients still to do."""
        r = self.r
        bydom = {}
        for rc in msg["rcpts"]:
            if rc["state"] == "todo":
                bydom.setdefault(rc["dom"], []).append(rc)
        bounced = False
        for dom, rcs in bydom.items():
            kind = rcs[0]["kind"]
            t += r.uniform(0.3, 2.5)
            if kind == "local":
                pid = self.newpid()
                for rc in rcs:
                    tok = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(22))
                    self.status(t, msg, "lmtp", pid, rc["addr"], "%s[private/dovecot-lmtp]" % ME, "2.0.0", "sent",
                                "250 2.0.0 <%s> %s Saved" % (rc["addr"], tok))
                    rc["state"] = "done"
                continue
            host, addr = self.mx(dom, kind)
            pid = self.newpid()
            tls_done = False
            for rc in rcs:
                out = rc["out"]
                relay = "%s[%s]:25" % (host, addr)
                if out == "sent" or (out == "later" and rc["defers"] == 0):
                    if not tls_done:
                        self.emit(t, "smtp", pid, "Trusted TLS connection established to %s[%s]:25: %s" % (host, addr, TLS_OUT.get(kind, TLS_OUT["other"])))
                        tls_done = True
                    self.status(t + 0.8, msg, "smtp", pid, rc["addr"], relay, "2.0.0", "sent", self.sent_reply(kind, t, msg["size"], msg["mid"]))
                    rc["state"] = "done"
                elif out == "later":
                    if rc["reason"] is None:
                        rc["reason"] = self.defer_reason(kind, rc["addr"], host, addr)
                    dsn, text, none = rc["reason"]
                    if none:
                        t += 30
                    self.status(t, msg, "smtp", pid, rc["addr"], "none" if none else relay, dsn, "deferred", text)
                    rc["defers"] -= 1
                elif out == "bounce":
                    dsn, text, none = self.bounce_reason(kind, rc["addr"], host, addr, t)
                    self.status(t + 0.5, msg, "smtp", pid, rc["addr"], "none" if none else relay, dsn, "bounced", text)
                    rc["state"] = "done"
                    bounced = True
                else:  # expire: the server never answers
                    if rc["reason"] is None:
                        dsn, text = self.dead_reason(host, addr, dom)
                        rc["reason"] = (dsn, text, True)
                    dsn, text, _ = rc["reason"]
                    if dsn == "4.4.1":
                        # Postfix logs each MX that does not answer but the last, whose error the
                        # status line gives.
                        self.emit(t + 30, "smtp", pid, "connect to %s[%s]:25: Connection timed out" % (host, addr))
                        t += 60
                    self.status(t, msg, "smtp", pid, rc["addr"], "none", dsn, "deferred", text)
        msg["tries"] += 1
        t += 0.1
        todo = [rc for rc in msg["rcpts"] if rc["state"] == "todo"]
        expired = todo and t - msg["t0"] >= LIFETIME and all(rc["out"] == "expire" for rc in todo)
        if expired:
            self.emit(t, "qmgr", self.qmgr, "%s: from=<%s>, status=expired, returned to sender" % (msg["qid"], msg["from"]))
            self.tot["expired"] += len(todo)
            for rc in todo:
                rc["state"] = "done"
            todo = []
        if bounced or expired:
            self.ndr(t, msg)
        if not todo:
            self.emit(t, "qmgr", self.qmgr, "%s: removed" % msg["qid"])
        else:
            back = min(900 * 2 ** (msg["tries"] - 1), 14400) + r.randint(0, 90)
            self.seq += 1
            heapq.heappush(self.heap, (t + back, self.seq, msg))

    def ndr(self, t, msg):
        n = self.qid()
        self.emit(t, "bounce", self.newpid(), "%s: sender non-delivery notification: %s" % (msg["qid"], n))
        self.emit(t, "cleanup", self.newpid(), "%s: message-id=<%s.%s@%s>" % (n, self.ymdhms(t), n, ME))
        self.emit(t, "qmgr", self.qmgr, "%s: from=<>, size=%d, nrcpt=1 (queue active)" % (n, self.r.randint(3000, 12000)))
        nd = {"qid": n, "t0": t, "tries": 0, "counted": False, "size": 0, "mid": "", "from": "", "rcpts": []}
        if msg["from"].startswith("www-data@"):
            self.status(t + 0.01, nd, "local", self.newpid(), "root@%s" % ME, "local", "2.0.0", "sent", "delivered to mailbox",
                        orig_to=msg["from"])
        else:
            tok = "".join(self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(22))
            self.status(t + 0.02, nd, "lmtp", self.newpid(), msg["from"], "%s[private/dovecot-lmtp]" % ME, "2.0.0", "sent",
                        "250 2.0.0 <%s> %s Saved" % (msg["from"], tok))
        self.emit(t + 0.02, "qmgr", self.qmgr, "%s: removed" % n)

    def ymdhms(self, t):
        d, s = divmod(int(t) - START, 86400)
        h, s = divmod(s, 3600)
        m, s = divmod(s, 60)
        return "202611%02d%02d%02d%02d" % (d + 1, h, m, s) if d < 30 else "202612%02d%02d%02d%02d" % (d - 29, h, m, s)

    def retry(self, t, msg):
        self.emit(t, "qmgr", self.qmgr, "%s: from=<%s>, size=%d, nrcpt=%d (queue active)" % (msg["qid"], msg["from"], msg["size"], len(msg["rcpts"])))
        self.attempt(t + 0.2, msg)

    def outcome(self):
        x = self.r.random()
        if x < 0.85:
            return "sent"
        if x < 0.94:
            return "later"
        if x < 0.99:
            return "bounce"
        return "expire"

    def outbound(self, t, pickup=False):
        r = self.r
        n = r.choices((1, 2, 3, 4, 5), (55, 20, 12, 8, 5))[0]
        rcpts = []
        have_expire = False
        for _ in range(n):
            addr, dom, kind = self.recipient()
            out = self.outcome()
            if out == "expire" and have_expire:
                out = "later"  # one recipient at most waits for the expiry
            while out == "expire" and kind != "tail":
                addr, dom, kind = self.recipient()  # a server that never answers is a small one
            if out == "expire":
                have_expire = True
            rcpts.append({"addr": addr, "dom": dom, "kind": kind, "out": out, "state": "todo",
                          "defers": r.choice((1, 1, 1, 2, 2, 3)), "reason": None})
        if r.random() < 0.15:
            other = r.choice(self.locals)
            rcpts.append({"addr": other, "dom": "example.com", "kind": "local", "out": "sent", "state": "todo",
                          "defers": 0, "reason": None})
        q = self.qid()
        size = int(r.lognormvariate(9.6, 1.1)) + 800
        if pickup:
            sender = r.choice(("www-data@example.com", "noreply@example.com"))
            mid = "%s.%s@%s" % (self.ymdhms(t), q, ME)
            self.emit(t, "pickup", self.newpid(), "%s: uid=%d from=<%s>" % (q, 33 if sender.startswith("www") else 1001, sender.split("@")[0]))
            self.emit(t, "cleanup", self.newpid(), "%s: message-id=<%s>" % (q, mid))
            self.emit(t, "qmgr", self.qmgr, "%s: from=<%s>, size=%d, nrcpt=%d (queue active)" % (q, sender, size, len(rcpts)))
            t1 = t + 0.2
        else:
            sender = r.choice(self.locals)
            mid = "%08x-%04x-4%03x-%04x-%012x@example.com" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                                             0x8000 | r.getrandbits(14), r.getrandbits(48))
            c = "cpe-%s.example.net" % ip(r).replace(".", "-")
            caddr = c[4:-12].replace("-", ".")
            pid = self.newpid()
            self.emit(t, "submission/smtpd", pid, "connect from %s[%s]" % (c, caddr))
            self.emit(t + 0.3, "submission/smtpd", pid, "Anonymous TLS connection established from %s[%s]: %s" % (c, caddr, TLS_IN))
            self.emit(t + 0.6, "submission/smtpd", pid, "%s: client=%s[%s], sasl_method=PLAIN, sasl_username=%s" % (q, c, caddr, sender))
            self.emit(t + 0.7, "cleanup", self.newpid(), "%s: message-id=<%s>" % (q, mid))
            self.emit(t + 0.8, "qmgr", self.qmgr, "%s: from=<%s>, size=%d, nrcpt=%d (queue active)" % (q, sender, size, len(rcpts)))
            self.emit(t + 1.0, "submission/smtpd", pid, "disconnect from %s[%s] ehlo=2 starttls=1 auth=1 mail=1 rcpt=%d data=1 quit=1 commands=%d" % (c, caddr, len(rcpts), 7 + len(rcpts)))
            t1 = t + 1.1
        msg = {"qid": q, "t0": t, "tries": 0, "counted": False, "size": size, "mid": mid, "from": sender, "rcpts": rcpts}
        self.attempt(t1, msg)

    def inbound(self, t):
        r = self.r
        addr, dom, kind = self.recipient()
        c = {"gmail": "mail-%s%d-f%d.google.com" % (r.choice(("ej1", "wm1", "lf1", "ed1")), r.randint(1, 9), r.randint(41, 99)),
             "ms": "mail-%s.outbound.protection.outlook.com" % r.choice(("db8eur05olkn2001", "am0pr02cu008", "vi1pr09cu001")),
             "yahoo": "sonic%d-%d.consmr.mail.ne1.yahoo.com" % (r.randint(300, 330), r.randint(20, 60))}.get(kind, "mail." + dom)
        caddr = ip(r)
        n = r.choices((1, 2, 3), (80, 15, 5))[0]
        rcpts = r.sample(self.locals, n)
        q = self.qid()
        size = int(r.lognormvariate(9.4, 1.2)) + 900
        pid = self.newpid()
        self.emit(t, "smtpd", pid, "connect from %s[%s]" % (c, caddr))
        self.emit(t + 0.2, "smtpd", pid, "Anonymous TLS connection established from %s[%s]: %s" % (c, caddr, TLS_IN))
        self.emit(t + 0.4, "smtpd", pid, "%s: client=%s[%s]" % (q, c, caddr))
        self.emit(t + 0.5, "cleanup", self.newpid(), "%s: message-id=<%s%08X@%s>" % (q, r.choice(("CA", "DM6PR", "")), r.getrandbits(32), c.split(".", 1)[1]))
        self.emit(t + 0.6, "qmgr", self.qmgr, "%s: from=<%s>, size=%d, nrcpt=%d (queue active)" % (q, addr, size, n))
        self.emit(t + 0.8, "smtpd", pid, "disconnect from %s[%s] ehlo=2 starttls=1 mail=1 rcpt=%d data=1 quit=1 commands=%d" % (c, caddr, n, 6 + n))
        msg = {"qid": q, "t0": t, "tries": 0, "counted": False, "size": size, "mid": "", "from": addr,
               "rcpts": [{"addr": a, "dom": "example.com", "kind": "local", "out": "sent", "state": "todo", "defers": 0, "reason": None} for a in rcpts]}
        self.attempt(t + 0.9, msg)

    def reject(self, t):
        r = self.r
        caddr = ip(r)
        named = r.random() < 0.3
        client = ("mail.%s" % r.choice(self.tail)) if named else "unknown"
        pid = self.newpid()
        self.emit(t, "smtpd", pid, "connect from %s[%s]" % (client, caddr))
        if named and r.random() < 0.5:
            self.emit(t, "smtpd", pid, "warning: hostname %s does not resolve to address %s: Name or service not known" % (client, caddr))
            client = "unknown"
        sender = "%s@%s" % (r.choice(("info", "promo", "admin", "sales", "noreply", "news")), r.choice(self.tail))
        helo = r.choice(("User", "ylmf-pc", "WIN-%06X" % r.getrandbits(24), "localhost", sender.split("@")[1]))
        n = r.choices((1, 2), (80, 20))[0]
        why = r.random()
        for _ in range(n):
            if why < 0.35:
                rc = "%s@%s" % (r.choice(("test", "probe", "info")), r.choice(self.tail))
                reply = "554 5.7.1 <%s>: Relay access denied" % rc
            elif why < 0.6:
                rc = "%s@example.com" % r.choice(("jobs", "admin", "webmaster", "hr", "billing", "ceo"))
                reply = "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % rc
            elif why < 0.8:
                rc = r.choice(self.locals)
                reply = "554 5.7.1 Service unavailable; Client host [%s] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/%s" % (caddr, caddr)
            elif why < 0.92:
                rc = r.choice(self.locals)
                reply = "450 4.7.1 Client host rejected: cannot find your reverse hostname, [%s]" % caddr
            else:
                rc = r.choice(self.locals)
                reply = "450 4.2.0 <%s>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.com.html" % rc
            self.emit(t + 0.5, "smtpd", pid, "NOQUEUE: reject: RCPT from %s[%s]: %s; from=<%s> to=<%s> proto=ESMTP helo=<%s>" % (client, caddr, reply, sender, rc, helo))
            self.tot["rejected"] += 1
        if r.random() < 0.2:
            self.emit(t + 0.7, "smtpd", pid, "lost connection after RCPT from %s[%s]" % (client, caddr))
            self.emit(t + 0.7, "smtpd", pid, "disconnect from %s[%s] ehlo=1 mail=1 rcpt=0/%d commands=2/%d" % (client, caddr, n, 2 + n))
        else:
            self.emit(t + 0.7, "smtpd", pid, "disconnect from %s[%s] ehlo=1 mail=1 rcpt=0/%d quit=1 commands=3/%d" % (client, caddr, n, 3 + n))

    def guess(self, t):
        r = self.r
        caddr = ip(r)
        pid = self.newpid()
        self.emit(t, "submission/smtpd", pid, "connect from unknown[%s]" % caddr)
        for _ in range(r.randint(1, 3)):
            t += r.uniform(1, 4)
            self.emit(t, "submission/smtpd", pid, "warning: unknown[%s]: SASL LOGIN authentication failed: authentication failure" % caddr)
        self.emit(t, "submission/smtpd", pid, "lost connection after AUTH from unknown[%s]" % caddr)
        self.emit(t, "submission/smtpd", pid, "disconnect from unknown[%s] ehlo=1 auth=0/1 commands=1/2" % caddr)

    def periodic(self, t):
        r = self.r
        if t >= self.next_anvil:
            pid = self.newpid()
            a = ip(r)
            at = stamp(self.t_last - r.randint(60, 500))
            self.emit(t, "anvil", pid, "statistics: max connection rate %d/60s for (smtp:%s) at %s" % (r.randint(1, 6), a, at))
            self.emit(t, "anvil", pid, "statistics: max connection count %d for (smtp:%s) at %s" % (r.randint(1, 3), a, at))
            self.emit(t, "anvil", pid, "statistics: max cache size %d at %s" % (r.randint(2, 40), at))
            self.next_anvil = t + r.randint(600, 1800)
        if t >= self.next_scache:
            pid = self.newpid()
            hits = r.randint(0, 40)
            miss = r.randint(1, 40)
            self.emit(t, "scache", pid, "statistics: start interval %s" % stamp(self.t_last - 600))
            self.emit(t, "scache", pid, "statistics: domain lookup hits=%d miss=%d success=%d%%" % (hits, miss, 100 * hits // (hits + miss)))
            self.emit(t, "scache", pid, "statistics: max simultaneous domains=%d addresses=%d connection=%d" % (r.randint(1, 9), r.randint(1, 12), r.randint(1, 14)))
            self.next_scache = t + r.randint(3000, 5000)

    def run(self):
        r = self.r
        t = float(START)
        gap = (END - START) / max(self.target / 2000, 1)
        while self.bytes < self.target:
            self.arrivals += 1
            if self.arrivals % 256 == 0:
                per = self.bytes / self.arrivals
                left = max((self.target - self.bytes) / per, 1.0)
                gap = max((END - 60 - t) / left, 0.001)
            t += r.expovariate(1.0 / gap)
            while self.heap and self.heap[0][0] <= t:
                when, _, msg = heapq.heappop(self.heap)
                self.retry(when, msg)
            self.periodic(t)
            x = r.random()
            if x < 0.60:
                self.outbound(t)
            elif x < 0.67:
                self.outbound(t, pickup=True)
            elif x < 0.935:
                self.inbound(t)
            elif x < 0.98:
                self.reject(t)
            else:
                self.guess(t)
        self.flush()
        return self.tot


def main():
    ap = argparse.ArgumentParser(description="Write a month of a Postfix mail log.")
    ap.add_argument("size_mb", type=float, help="about how many megabytes (10^6 bytes)")
    ap.add_argument("out", help="the file to write (- for standard output)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--expected", metavar="FILE.json", help="write the expected totals there")
    a = ap.parse_args()
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="ascii", newline="\n", buffering=1 << 22)
    tot = Gen(a.seed, int(a.size_mb * MB), out).run()
    if out is not sys.stdout:
        out.close()
    if a.expected:
        with open(a.expected, "w") as fh:
            json.dump(tot, fh)
            fh.write("\n")


if __name__ == "__main__":
    main()
