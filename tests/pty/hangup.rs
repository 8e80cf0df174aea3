//! The dropped link: the master side of the pty is closed under the wizard, as when an SSH
//! connection drops, once with mailwiz as the session leader (which the kernel sends SIGHUP) and
//! once behind a shell that ignores SIGHUP (so only the terminal says that it is gone). Each time
//! the wizard ends by itself with a clean exit, writes its summary, runs no program (a `tput` on
//! the PATH would leave a mark) and leaves no core file.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use mailwiz::i18n::{Lang, Localizer};
use tempfile::TempDir;

use crate::session::{Launch, Session};
use crate::wizard;

/// A scratch directory to run in, with a fake `tput` first on the PATH that notes each run.
struct Scratch {
    dir: TempDir,
    path_var: String,
}

impl Scratch {
    fn new() -> Scratch {
        let dir = TempDir::new().expect("a scratch directory");
        let bin = dir.path().join("bin");
        std::fs::create_dir(&bin).expect("a directory for the fake tput");
        let tput = bin.join("tput");
        let marker = dir.path().join("tput-ran");
        std::fs::write(
            &tput,
            format!(
                "#!/bin/sh\necho \"tput $*\" >> '{}'\nexit 1\n",
                marker.display()
            ),
        )
        .expect("write the fake tput");
        std::fs::set_permissions(&tput, std::fs::Permissions::from_mode(0o755))
            .expect("make the fake tput executable");
        let path_var = format!(
            "{}:{}",
            bin.display(),
            std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".to_string())
        );
        Scratch { dir, path_var }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn cwd(&self) -> &Path {
        self.dir.path()
    }

    /// No program was started through the PATH, and no core file was written.
    #[track_caller]
    fn assert_no_tput_and_no_core(&self) {
        let marker = self.path("tput-ran");
        assert!(
            !marker.exists(),
            "tput was run: {:?}",
            std::fs::read_to_string(&marker).unwrap_or_default()
        );
        let cores: Vec<String> = std::fs::read_dir(self.cwd())
            .expect("list the working directory")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|name| name.starts_with("core"))
            .collect();
        assert!(cores.is_empty(), "core files were written: {cores:?}");
    }
}

/// Start at the pre-checks, answer the first (`y`), wait for the second: the summary of that
/// session holds both, and the answer.
fn walk_to_the_second_check(s: &mut Session) {
    s.wait_for("Run the pre-checks");
    s.send("1");
    s.wait_for(&english("check-service-title"));
    s.send("y");
    s.wait_for(&english("check-webmail-title"));
}

fn english(id: &str) -> String {
    Localizer::new().tr(Lang::En).text(id)
}

/// The summary of [`walk_to_the_second_check`].
#[track_caller]
fn assert_summary_of_the_walk(summary: &str) {
    let heading = english("ui-summary-heading");
    assert!(
        summary.starts_with(&heading),
        "the summary does not start with {heading:?}:\n{summary}"
    );
    let service = english("check-service-title");
    let answered = format!("{service}: {}", english("ui-answer-yes"));
    for line in [service.as_str(), &english("check-webmail-title"), &answered] {
        assert!(
            summary.contains(line),
            "the summary does not hold {line:?}:\n{summary}"
        );
    }
    assert!(
        !summary.contains('\u{1b}'),
        "escape sequences in the summary:\n{summary:?}"
    );
}

#[track_caller]
fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{} was not written: {e}", path.display()))
}

/// mailwiz is the session leader (`exec` in the shell), with core dumps allowed: the kernel
/// sends it SIGHUP as it hangs the terminal up.
#[test]
fn a_dropped_link_ends_the_session_leader_cleanly_with_its_summary() {
    let scratch = Scratch::new();
    let summary = scratch.path("summary.txt");
    let summary_arg = summary.to_str().expect("a UTF-8 scratch path");
    let mut s = Session::start(Launch {
        script: Some(r#"ulimit -c unlimited 2>/dev/null; exec "$0" "$@""#),
        cwd: Some(scratch.cwd()),
        env: &[("PATH", &scratch.path_var)],
        args: &["--summary", summary_arg],
        ..wizard()
    });
    walk_to_the_second_check(&mut s);
    let status = s.hang_up();
    assert!(
        status.success(),
        "mailwiz did not exit cleanly after the hang-up (101 is a panic): {status:?}"
    );
    assert_summary_of_the_walk(&read(&summary));
    scratch.assert_no_tput_and_no_core();
}

/// mailwiz behind a shell that does not `exec` it and ignores SIGHUP: no signal comes, only the
/// terminal's hang-up.
#[test]
fn a_dropped_link_without_sighup_ends_the_wizard_with_its_summary() {
    let scratch = Scratch::new();
    let summary = scratch.path("summary.txt");
    let exit = scratch.path("exit-status");
    let script = format!(r#"trap "" HUP; "$0" "$@"; echo $? > '{}'"#, exit.display());
    let mut s = Session::start(Launch {
        script: Some(&script),
        cwd: Some(scratch.cwd()),
        env: &[("PATH", &scratch.path_var)],
        args: &["--summary", summary.to_str().expect("a UTF-8 scratch path")],
        ..wizard()
    });
    walk_to_the_second_check(&mut s);
    // The shell ends once mailwiz has.
    s.hang_up();
    assert_eq!(
        read(&exit).trim(),
        "0",
        "mailwiz's exit status after the hang-up (101 is a panic)"
    );
    assert_summary_of_the_walk(&read(&summary));
    scratch.assert_no_tput_and_no_core();
}

/// Restricted mode, as under a compound `ForceCommand`, with the summary on standard output,
/// which is redirected to a file.
#[test]
fn a_dropped_link_in_restricted_mode_prints_the_summary_to_standard_output() {
    let scratch = Scratch::new();
    let out = scratch.path("stdout.txt");
    let exit = scratch.path("exit-status");
    let script = format!(
        r#"trap "" HUP; "$0" "$@" > '{}'; echo $? > '{}'"#,
        out.display(),
        exit.display()
    );
    let mut s = Session::start(Launch {
        script: Some(&script),
        cwd: Some(scratch.cwd()),
        env: &[("PATH", &scratch.path_var), ("MAILWIZ_RESTRICTED", "1")],
        args: &["--summary", "-"],
        ..wizard()
    });
    walk_to_the_second_check(&mut s);
    s.hang_up();
    assert_eq!(
        read(&exit).trim(),
        "0",
        "mailwiz's exit status after the hang-up (101 is a panic)"
    );
    assert_summary_of_the_walk(&read(&out));
    scratch.assert_no_tput_and_no_core();
}
