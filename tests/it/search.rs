//! Ranking of the code lookup: exact code first, code prefixes before word matches, enhanced codes
//! by prefix, every language finds its own words and English ones, typos are forgiven; for words,
//! failures before successes; the recognised rejection texts listed, the one a query contains
//! first; the typed reply line as the lookup's first row.

use mailwiz::explain;
use mailwiz::i18n::Lang;
use mailwiz::knowledge::Knowledge;
use mailwiz::search::{Hit, ItemKind, Listing, SearchIndex};

use crate::support::{index, kb, text};

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

fn first(index: &SearchIndex, q: &str) -> Hit {
    index
        .search(q)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("nothing for {q:?}"))
}

fn pattern_id(kb: &Knowledge, hit: &Hit) -> Option<String> {
    match hit.kind {
        ItemKind::Pattern(i) => Some(kb.catalogue.patterns[i].id.clone()),
        _ => None,
    }
}

#[test]
fn for_words_failures_come_before_successes() {
    let i = index(Lang::En);
    for q in [
        "autentication",
        "authentication",
        "authentication succeeded",
        "mail",
    ] {
        let hits = i.search(q);
        let first_success = hits.iter().position(|h| !h.is_failure());
        let last_failure = hits.iter().rposition(Hit::is_failure);
        if let (Some(s), Some(f)) = (first_success, last_failure) {
            assert!(
                f < s,
                "{q}: a success before a failure: {:?}",
                labels(&i, q)
            );
        }
    }
    let hits = labels(&i, "autentication");
    let at = |code: &str| hits.iter().position(|l| l == code).unwrap();
    assert!(at("535") < at("235"), "{hits:?}");
    assert!(hits[..3].contains(&"535".to_string()), "{hits:?}");
    // A code or its beginning keeps the order of the codes: 2xx before 5xx.
    assert_eq!(labels(&i, "2")[0], "211");
    assert!(labels(&i, "2").iter().all(|l| l.starts_with('2')));
}

#[test]
fn recognised_texts_are_listed_and_what_mailwiz_understands_is_never_nothing() {
    let kb = kb();
    let i = index(Lang::En);
    for (q, id, label) in [
        ("greylisting", "greylisting", "450"),
        ("relay access denied", "relay-access-denied", "554"),
        ("mailbox full", "mailbox-full", "552"),
        ("0x800CCC0E", "outlook-connect", "—"),
        ("Unrouteable address", "exim-unrouteable", "5.1.2"),
    ] {
        let hit = first(&i, q);
        assert_eq!(pattern_id(&kb, &hit).as_deref(), Some(id), "{q}");
        assert_eq!(hit.label, label, "{q}");
        assert_eq!(
            hit.text,
            text(Lang::En, &format!("code-pattern-{id}-summary"))
        );
    }
    // "relay denied" is no phrase of any text, but its words find both relay texts.
    let relay: Vec<_> = i
        .search("relay denied")
        .iter()
        .filter_map(|h| pattern_id(&kb, h))
        .collect();
    assert!(
        relay.contains(&"relay-access-denied".to_string()),
        "{relay:?}"
    );
    assert!(
        relay.contains(&"relay-not-permitted".to_string()),
        "{relay:?}"
    );
}

/// Every phrase of every recognised text, typed as a query, lists first the text that a paste of
/// it is explained by (the first in the order of the patterns), and choosing any text's row
/// explains that text, as if its phrase had been pasted.
#[test]
fn every_phrase_finds_its_text_and_every_text_row_explains_that_text() {
    let kb = kb();
    let i = index(Lang::En);
    for p in &kb.catalogue.patterns {
        for phrase in &p.phrases {
            let expected = kb.catalogue.pattern_in(phrase).map(|p| p.id.clone());
            assert!(expected.is_some(), "{}: {phrase}", p.id);
            let hit = first(&i, phrase);
            assert_eq!(pattern_id(&kb, &hit), expected, "{}: {phrase:?}", p.id);
        }
        let row = i
            .search(&p.phrases[0])
            .into_iter()
            .chain(i.search(&p.id.replace('-', " ")))
            .find(|h| pattern_id(&kb, h).as_deref() == Some(p.id.as_str()))
            .unwrap_or_else(|| panic!("{}: no row", p.id));
        let explained = explain::explain(&kb, &row.input()).unwrap();
        assert_eq!(
            explained.pattern.as_deref(),
            Some(p.id.as_str()),
            "{}",
            p.id
        );
        assert_eq!(explained.code, p.code, "{}", p.id);
        assert!(row.is_failure(), "{}", p.id);
    }
}

