//! Real servers on loopback for the live checks' tests: nsd serving the zones of
//! `tests/fixtures/zones`, Postfix (SMTP, submission, SMTPS) and Dovecot (IMAP, IMAPS, POP3,
//! POP3S, and SASL for Postfix) with the certificates of `tests/fixtures/tls`.
//!
//! Each group starts once per test process, on the first call of [`dns`] or [`mail`], in a
//! temporary directory of its own with its own configuration files and free ports on 127.0.0.1;
//! concurrent tests share it. Nothing of the system's configuration or ports is used, so the two
//! test binaries (or two runs) can do this at the same time. The servers are stopped and their
//! directory removed when the test process exits. Should it be killed instead, the kernel kills
//! each server (`PR_SET_PDEATHSIG`), a watchdog kills whatever the server had started, and the
//! next run removes the directories that were left.
//!
//! The servers are Debian's `nsd`, `postfix`, `dovecot-imapd` and `dovecot-pop3d`; `.ci/run`
//! installs them. The mail servers run as root, as Postfix's master and Dovecot need it.
//!
//! Dovecot takes a client whose address equals its own for a local, trusted one and then allows
//! a plaintext LOGIN (no `LOGINDISABLED`). So that the plain IMAP and POP3 ports behave as they
//! do toward a remote client, they are relays in this process, which pass each connection on to
//! Dovecot from the source address 127.0.0.2.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, Shutdown, SocketAddr, SocketAddrV4, TcpListener, TcpStream, UdpSocket};
use std::os::fd::FromRawFd;
use std::os::unix::fs::{PermissionsExt, chown};
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Mutex, Once, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

/// How long a group of servers may take to answer after it was started.
const DEADLINE: Duration = Duration::from_secs(10);
/// How often a group is started afresh (with new ports) when a server exits while starting, as
/// it does when another process took one of its ports in the meantime.
const ATTEMPTS: usize = 3;
/// The source address of the relays' connections to Dovecot.
const RELAY_SOURCE: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 2);
const LOCALHOST: Ipv4Addr = Ipv4Addr::LOCALHOST;
/// The prefix of the temporary directories, followed by the owning process's ID.
const DIR_PREFIX: &str = "mailwiz-loopback-";

const INSTALL: &str = "install the Debian packages nsd, postfix, dovecot-imapd and \
                       dovecot-pop3d (.ci/run installs them when they are missing)";

/// nsd, serving every zone of `tests/fixtures/zones` over UDP and TCP.
pub struct Dns {
    /// 127.0.0.1 and the port, the same for UDP and TCP.
    pub addr: SocketAddr,
    /// The directory of its configuration and logs (`nsd.log`, `nsd.out`).
    pub dir: PathBuf,
}

/// The DNS server, started on the first call.
pub fn dns() -> &'static Dns {
    static DNS: OnceLock<Result<Dns, String>> = OnceLock::new();
    match DNS.get_or_init(|| start_with_retries("dns", "nsd", start_dns)) {
        Ok(dns) => dns,
        Err(why) => panic!("{why}"),
    }
}

/// Postfix and Dovecot on 127.0.0.1, as `mail.good.test` (its A record is 127.0.0.1). Every
/// port serves the certificate of `mail.good.test`; Dovecot serves the expired one of
/// `expired.good.test` to a client that names it (SNI). No mail is accepted: every recipient is
/// refused (`554 5.7.1 ... Relay access denied`) but a bare `postmaster`, which Postfix accepts
/// whatever it is told (RFC 5321 4.5.1), and then DATA and BDAT are refused (`554 5.7.1`).
/// Nothing is ever delivered anywhere.
///
/// For the tests' speed, neither server delays its answer to a wrong password: no
/// `auth_failure_delay`, no auth penalty.
pub struct Mail {
    /// Postfix, like port 25: STARTTLS offered, AUTH not offered (neither before nor after TLS).
    pub smtp: u16,
    /// Postfix, like port 587: STARTTLS offered; AUTH PLAIN LOGIN only after STARTTLS, and
    /// every command but EHLO, STARTTLS and QUIT needs TLS first.
    pub submission: u16,
    /// Postfix, like port 465: TLS from the first byte; AUTH PLAIN LOGIN.
    pub smtps: u16,
    /// Dovecot, like port 143: STARTTLS and LOGINDISABLED before TLS.
    pub imap: u16,
    /// Dovecot, like port 993: TLS from the first byte.
    pub imaps: u16,
    /// Dovecot, like port 110: STLS, no USER or SASL before TLS.
    pub pop3: u16,
    /// Dovecot, like port 995: TLS from the first byte.
    pub pop3s: u16,
    /// An account that Dovecot (and through it Postfix's AUTH) accepts, with an empty mailbox.
    pub user: &'static str,
    pub password: &'static str,
    /// The directory of the configurations and logs (`postfix/postfix.log`,
    /// `dovecot/dovecot.log`).
    pub dir: PathBuf,
}

