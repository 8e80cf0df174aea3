//! The corpus of real-world bounce and rejection lines (tests/corpus/bounces.toml): each gives its
//! expected code, enhanced code and well-known text, and every pattern is recognised somewhere.

use std::collections::HashSet;

use mailwiz::explain;
use mailwiz::i18n::{Lang, Localizer};
use mailwiz::knowledge::Knowledge;
use mailwiz::present::explanation::Words;
use mailwiz::reply;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Corpus {
    line: Vec<Line>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    text: String,
    code: Option<u16>,
    enhanced: Option<String>,
    pattern: Option<String>,
}

fn corpus() -> Vec<Line> {
    let text = include_str!("../corpus/bounces.toml");
    toml::from_str::<Corpus>(text).unwrap().line
}

#[test]
fn the_corpus_has_at_least_150_lines() {
    assert!(corpus().len() >= 150);
}

#[test]
fn every_line_gives_its_code_enhanced_code_and_pattern() {
    let kb = Knowledge::embedded().unwrap();
    for line in corpus() {
        let r = reply::parse(&line.text).unwrap();
        assert_eq!(r.code.map(u16::from), line.code, "code of {:?}", line.text);
        assert_eq!(
            r.enhanced.map(|e| e.to_string()),
            line.enhanced,
            "enhanced code of {:?}",
            line.text
        );
        match explain::explain(&kb, &line.text) {
            Ok(e) => assert_eq!(e.pattern, line.pattern, "pattern of {:?}", line.text),
            Err(err) => panic!("{:?} is not explained: {err:?}", line.text),
        }
    }
}

#[test]
fn every_pattern_is_recognised_in_the_corpus() {
    let kb = Knowledge::embedded().unwrap();
    let used: HashSet<String> = corpus().into_iter().filter_map(|l| l.pattern).collect();
    for p in &kb.catalogue.patterns {
        assert!(used.contains(&p.id), "no corpus line for {}", p.id);
    }
    assert!(kb.catalogue.patterns.len() >= 25);
}

#[test]
fn a_recognised_text_adds_its_own_explanation_in_every_language() {
    let kb = Knowledge::embedded().unwrap();
    let gmail = "550-5.7.26 This mail is unauthenticated, which poses a security risk to the\n550-5.7.26 sender and Gmail users, and has been blocked. The sender must\n550 5.7.26 authenticate with at least one of SPF or DKIM. - gsmtp";
    let e = explain::explain(&kb, gmail).unwrap();
    let id = e
        .pattern
        .clone()
        .expect("the Gmail 5.7.26 text is recognised");
    for lang in Lang::ALL {
        let loc = Localizer::new().with_profile(&kb.profile);
        let tr = loc.tr(*lang);
        let words = Words::of(&e, &kb, tr);
        let (summary, action) = words.note.expect("a note");
        assert_eq!(summary, tr.text(&format!("code-pattern-{id}-summary")));
        assert_eq!(action, tr.text(&format!("code-pattern-{id}-action")));
        // The text carries 5.7.26 itself, so Gmail's words are that number's meaning here and
        // the registry's sentence is not repeated beside them.
        assert_eq!(words.enhanced_meaning, None, "{lang}");
    }
    assert!(e.node.is_some(), "the pattern points to a wizard step");
}
