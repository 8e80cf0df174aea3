//! Ranking of the code lookup: exact code first, code prefixes before word matches, enhanced codes
//! by prefix, every language finds its own words and English ones, typos are forgiven.

use mailwiz::i18n::Lang;
use mailwiz::search::SearchIndex;

use crate::support::index;

fn labels(index: &SearchIndex, q: &str) -> Vec<String> {
    index.search(q).into_iter().map(|h| h.label).collect()
}

#[test]
fn an_exact_code_comes_first() {
    let i = index(Lang::En);
    assert_eq!(labels(&i, "554")[0], "554");
    assert_eq!(labels(&i, "554"), ["554"]);
    assert_eq!(labels(&i, " 421 ")[0], "421");
}

#[test]
fn a_code_prefix_lists_the_codes_that_start_with_it_in_order() {
    let i = index(Lang::En);
    assert_eq!(
        labels(&i, "55"),
        ["550", "551", "552", "553", "554", "555", "556"]
    );
    assert!(
        labels(&i, "5")
            .iter()
            .all(|l| l.starts_with('5') && l.len() == 3)
    );
    assert!(labels(&i, "99").is_empty());
}

#[test]
fn a_code_prefix_beats_a_word_match() {
    let i = index(Lang::En);
    // "554 spam": the number narrows to codes starting with it, the word ranks among them.
    let hits = labels(&i, "55 mailbox");
    assert!(hits.iter().all(|l| l.starts_with("55")), "{hits:?}");
    assert!(!hits.is_empty());
}

#[test]
fn enhanced_codes_are_found_by_prefix_with_their_class() {
    let i = index(Lang::En);
    let hits = labels(&i, "5.7.");
    assert_eq!(hits.len(), 31, "{hits:?}");
    assert!(hits.iter().all(|l| l.starts_with("5.7.")));
    assert_eq!(labels(&i, "4.2.2")[0], "4.2.2");
    assert_eq!(labels(&i, "5.7.26")[0], "5.7.26");
    assert_eq!(labels(&i, "x.1.1")[0], "5.1.1");
}

#[test]
fn words_find_codes_best_first() {
    let i = index(Lang::En);
    let hits = labels(&i, "mailbox full");
    assert!(hits[..2].contains(&"552".to_string()), "{hits:?}");
    assert!(labels(&i, "spam").iter().any(|l| l == "554"));
    assert!(
        labels(&i, "authentication")
            .iter()
            .take(6)
            .any(|l| l == "535")
    );
}

#[test]
fn typos_are_forgiven() {
    let i = index(Lang::En);
    assert!(labels(&i, "mailbx ful").iter().take(2).any(|l| l == "552"));
    assert!(
        labels(&i, "authentcation")
            .iter()
            .take(6)
            .any(|l| l == "535")
    );
}

#[test]
fn every_language_finds_its_own_words_and_english_ones() {
    for (lang, word) in [
        (Lang::Pl, "skrzynka"),
        (Lang::Fi, "postilaatikko"),
        (Lang::Lt, "dėžutė"),
        (Lang::Cs, "schránka"),
        (Lang::En, "mailbox"),
    ] {
        let i = index(lang);
        let own = labels(&i, word);
        assert!(
            own.iter().any(|l| l == "552" || l == "550"),
            "{lang}: {word}: {own:?}"
        );
        let english = labels(&i, "mailbox");
        assert!(
            english.iter().any(|l| l == "552"),
            "{lang}: English words: {english:?}"
        );
    }
}

#[test]
fn matched_words_are_highlighted() {
    let i = index(Lang::En);
    let hit = &i.search("mailbox")[0];
    assert!(!hit.highlights.is_empty());
    for r in &hit.highlights {
        assert!(
            hit.text[r.clone()].to_lowercase().starts_with("mailbox"),
            "{}",
            &hit.text[r.clone()]
        );
    }
}

#[test]
fn an_empty_query_lists_the_whole_catalogue() {
    let i = index(Lang::Pl);
    assert_eq!(i.search("").len(), 36);
    assert_eq!(i.search("   ").len(), 36);
}

#[test]
fn garbage_finds_nothing_and_does_not_panic() {
    let i = index(Lang::En);
    for q in [
        "zzzzqqq",
        "\u{1b}[31m",
        "ż",
        "....",
        "5.",
        "5..",
        "x.",
        "2.9999.1",
    ] {
        let _ = i.search(q);
    }
    assert!(i.search("zzzzqqq").is_empty());
}