/// The mail servers, started on the first call (Dovecot first, then Postfix, which authenticates
/// through it).
pub fn mail() -> &'static Mail {
    static MAIL: OnceLock<Result<Mail, String>> = OnceLock::new();
    match MAIL.get_or_init(|| start_with_retries("mail", "Postfix and Dovecot", start_mail)) {
        Ok(mail) => mail,
        Err(why) => panic!("{why}"),
    }
}

/// The fixture CA's certificate (PEM), which signed every certificate the servers serve. Tests
/// pass it as `SSL_CERT_FILE`.
pub fn ca_file() -> PathBuf {
    tls_dir().join("ca.pem")
}

/// `tests/fixtures/tls`: `ca.pem`, `mail.good.test.pem` and `expired.good.test.pem`, and their
/// keys.
pub fn tls_dir() -> PathBuf {
    fixtures().join("tls")
}

/// `tests/fixtures/zones`: the zone files that nsd serves, one `NAME.zone` for each zone NAME.
pub fn zones_dir() -> PathBuf {
    fixtures().join("zones")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

// ---- DNS -------------------------------------------------------------------------------------

const NSD: &str = "/usr/sbin/nsd";

fn start_dns(run: &mut Run) -> Result<Dns, String> {
    need(NSD, "nsd")?;
    let port = free_udp_and_tcp_port()?;
    let addr = SocketAddr::from((LOCALHOST, port));
    let dir = run.dir.clone();
    let mut conf = format!(
        "# Written by tests/loopback/mod.rs for one test process.\n\
         server:\n\
         \x20   ip-address: 127.0.0.1@{port}\n\
         \x20   port: {port}\n\
         \x20   do-ip4: yes\n\
         \x20   do-ip6: no\n\
         \x20   reuseport: no\n\
         \x20   server-count: 1\n\
         \x20   username: \"\"\n\
         \x20   chroot: \"\"\n\
         \x20   database: \"\"\n\
         \x20   zonelistfile: \"{d}/zone.list\"\n\
         \x20   xfrdfile: \"{d}/xfrd.state\"\n\
         \x20   xfrdir: \"{d}\"\n\
         \x20   pidfile: \"{d}/nsd.pid\"\n\
         \x20   logfile: \"{d}/nsd.log\"\n\
         \x20   verbosity: 1\n\
         \x20   hide-version: yes\n\
         \x20   # Many tests ask at once: no response rate limiting.\n\
         \x20   rrl-ratelimit: 0\n\
         \x20   rrl-whitelist-ratelimit: 0\n\
         remote-control:\n\
         \x20   control-enable: no\n",
        d = dir.display()
    );
    let mut zones = Vec::new();
    for entry in fs::read_dir(zones_dir()).map_err(|e| format!("{}: {e}", zones_dir().display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".zone"))
        {
            zones.push((name.to_owned(), path.clone()));
        }
    }
    zones.sort();
    for (name, path) in &zones {
        let _ = write!(
            conf,
            "zone:\n    name: \"{name}\"\n    zonefile: \"{}\"\n",
            path.display()
        );
    }
    let conf_path = dir.join("nsd.conf");
    write(&conf_path, &conf)?;
    let mut cmd = Command::new(NSD);
    cmd.arg("-d").arg("-c").arg(&conf_path);
    run.spawn("nsd", cmd, &[dir.join("nsd.out"), dir.join("nsd.log")])?;
    let query = dns_query(0x4d57, "good.test", 6);
    run.wait_for("nsd to answer good.test SOA over UDP", || {
        let sock = UdpSocket::bind((LOCALHOST, 0)).ok()?;
        sock.set_read_timeout(Some(Duration::from_millis(200)))
            .ok()?;
        sock.send_to(&query, addr).ok()?;
        let mut buf = [0; 512];
        let n = sock.recv(&mut buf).ok()?;
        dns_answered(&buf[..n], 0x4d57).then_some(())
    })?;
    run.wait_for("nsd to answer good.test SOA over TCP", || {
        let mut s = TcpStream::connect_timeout(&addr, Duration::from_millis(500)).ok()?;
        s.set_read_timeout(Some(Duration::from_secs(1))).ok()?;
        let mut msg = (query.len() as u16).to_be_bytes().to_vec();
        msg.extend_from_slice(&query);
        s.write_all(&msg).ok()?;
        let mut len = [0; 2];
        s.read_exact(&mut len).ok()?;
        let mut buf = vec![0; u16::from_be_bytes(len) as usize];
        s.read_exact(&mut buf).ok()?;
        dns_answered(&buf, 0x4d57).then_some(())
    })?;
    Ok(Dns { addr, dir })
}

