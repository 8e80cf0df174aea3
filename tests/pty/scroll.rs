//! Nothing hidden: at 80×24, 50×15 and 44×13, in Czech and Polish (the longest texts), every part
//! of a long explanation is reached by scrolling, the marker says "more" exactly while more
//! follows, and the selected option of a menu is always on the screen.

use mailwiz::i18n::{Lang, Localizer};

use crate::session::{DOWN, ENTER, Launch, QUIT, Session};
use crate::wizard;

const PGDN: &str = "\x1b[6~";
const SIZES: [(u16, u16); 3] = [(24, 80), (15, 50), (13, 44)];

fn start(lang: Lang, rows: u16, cols: u16) -> Session {
    Session::start(Launch {
        args: &["--lang", lang.code()],
        rows,
        cols,
        ..wizard()
    })
}

/// The explanation of a user-unknown bounce, paged through with PgDn: the marker is on the
/// screen on every page but the last, and the last page shows the last field.
#[test]
fn a_long_explanation_is_read_to_its_end_by_scrolling() {
    let loc = Localizer::new();
    for lang in [Lang::Cs, Lang::Pl] {
        let tr = loc.tr(lang);
        let marker = tr.text("ui-more-below");
        let last_label = format!("{}:", tr.text("ui-label-input"));
        let first_label = format!("{}:", tr.text("ui-label-action"));
        for (rows, cols) in SIZES {
            let mut s = start(lang, rows, cols);
            s.wait_for(&tr.text("ui-language-name"));
            s.send("/550 5.1.1 User unknown, mailbox does not exist");
            s.wait_for("does not exist");
            s.frame_after(ENTER);
            s.wait_for(&first_label);
            let mut pages = 1;
            loop {
                let more = s.shows(&marker);
                let end = s.shows(&last_label);
                assert_ne!(
                    more,
                    end,
                    "{lang:?} {cols}×{rows} page {pages}: the marker must show exactly while the \
                     end is not in view:\n{}",
                    s.screen_text()
                );
                if end {
                    break;
                }
                assert!(pages < 40, "{lang:?} {cols}×{rows}: no end after 40 pages");
                s.frame_after(PGDN);
                pages += 1;
            }
            if (rows, cols) != (24, 80) {
                assert!(pages > 1, "{lang:?} {cols}×{rows} fitted on one page");
            }
            s.send(QUIT);
            s.assert_exit_and_restored(true);
        }
    }
}

/// The seven scenarios in a small window: each option, moved to with ↓, is on the screen.
#[test]
fn the_selected_option_is_always_on_the_screen() {
    let loc = Localizer::new();
    for lang in [Lang::Cs, Lang::Pl] {
        let tr = loc.tr(lang);
        for (rows, cols) in SIZES {
            let mut s = start(lang, rows, cols);
            s.wait_for(&tr.text("ui-language-name"));
            s.send("2");
            s.wait_for(&tr.text("ui-pick-title"));
            for n in 2..=7 {
                s.frame_after(DOWN);
                s.wait_for(&format!("› {n}."));
            }
            // And Enter opens the one shown.
            s.send(ENTER);
            s.wait_for(&tr.text("scenario-7-bounce-title"));
            s.send(QUIT);
            s.assert_exit_and_restored(true);
        }
    }
}
