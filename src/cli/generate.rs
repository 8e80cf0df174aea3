//! `mailwiz --generate KIND`: the man page and the shell completions, made from the same clap
//! definition as `--help`, in ripgrep's manner.

use std::io::{self, Write};

use clap_complete::Shell;

use super::args::Generate;

/// The sections of the man page that the options do not say: the wizard's keys, the profile,
/// restricted mode and the exit codes (roff).
const EXTRA: &str = r#".SH KEYS
.TP
\fB\(ua \(da\fR, \fBk j\fR, \fBEnter\fR
move, choose
.TP
\fB1\fR\-\fB7\fR
pick a scenario or a numbered option
.TP
\fBy n u\fR, or the language's initials
answer a check: yes, no, not sure (Polish t n w, Czech a n v, Lithuanian t n \[u017E]/z, Finnish k e t)
.TP
\fBEnter\fR on a check
take the answer a pasted reply, the live lookup or the mail log proposes
.TP
\fBd\fR, \fBr\fR on a check
type the domain or IP address to look up; read the mail log
.TP
\fBEsc\fR, \fBBackspace\fR
back one step
.TP
\fB/\fR
look up a code or a reply line
.TP
\fBL\fR, \fBF2\fR; \fBC\fR
the screen's language; the caller's language
.TP
\fBs\fR, \fBc\fR
the summary of the session; copy it (OSC 52)
.TP
\fB?\fR, \fBq\fR, \fBCtrl\-C\fR
help; quit (asking first once there are answers); quit at once
.SH PROFILE
The provider's facts (limits, addresses, mail hosts, blocklists, the mail log) come from
\fB\-\-profile\fR \fIFILE\fR, else \fI$XDG_CONFIG_HOME/mailwiz/profile.toml\fR (or
\fI~/.config/mailwiz/profile.toml\fR), else \fI/etc/mailwiz/profile.toml\fR, else the built\-in
default. \fBmailwiz profile\fR prints the one in effect; \fBmailwiz profile \-\-check\fR \fIFILE\fR
reports every problem of a file with its line.
.SH RESTRICTED MODE
With \fB\-\-restricted\fR or \fBMAILWIZ_RESTRICTED\fR=1 (for \fBForceCommand\fR in
\fBsshd_config\fR), mailwiz reads no file but its own data and \fI/etc/mailwiz/profile.toml\fR,
writes the summary only to standard output, and starts no other program. A command sent over SSH
(\fBSSH_ORIGINAL_COMMAND\fR) runs when it is \fBexplain\fR, \fBcodes\fR, \fBsearch\fR or
\fBcheck\fR with options that read no file; shell syntax and anything else are refused.
The profile's \fBchecks.restricted\fR (on, off, own\-domain with \fBMAILWIZ_DOMAIN\fR) and
\fBserver.log\-in\-restricted\fR decide the live checks and the mail log.
.SH ENVIRONMENT
.TP
\fBLC_ALL\fR, \fBLC_MESSAGES\fR, \fBLANG\fR
the language when \fB\-\-lang\fR is not given (en, pl, lt, fi, cs)
.TP
\fBNO_COLOR\fR
no colour
.TP
\fBMAILWIZ_RESTRICTED\fR, \fBMAILWIZ_DOMAIN\fR, \fBMAILWIZ_OFFLINE\fR
restricted mode; the account's own domain; no live checks
.SH EXIT STATUS
.TP
0
done (for \fBcheck\fR and \fBlogs\fR: they ran, whatever they found)
.TP
1
the system failed: the terminal, the output, a summary file
.TP
2
asked differently: a bad option or input, a code not explained, nothing found by \fBsearch\fR,
a file that cannot be read, something restricted mode refuses
"#;

pub fn run(kind: Generate, out: &mut dyn Write) -> io::Result<()> {
    // The texts of the English help (cli.ftl), as `--help` shows them.
    let loc = crate::i18n::Localizer::new();
    let mut cmd = super::help::command(loc.tr(crate::i18n::Lang::En));
    match kind {
        Generate::Man => {
            let man = clap_mangen::Man::new(cmd);
            man.render_title(out)?;
            man.render_name_section(out)?;
            man.render_synopsis_section(out)?;
            man.render_description_section(out)?;
            man.render_options_section(out)?;
            man.render_subcommands_section(out)?;
            out.write_all(EXTRA.as_bytes())?;
            man.render_version_section(out)?;
        }
        Generate::CompleteBash => clap_complete::generate(Shell::Bash, &mut cmd, "mailwiz", out),
        Generate::CompleteZsh => clap_complete::generate(Shell::Zsh, &mut cmd, "mailwiz", out),
        Generate::CompleteFish => clap_complete::generate(Shell::Fish, &mut cmd, "mailwiz", out),
    }
    out.flush()
}