/// A DNS query (RD clear) for `name` of type `qtype`, class IN.
fn dns_query(id: u16, name: &str, qtype: u16) -> Vec<u8> {
    let mut q = id.to_be_bytes().to_vec();
    q.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    for label in name.split('.') {
        q.push(label.len() as u8);
        q.extend_from_slice(label.as_bytes());
    }
    q.push(0);
    q.extend_from_slice(&qtype.to_be_bytes());
    q.extend_from_slice(&1u16.to_be_bytes());
    q
}

/// Whether `reply` answers query `id` with NOERROR and at least one answer.
fn dns_answered(reply: &[u8], id: u16) -> bool {
    reply.len() >= 12
        && reply[..2] == id.to_be_bytes()
        && reply[2] & 0x80 != 0
        && reply[3] & 0x0f == 0
        && u16::from_be_bytes([reply[6], reply[7]]) > 0
}

// ---- Mail ------------------------------------------------------------------------------------

const MASTER: &str = "/usr/lib/postfix/sbin/master";
const DOVECOT: &str = "/usr/sbin/dovecot";
const USER: &str = "probe@good.test";
const PASSWORD: &str = "loopback-password";

fn start_mail(run: &mut Run) -> Result<Mail, String> {
    if unsafe { libc::geteuid() } != 0 {
        return Err(
            "the loopback mail servers must run as root (Postfix's master and Dovecot \
                    switch users); .ci/run runs as root"
                .into(),
        );
    }
    need(MASTER, "postfix")?;
    need(DOVECOT, "dovecot-core")?;
    need("/usr/lib/dovecot/imap-login", "dovecot-imapd")?;
    need("/usr/lib/dovecot/pop3-login", "dovecot-pop3d")?;
    // Held while the ports are chosen, so that they differ; released before the servers bind.
    let held: Vec<TcpListener> = (0..9)
        .map(|_| TcpListener::bind((LOCALHOST, 0)))
        .collect::<io::Result<_>>()
        .map_err(|e| format!("no free port on 127.0.0.1: {e}"))?;
    let port = |i: usize| held[i].local_addr().map(|a| a.port()).unwrap_or(0);
    let (smtp, submission, smtps) = (port(0), port(1), port(2));
    let (imaps, pop3s) = (port(3), port(4));
    let (dovecot_imap, dovecot_pop3) = (port(5), port(6));
    drop(held);
    // The relays' own ports are bound now, and kept.
    let imap_relay = TcpListener::bind((LOCALHOST, 0)).map_err(|e| e.to_string())?;
    let pop3_relay = TcpListener::bind((LOCALHOST, 0)).map_err(|e| e.to_string())?;
    let imap = imap_relay.local_addr().map_err(|e| e.to_string())?.port();
    let pop3 = pop3_relay.local_addr().map_err(|e| e.to_string())?.port();

    let dir = run.dir.clone();
    for sub in ["dovecot", "postfix"] {
        fs::create_dir(dir.join(sub)).map_err(|e| format!("{}: {e}", dir.join(sub).display()))?;
    }
    let auth_socket = dir.join("dovecot/auth-postfix");
    start_dovecot(
        run,
        &dir.join("dovecot"),
        &auth_socket,
        [dovecot_imap, imaps, dovecot_pop3, pop3s],
    )?;
    run.wait_for("Dovecot's IMAP greeting", || {
        greeting(dovecot_imap).filter(|g| g.starts_with("* OK [CAPABILITY"))
    })?;
    run.wait_for("Dovecot's POP3 greeting", || {
        greeting(dovecot_pop3).filter(|g| g.starts_with("+OK"))
    })?;
    run.wait_for("Dovecot's IMAPS and POP3S ports", || {
        (accepts(imaps) && accepts(pop3s)).then_some(())
    })?;
    run.wait_for("Dovecot's auth socket for Postfix", || {
        UnixStream::connect(&auth_socket).ok()
    })?;
    relay(imap_relay, SocketAddrV4::new(LOCALHOST, dovecot_imap));
    relay(pop3_relay, SocketAddrV4::new(LOCALHOST, dovecot_pop3));

    start_postfix(
        run,
        &dir.join("postfix"),
        &auth_socket,
        [smtp, submission, smtps],
    )?;
    for (what, port) in [
        ("Postfix's SMTP greeting", smtp),
        ("Postfix's submission greeting", submission),
    ] {
        run.wait_for(what, || {
            greeting(port).filter(|g| g.starts_with("220 mail.good.test ESMTP"))
        })?;
    }
    run.wait_for("Postfix's SMTPS port", || accepts(smtps).then_some(()))?;
    run.wait_for("the IMAP relay's greeting", || {
        greeting(imap).filter(|g| g.contains("LOGINDISABLED"))
    })?;
    run.wait_for("the POP3 relay's greeting", || {
        greeting(pop3).filter(|g| g.starts_with("+OK"))
    })?;
    Ok(Mail {
        smtp,
        submission,
        smtps,
        imap,
        imaps,
        pop3,
        pop3s,
        user: USER,
        password: PASSWORD,
        dir,
    })
}