#[test]
fn recognised_texts_are_found_in_every_language() {
    let kb = kb();
    for (lang, word) in [
        (Lang::En, "greylisting"),
        (Lang::Pl, "greylisting"),
        (Lang::Cs, "greylisting"),
        (Lang::Lt, "pilkasis"),
        (Lang::Fi, "harmaalistaus"),
    ] {
        let hit = first(&index(lang), word);
        assert_eq!(
            pattern_id(&kb, &hit).as_deref(),
            Some("greylisting"),
            "{lang}"
        );
        assert_eq!(
            hit.text,
            text(lang, "code-pattern-greylisting-summary"),
            "{lang}"
        );
    }
}

#[test]
fn a_number_among_words_keeps_the_texts_with_that_code() {
    let kb = kb();
    let i = index(Lang::En);
    let hits = i.search("550 gmail");
    assert!(!hits.is_empty());
    for h in &hits {
        assert!(h.label.starts_with("550"), "{}: {}", h.label, h.text);
    }
    assert!(hits.iter().any(|h| pattern_id(&kb, h).is_some()));
    // Codes and enhanced codes alone list no texts.
    for q in ["550", "5.7.1", "5.7."] {
        assert!(
            i.search(q).iter().all(|h| pattern_id(&kb, h).is_none()),
            "{q}"
        );
    }
}

/// The wizard's lookup lists the typed reply line first when it is one, so Enter reads it as it
/// was typed; a code, an enhanced code or words without a code have no such row.
#[test]
fn the_typed_reply_line_is_the_first_row() {
    let kb = kb();
    let i = index(Lang::En);
    let typed = "535 5.7.8 authentication failed";
    let listing = Listing::new(&kb, &i, typed);
    let line = listing.line.as_ref().expect("a line row");
    assert_eq!(line.code.map(u16::from), Some(535));
    assert_eq!(
        line.enhanced.map(|e| e.to_string()).as_deref(),
        Some("5.7.8")
    );
    // Its recognised text under the same code would be the same row again: it is left out.
    assert_eq!(line.pattern.as_deref(), Some("auth-failed"));
    assert!(
        listing
            .hits
            .iter()
            .all(|h| pattern_id(&kb, h).as_deref() != Some("auth-failed"))
    );
    assert_eq!(listing.chosen(0, typed).as_deref(), Some(typed));
    // The results follow; the selection stays within the rows.
    let typed = "452 too many recipients";
    let listing = Listing::new(&kb, &i, typed);
    assert!(listing.line.is_some());
    assert!(!listing.hits.is_empty());
    assert_eq!(listing.len(), listing.hits.len() + 1);
    assert_eq!(listing.chosen(0, typed).as_deref(), Some(typed));
    assert_eq!(listing.chosen(1, typed), Some(listing.hits[0].input()));
    let last = listing.hits.last().unwrap().input();
    assert_eq!(listing.chosen(10_000, typed), Some(last));
    for q in [
        "550",
        "55",
        "5.7.1",
        "greylisting",
        "authentication failed",
        "",
    ] {
        assert!(Listing::new(&kb, &i, q).line.is_none(), "{q}");
    }
    let nothing = Listing::new(&kb, &i, "zzzq qqqz");
    assert!(nothing.is_empty());
    assert_eq!(nothing.chosen(0, "zzzq qqqz"), None);
}
