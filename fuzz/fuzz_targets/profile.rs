//! Any bytes as a provider profile: loading never panics; an error names a line inside the file
//! and a reason without control characters; an accepted profile's texts are clean and every
//! message that uses them formats.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mailwiz::i18n::{Lang, Localizer, ids};
use mailwiz::knowledge::profile::Fact;
use mailwiz::knowledge::{Knowledge, Profile};
use mailwiz::sanitize::is_unsafe;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Profile::parse(text, "fuzz.toml") {
        Err(e) => {
            if let Some(line) = e.line {
                assert!(line >= 1 && line <= text.lines().count().max(1) + 1, "{e}");
            }
            assert!(!e.reason.chars().any(is_unsafe), "{:?}", e.reason);
        }
        Ok(profile) => {
            for (key, value) in profile.facts() {
                if let Fact::Text(s) = value {
                    assert!(!s.chars().any(is_unsafe), "{key} = {s:?}");
                }
            }
            let kb = Knowledge::load(profile).expect("the embedded data loads");
            let loc = Localizer::new().with_profile(&kb.profile);
            let tr = loc.tr(Lang::FALLBACK);
            for id in ids::needed(&kb) {
                let id = id.name;
                let shown = tr.text(&id);
                assert!(
                    !shown.chars().any(|c| c != '\n' && is_unsafe(c)),
                    "{id}: {shown:?}"
                );
            }
        }
    }
});