/// Dovecot with IMAP and POP3 on `[imap, imaps, pop3, pop3s]`, a passwd-file with [`USER`], and
/// an auth socket for Postfix at `auth_socket`.
fn start_dovecot(
    run: &mut Run,
    dir: &Path,
    auth_socket: &Path,
    ports: [u16; 4],
) -> Result<(), String> {
    let [imap, imaps, pop3, pop3s] = ports;
    let (nobody, nogroup) = (uid("nobody")?, gid("nogroup")?);
    let home = dir
        .join("home")
        .join(USER.split('@').next().unwrap_or(USER));
    fs::create_dir_all(&home).map_err(|e| format!("{}: {e}", home.display()))?;
    chown(&home, Some(nobody), Some(nogroup)).map_err(|e| format!("{}: {e}", home.display()))?;
    write(
        &dir.join("users"),
        &format!("{USER}:{{PLAIN}}{PASSWORD}::::::\n"),
    )?;
    let tls = tls_dir();
    let conf = format!(
        r#"# Written by tests/loopback/mod.rs for one test process.
base_dir = {d}/run
state_dir = {d}/state
instance_name = mailwiz-loopback
protocols = imap pop3
listen = 127.0.0.1
log_path = {d}/dovecot.log
ssl = yes
ssl_cert = <{tls}/mail.good.test.pem
ssl_key = <{tls}/mail.good.test.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_verbose = yes
# A wrong password is answered at once, not after 2 s: tests try them.
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = {d}/users
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={d}/home/%n
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps}
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    address = 127.0.0.1
    port = {pop3}
  }}
  inet_listener pop3s {{
    address = 127.0.0.1
    port = {pop3s}
    ssl = yes
  }}
}}
service auth {{
  unix_listener {auth} {{
    mode = 0666
  }}
}}
# No auth penalty (2 to 15 s before each attempt from an address that failed before): the auth
# process, which is not root, cannot reach anvil's penalty socket and so does without it.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
# A client that asks for expired.good.test (SNI) gets the expired certificate.
local_name expired.good.test {{
  ssl_cert = <{tls}/expired.good.test.pem
  ssl_key = <{tls}/expired.good.test.key
}}
"#,
        d = dir.display(),
        tls = tls.display(),
        auth = auth_socket.display(),
    );
    let conf_path = dir.join("dovecot.conf");
    write(&conf_path, &conf)?;
    let mut cmd = Command::new(DOVECOT);
    cmd.arg("-F").arg("-c").arg(&conf_path);
    run.spawn(
        "dovecot",
        cmd,
        &[dir.join("dovecot.out"), dir.join("dovecot.log")],
    )
}

/// Postfix's master with smtpd on `[smtp, submission, smtps]` and the few services smtpd talks
/// to; no service that delivers mail.
fn start_postfix(
    run: &mut Run,
    dir: &Path,
    auth_socket: &Path,
    ports: [u16; 3],
) -> Result<(), String> {
    let [smtp, submission, smtps] = ports;
    let (postfix, postdrop) = (uid("postfix")?, gid("postdrop")?);
    let root_gid = 0;
    // The queue's directories, as postfix-script would make them.
    let mut dirs = vec![
        ("queue", 0, root_gid, 0o755),
        ("queue/pid", 0, root_gid, 0o755),
    ];
    for d in [
        "active", "bounce", "corrupt", "defer", "deferred", "flush", "hold", "incoming", "private",
        "saved", "trace",
    ] {
        dirs.push((d, postfix, root_gid, 0o700));
    }
    dirs.extend([
        ("maildrop", postfix, postdrop, 0o730),
        ("public", postfix, postdrop, 0o710),
        ("data", postfix, root_gid, 0o700),
        ("conf", 0, root_gid, 0o755),
    ]);
    for (name, owner, group, mode) in dirs {
        let path = if matches!(name, "queue" | "queue/pid" | "data" | "conf") {
            dir.join(name)
        } else {
            dir.join("queue").join(name)
        };
        fs::create_dir_all(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        chown(&path, Some(owner), Some(group)).map_err(|e| format!("{}: {e}", path.display()))?;
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).map_err(|e| e.to_string())?;
    }
    let tls = tls_dir();
    let main_cf = format!(
        "# Written by tests/loopback/mod.rs for one test process.\n\
         compatibility_level = 3.6\n\
         queue_directory = {d}/queue\n\
         data_directory = {d}/data\n\
         mail_owner = postfix\n\
         setgid_group = postdrop\n\
         # postlogd writes to master's standard output, postfix.log.\n\
         maillog_file = /dev/stdout\n\
         inet_interfaces = 127.0.0.1\n\
         inet_protocols = ipv4\n\
         myhostname = mail.good.test\n\
         mydomain = good.test\n\
         myorigin = $myhostname\n\
         smtpd_banner = $myhostname ESMTP\n\
         smtpd_peername_lookup = no\n\
         biff = no\n\
         alias_maps =\n\
         alias_database =\n\
         # Nothing is accepted, nothing is delivered: no local or relayed domain, no trusted\n\
         # network, every recipient refused, and the transports are errors all the same.\n\
         mydestination =\n\
         relay_domains =\n\
         mynetworks =\n\
         smtpd_relay_restrictions = reject_unauth_destination\n\
         smtpd_recipient_restrictions = reject_unauth_destination, reject\n\
         # smtpd takes a bare RCPT TO:<postmaster> whatever the restrictions (RFC 5321 4.5.1):\n\
         # DATA and BDAT are refused all the same, and no qmgr would ever move a message.\n\
         smtpd_data_restrictions = reject\n\
         smtpd_end_of_data_restrictions = reject\n\
         # Without a qmgr nobody refills the mail flow tokens: cleanup would wait 1 s for each.\n\
         in_flow_delay = 0\n\
         default_transport = error:this test server delivers nothing\n\
         local_transport = error:this test server delivers nothing\n\
         relay_transport = error:this test server delivers nothing\n\
         smtpd_tls_security_level = may\n\
         smtpd_tls_chain_files = {tls}/mail.good.test.key, {tls}/mail.good.test.pem\n\
         smtpd_tls_auth_only = yes\n\
         smtpd_sasl_type = dovecot\n\
         smtpd_sasl_path = {auth}\n\
         smtpd_sasl_auth_enable = no\n",
        d = dir.display(),
        tls = tls.display(),
        auth = auth_socket.display(),
    );
    let master_cf = format!(
        "# Written by tests/loopback/mod.rs for one test process.\n\
         # service type private unpriv chroot wakeup maxproc command\n\
         127.0.0.1:{smtp} inet n - n - - smtpd\n\
         127.0.0.1:{submission} inet n - n - - smtpd\n\
         \x20 -o smtpd_tls_security_level=encrypt\n\
         \x20 -o smtpd_sasl_auth_enable=yes\n\
         127.0.0.1:{smtps} inet n - n - - smtpd\n\
         \x20 -o smtpd_tls_wrappermode=yes\n\
         \x20 -o smtpd_sasl_auth_enable=yes\n\
         cleanup unix n - n - 0 cleanup\n\
         rewrite unix - - n - - trivial-rewrite\n\
         anvil unix - - n - 1 anvil\n\
         tlsmgr unix - - n 1000? 1 tlsmgr\n\
         proxymap unix - - n - - proxymap\n\
         postlog unix-dgram n - n - 1 postlogd\n"
    );
    write(&dir.join("conf/main.cf"), &main_cf)?;
    write(&dir.join("conf/master.cf"), &master_cf)?;
    // -d keeps master in the foreground (and in its process group); -s alone would fork.
    let mut cmd = Command::new(MASTER);
    cmd.arg("-c").arg(dir.join("conf")).arg("-d");
    run.spawn("postfix", cmd, &[dir.join("postfix.log")])
}

/// The first line a server sends on `port`, if it sends one within a second.
fn greeting(port: u16) -> Option<String> {
    let addr = SocketAddr::from((LOCALHOST, port));
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_millis(500)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(1))).ok()?;
    let mut line = Vec::new();
    let mut byte = [0];
    while !line.ends_with(b"\r\n") && line.len() < 4096 {
        s.read_exact(&mut byte).ok()?;
        line.push(byte[0]);
    }
    String::from_utf8(line).ok()
}

fn accepts(port: u16) -> bool {
    TcpStream::connect_timeout(
        &SocketAddr::from((LOCALHOST, port)),
        Duration::from_millis(500),
    )
    .is_ok()
}

/// Passes each connection to `listener` on to `upstream`, from [`RELAY_SOURCE`].
fn relay(listener: TcpListener, upstream: SocketAddrV4) {
    let spawned = thread::Builder::new()
        .name("loopback-relay".into())
        .spawn(move || {
            for client in listener.incoming().flatten() {
                let _ = thread::Builder::new()
                    .name("loopback-relay-conn".into())
                    .spawn(move || {
                        let Ok(server) = connect_from(RELAY_SOURCE, upstream) else {
                            return;
                        };
                        let _ = (client.set_nodelay(true), server.set_nodelay(true));
                        let (Ok(client2), Ok(server2)) = (client.try_clone(), server.try_clone())
                        else {
                            return;
                        };
                        // Client to server: its end is passed on as a half-close.
                        let up = thread::spawn(move || {
                            let _ = io::copy(&mut &client2, &mut &server2);
                            let _ = server2.shutdown(Shutdown::Write);
                        });
                        // Server to client: the server's end is the session's end.
                        let _ = io::copy(&mut &server, &mut &client);
                        let _ = client.shutdown(Shutdown::Both);
                        let _ = server.shutdown(Shutdown::Both);
                        let _ = up.join();
                    });
            }
        });
    spawned.expect("a thread for a loopback relay");
}

/// A TCP connection to `to` from the address `source` (std binds no source address).
fn connect_from(source: Ipv4Addr, to: SocketAddrV4) -> io::Result<TcpStream> {
    fn sockaddr(ip: Ipv4Addr, port: u16) -> libc::sockaddr_in {
        libc::sockaddr_in {
            sin_family: libc::AF_INET as libc::sa_family_t,
            sin_port: port.to_be(),
            sin_addr: libc::in_addr {
                s_addr: u32::from(ip).to_be(),
            },
            sin_zero: [0; 8],
        }
    }
    let len = size_of::<libc::sockaddr_in>() as libc::socklen_t;
    // SAFETY: a new socket, owned by the TcpStream from here on (closed on every error path);
    // the addresses are valid sockaddr_in of the length given.
    unsafe {
        let fd = libc::socket(libc::AF_INET, libc::SOCK_STREAM | libc::SOCK_CLOEXEC, 0);
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        let stream = TcpStream::from_raw_fd(fd);
        let from = sockaddr(source, 0);
        if libc::bind(fd, (&raw const from).cast(), len) != 0 {
            return Err(io::Error::last_os_error());
        }
        let dest = sockaddr(*to.ip(), to.port());
        if libc::connect(fd, (&raw const dest).cast(), len) != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(stream)
    }
}

// ---- Processes -------------------------------------------------------------------------------

/// One attempt at starting a group of servers: its directory and its processes.
struct Run {
    dir: PathBuf,
    temp: Option<tempfile::TempDir>,
    procs: Vec<Proc>,
    deadline: Instant,
}

struct Proc {
    name: &'static str,
    child: Child,
    /// `sh` reading a pipe from this process: when the pipe closes, because this process ended
    /// however it did, it kills the server's process group. `PR_SET_PDEATHSIG` alone is not
    /// enough: it only kills the server itself, and the kernel forgets it when a process changes
    /// its credentials, as Postfix's master does at start.
    watchdog: Child,
    logs: Vec<PathBuf>,
}

/// What has to be undone when the test process exits.
static LIVE: Mutex<Vec<(Vec<Proc>, tempfile::TempDir)>> = Mutex::new(Vec::new());

/// Starts a group of servers (`label` names its directory) with `start`, again with new ports
/// when a server exited while starting.
fn start_with_retries<T>(
    label: &str,
    what: &str,
    start: fn(&mut Run) -> Result<T, String>,
) -> Result<T, String> {
    sweep_stale_dirs();
    let began = Instant::now();
    let mut last = String::new();
    for attempt in 1..=ATTEMPTS {
        let mut run = Run::new(label)?;
        match start(&mut run) {
            Ok(servers) => {
                if std::env::var_os("LOOPBACK_VERBOSE").is_some() {
                    eprintln!(
                        "loopback: {what} answered after {:?} in {}",
                        began.elapsed(),
                        run.dir.display()
                    );
                }
                run.keep();
                return Ok(servers);
            }
            Err(why) => {
                let exited = run
                    .procs
                    .iter_mut()
                    .any(|p| matches!(p.child.try_wait(), Ok(Some(_))));
                run.stop();
                last = format!(
                    "loopback: {what} did not start (attempt {attempt} of {ATTEMPTS}): {why}"
                );
                // A server that exited may have lost a port to another process: try new ports.
                // One that is up but does not answer will not answer next time either.
                if !exited {
                    break;
                }
            }
        }
    }
    Err(last)
}

impl Run {
    fn new(label: &str) -> Result<Run, String> {
        let temp = tempfile::Builder::new()
            .prefix(&format!("{DIR_PREFIX}{}-{label}-", std::process::id()))
            .tempdir()
            .map_err(|e| format!("no temporary directory: {e}"))?;
        // The servers' unprivileged users (postfix, dovecot, dovenull, nobody) go through it.
        fs::set_permissions(temp.path(), fs::Permissions::from_mode(0o755))
            .map_err(|e| e.to_string())?;
        Ok(Run {
            dir: temp.path().to_owned(),
            temp: Some(temp),
            procs: Vec::new(),
            deadline: Instant::now() + DEADLINE,
        })
    }

    /// Starts `cmd` as server `name`, its output going to `logs[0]`; every log in `logs` is shown
    /// if it fails.
    fn spawn(
        &mut self,
        name: &'static str,
        mut cmd: Command,
        logs: &[PathBuf],
    ) -> Result<(), String> {
        let out = fs::File::create(&logs[0]).map_err(|e| format!("{}: {e}", logs[0].display()))?;
        let err = out.try_clone().map_err(|e| e.to_string())?;
        cmd.stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .current_dir(&self.dir)
            .process_group(0);
        let parent = std::process::id() as libc::pid_t;
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(move || {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                    return Err(io::Error::last_os_error());
                }
                // The parent died before the line above: nobody would kill this one.
                if libc::getppid() != parent {
                    libc::_exit(1);
                }
                Ok(())
            });
        }
        let mut child = spawn(cmd).map_err(|e| format!("{name} could not be started: {e}"))?;
        let watchdog = Command::new("/bin/sh")
            .args([
                "-c",
                "read _; kill -s KILL -- \"-$1\" 2>/dev/null",
                "loopback-watchdog",
            ])
            .arg(child.id().to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn();
        let watchdog = match watchdog {
            Ok(watchdog) => watchdog,
            Err(e) => {
                // SAFETY: kill(2) of the process group that this new child leads.
                unsafe { libc::kill(-(child.id() as libc::pid_t), libc::SIGKILL) };
                let _ = child.wait();
                return Err(format!("no watchdog for {name}: /bin/sh: {e}"));
            }
        };
        self.procs.push(Proc {
            name,
            child,
            watchdog,
            logs: logs.to_vec(),
        });
        Ok(())
    }

    /// Polls `probe` until it gives a value, a server exits, or the deadline passes.
    fn wait_for<T>(
        &mut self,
        what: &str,
        mut probe: impl FnMut() -> Option<T>,
    ) -> Result<T, String> {
        loop {
            for p in &mut self.procs {
                if let Ok(Some(status)) = p.child.try_wait() {
                    return Err(format!(
                        "{} exited ({status}) while waiting for {what}{}",
                        p.name,
                        tails(&p.logs)
                    ));
                }
            }
            if let Some(value) = probe() {
                if std::env::var_os("LOOPBACK_VERBOSE").is_some() {
                    eprintln!(
                        "loopback: {what} after {:?}",
                        DEADLINE - (self.deadline - Instant::now())
                    );
                }
                return Ok(value);
            }
            if Instant::now() > self.deadline {
                let logs: Vec<PathBuf> = self.procs.iter().flat_map(|p| p.logs.clone()).collect();
                return Err(format!(
                    "no answer within {DEADLINE:?} while waiting for {what}{}",
                    tails(&logs)
                ));
            }
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Hands the processes and the directory over to the exit handler.
    fn keep(mut self) {
        register_exit_handler();
        let temp = self.temp.take().expect("a run's directory");
        lock_live().push((std::mem::take(&mut self.procs), temp));
    }

    fn stop(&mut self) {
        stop_all(&mut self.procs);
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        self.stop();
    }
}

fn lock_live() -> std::sync::MutexGuard<'static, Vec<(Vec<Proc>, tempfile::TempDir)>> {
    LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Kills each server's process group: the server and every process it started. (A SIGTERM
/// would be kinder but slower: Postfix's master takes a second to go.)
fn stop_all(procs: &mut [Proc]) {
    for p in procs.iter_mut() {
        // SAFETY: kill(2) of the process group that this child leads (process_group(0)).
        unsafe { libc::kill(-(p.child.id() as libc::pid_t), libc::SIGKILL) };
        let _ = p.child.kill();
        let _ = p.child.wait();
        drop(p.watchdog.stdin.take());
        let _ = p.watchdog.wait();
    }
}

fn register_exit_handler() {
    static ONCE: Once = Once::new();
    extern "C" fn at_exit() {
        let _ = std::panic::catch_unwind(|| {
            // try_lock: never wait at exit for a thread that may be gone.
            let mut live = match LIVE.try_lock() {
                Ok(live) => live,
                Err(std::sync::TryLockError::Poisoned(poisoned)) => poisoned.into_inner(),
                Err(std::sync::TryLockError::WouldBlock) => return,
            };
            for (mut procs, dir) in live.drain(..) {
                stop_all(&mut procs);
                drop(dir);
            }
        });
    }
    // SAFETY: registers a function that never unwinds out (catch_unwind).
    ONCE.call_once(|| unsafe {
        libc::atexit(at_exit);
    });
}

/// Spawns `cmd` from a thread that lives as long as the process: `PR_SET_PDEATHSIG` fires when
/// the thread that forked exits, and a test's thread ends with its test.
fn spawn(cmd: Command) -> io::Result<Child> {
    type Request = (Command, mpsc::Sender<io::Result<Child>>);
    static SPAWNER: OnceLock<Mutex<mpsc::Sender<Request>>> = OnceLock::new();
    let spawner = SPAWNER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<Request>();
        thread::Builder::new()
            .name("loopback-spawner".into())
            .spawn(move || {
                for (mut cmd, reply) in rx {
                    let _ = reply.send(cmd.spawn());
                }
            })
            .expect("a thread to start the loopback servers from");
        Mutex::new(tx)
    });
    let (tx, rx) = mpsc::channel();
    spawner
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .send((cmd, tx))
        .map_err(|_| io::Error::other("the spawner thread is gone"))?;
    rx.recv()
        .map_err(|_| io::Error::other("the spawner thread is gone"))?
}

/// Removes the directories of test processes that were killed before they could.
fn sweep_stale_dirs() {
    let Ok(entries) = fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(DIR_PREFIX)) else {
            continue;
        };
        let Some(Ok(pid)) = rest.split('-').next().map(str::parse::<libc::pid_t>) else {
            continue;
        };
        // SAFETY: signal 0 only asks whether the process exists.
        let gone = unsafe { libc::kill(pid, 0) } != 0
            && io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH);
        if gone {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

// ---- Helpers ---------------------------------------------------------------------------------

fn need(binary: &str, package: &str) -> Result<(), String> {
    if Path::new(binary).exists() {
        Ok(())
    } else {
        Err(format!(
            "loopback servers: {binary} is missing (Debian package {package}); {INSTALL}"
        ))
    }
}

/// Writes a configuration file, dated an hour ago: Postfix waits until a main.cf written less
/// than a second or two ago has not changed for a while (about 2 s at every start otherwise).
fn write(path: &Path, text: &str) -> Result<(), String> {
    let file = || -> io::Result<()> {
        fs::write(path, text)?;
        let past = std::time::SystemTime::now() - Duration::from_secs(3600);
        fs::File::options()
            .write(true)
            .open(path)?
            .set_modified(past)
    };
    file().map_err(|e| format!("{}: {e}", path.display()))
}

/// A port free for both UDP and TCP on 127.0.0.1.
fn free_udp_and_tcp_port() -> Result<u16, String> {
    for _ in 0..50 {
        let tcp = TcpListener::bind((LOCALHOST, 0)).map_err(|e| e.to_string())?;
        let port = tcp.local_addr().map_err(|e| e.to_string())?.port();
        if UdpSocket::bind((LOCALHOST, port)).is_ok() {
            return Ok(port);
        }
    }
    Err("no port free for both UDP and TCP on 127.0.0.1".into())
}

fn uid(user: &str) -> Result<u32, String> {
    let name = std::ffi::CString::new(user).map_err(|e| e.to_string())?;
    // SAFETY: getpwnam with a valid C string, its record read at once. (Its static buffer: only
    // the mail servers' start calls getpwnam and getgrnam, once per process.)
    let pw = unsafe { libc::getpwnam(name.as_ptr()) };
    if pw.is_null() {
        Err(format!("loopback servers: no user {user}; {INSTALL}"))
    } else {
        Ok(unsafe { (*pw).pw_uid })
    }
}

fn gid(group: &str) -> Result<u32, String> {
    let name = std::ffi::CString::new(group).map_err(|e| e.to_string())?;
    // SAFETY: as in uid.
    let gr = unsafe { libc::getgrnam(name.as_ptr()) };
    if gr.is_null() {
        Err(format!("loopback servers: no group {group}; {INSTALL}"))
    } else {
        Ok(unsafe { (*gr).gr_gid })
    }
}

/// The last lines of each log, for an error message.
fn tails(logs: &[PathBuf]) -> String {
    let mut out = String::new();
    for log in logs {
        let text = fs::read_to_string(log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let _ = write!(out, "\n--- the end of {} ---", log.display());
        for line in &lines[lines.len().saturating_sub(20)..] {
            let _ = write!(out, "\n{line}");
        }
    }
    out
}
