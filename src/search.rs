//! The code lookup: every keystroke filters the catalogue by code prefix (`55`), enhanced code
//! (`5.7.`) or words in the current language and in English, typo-tolerant, best match first.

use std::ops::Range;

use crate::i18n::{Lang, Tr};
use crate::knowledge::Knowledge;
use crate::smtp::{Class, ReplyCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Code(ReplyCode),
    Enhanced { subject: u16, detail: u16 },
}

#[derive(Debug, Clone)]
struct Item {
    kind: ItemKind,
    /// The summary (codes) or meaning (enhanced codes) in the current language.
    text: String,
    /// Lower-case words with their weight: the text's own words count most.
    words: Vec<(String, u32)>,
}

/// The catalogue prepared for searching in one language.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    items: Vec<Item>,
}

/// One result: what it is, how it is shown and which parts of its text matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub kind: ItemKind,
    /// `554`, or `5.7.26` (with the class digit the query gave, else 5).
    pub label: String,
    pub class: Class,
    pub text: String,
    /// Byte ranges of `text` that matched the query.
    pub highlights: Vec<Range<usize>>,
    pub score: u32,
}

impl Hit {
    /// What to explain when this result is chosen.
    pub fn input(&self) -> String {
        self.label.clone()
    }
}

/// The longest query looked at, in characters, and the most words of it.
const MAX_QUERY: usize = 80;
const MAX_WORDS: usize = 8;
/// Typos are looked for only in words up to this length.
const MAX_FUZZY: usize = 24;

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// One of an item's texts, in the language given.
type TextOf<'a> = dyn Fn(Tr) -> String + 'a;

impl SearchIndex {
    /// Index the catalogue in `tr`'s language, with the fallback language's words as well.
    pub fn new(kb: &Knowledge, tr: Tr, english: Tr) -> SearchIndex {
        let mut items = Vec::new();
        // Each text of an item, in both languages, with its weight.
        let mut add = |kind, texts: &[(&TextOf, u32)]| {
            let text = (texts[0].0)(tr);
            let mut ws: Vec<(String, u32)> = Vec::new();
            for (get, weight) in texts {
                ws.extend(words(&get(tr)).map(|w| (w, *weight)));
                // English words are found too, but rank below the language's own.
                if tr.lang() != english.lang() {
                    ws.extend(words(&get(english)).map(|w| (w, weight / 2)));
                }
            }
            // Each word once, with its highest weight.
            ws.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            ws.dedup_by(|a, b| a.0 == b.0);
            items.push(Item {
                kind,
                text,
                words: ws,
            });
        };
        for c in &kb.catalogue.codes {
            add(
                ItemKind::Code(c.code),
                &[
                    (&|t: Tr| t.code_summary(c), 10),
                    (&|t: Tr| t.code_causes(c), 6),
                    (&|t: Tr| t.code_action(c), 4),
                ],
            );
        }
        for e in &kb.catalogue.enhanced {
            add(
                ItemKind::Enhanced {
                    subject: e.subject,
                    detail: e.detail,
                },
                &[
                    (&|t: Tr| t.enhanced_meaning(e), 9),
                    (&|t: Tr| t.enhanced_subject(e.subject), 3),
                ],
            );
        }
        SearchIndex { items }
    }

    /// The index of `lang`, with English words as well.
    pub fn of(kb: &Knowledge, loc: &crate::i18n::Localizer, lang: Lang) -> SearchIndex {
        SearchIndex::new(kb, loc.tr(lang), loc.tr(Lang::FALLBACK))
    }

    /// The results for `query`, best first. An empty query lists the basic codes in order.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        // A query longer than any code or phrase is cut, so a huge paste stays fast.
        let q: String = query
            .trim()
            .chars()
            .take(MAX_QUERY)
            .collect::<String>()
            .to_lowercase();
        if q.is_empty() {
            return self
                .items
                .iter()
                .filter(|i| matches!(i.kind, ItemKind::Code(_)))
                .map(|i| self.hit(i, 0, 5, Vec::new()))
                .collect();
        }
        let class_digit = enhanced_query(&q).map(|(c, _)| c).unwrap_or(5);
        let tokens: Vec<String> = words(&q).take(MAX_WORDS).collect();
        let mut hits: Vec<Hit> = self
            .items
            .iter()
            .filter_map(|item| {
                let score = score(item, &q, &tokens)?;
                Some(self.hit(item, score, class_digit, highlights(&item.text, &tokens)))
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| order(a).cmp(&order(b))));
        hits
    }

    fn hit(&self, item: &Item, score: u32, class_digit: u16, highlights: Vec<Range<usize>>) -> Hit {
        let (label, class) = match item.kind {
            ItemKind::Code(c) => (c.to_string(), c.class()),
            ItemKind::Enhanced { subject, detail } => (
                format!("{class_digit}.{subject}.{detail}"),
                Class::from_digit(class_digit).unwrap_or(Class::Permanent),
            ),
        };
        Hit {
            kind: item.kind,
            label,
            class,
            text: item.text.clone(),
            highlights,
            score,
        }
    }
}

fn order(h: &Hit) -> (u8, u16, u16) {
    match h.kind {
        ItemKind::Code(c) => (0, c.get(), 0),
        ItemKind::Enhanced { subject, detail } => (1, subject, detail),
    }
}

/// `5.7.`, `4.2.2`, `x.1`: the class digit and the `subject.detail` prefix after it.
fn enhanced_query(q: &str) -> Option<(u16, &str)> {
    let mut chars = q.chars();
    let class = match chars.next()? {
        'x' => 5,
        c @ ('2' | '4' | '5') => c.to_digit(10)? as u16,
        _ => return None,
    };
    let rest = q.get(1..)?.strip_prefix('.')?;
    rest.chars()
        .all(|c| c.is_ascii_digit() || c == '.')
        .then_some((class, rest))
}

fn score(item: &Item, q: &str, tokens: &[String]) -> Option<u32> {
    // A code or its beginning: `554`, `55`, `5`.
    if q.chars().all(|c| c.is_ascii_digit()) {
        let ItemKind::Code(code) = item.kind else {
            return None;
        };
        let code = code.to_string();
        return if code == q {
            Some(1000)
        } else if code.starts_with(q) {
            Some(900)
        } else {
            None
        };
    }
    if let Some((_, rest)) = enhanced_query(q) {
        let ItemKind::Enhanced { subject, detail } = item.kind else {
            return None;
        };
        let sd = format!("{subject}.{detail}");
        return if sd == rest {
            Some(1000)
        } else if sd.starts_with(rest) {
            Some(850)
        } else {
            None
        };
    }
    // Words: every word of the query has to match something; a number matches a code's start.
    let mut total = 0;
    for t in tokens {
        let best = if t.chars().all(|c| c.is_ascii_digit()) {
            match item.kind {
                ItemKind::Code(c) if c.to_string().starts_with(t.as_str()) => 500,
                _ => 0,
            }
        } else {
            item.words
                .iter()
                .map(|(w, weight)| word_score(t, w) * weight)
                .max()
                .unwrap_or(0)
        };
        if best == 0 {
            return None;
        }
        total += best;
    }
    Some(total)
}

/// How well a query word matches a word of the text: whole word, its beginning, a part of it, or
/// the word with a typo (one edit in words of 4 to 6 letters, two from 7 letters on).
fn word_score(token: &str, word: &str) -> u32 {
    let tl = token.chars().count();
    if token == word {
        10
    } else if tl >= 2 && word.starts_with(token) {
        8
    } else if tl >= 3 && word.contains(token) {
        5
    } else if (4..=MAX_FUZZY).contains(&tl) {
        let wl = word.chars().count();
        if wl + 2 < tl || tl + 2 < wl {
            return 0;
        }
        let allowed = if tl >= 7 { 2 } else { 1 };
        // A typo in the first letters of a longer word also counts: compare equal lengths too.
        let prefix: String = word.chars().take(tl).collect();
        if strsim::osa_distance(token, word) <= allowed
            || (wl > tl && strsim::osa_distance(token, &prefix) <= allowed.min(1))
        {
            4
        } else {
            0
        }
    } else {
        0
    }
}

/// The byte ranges of the words of `text` that a query word matches.
fn highlights(text: &str, tokens: &[String]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let check = |s: usize, e: usize, out: &mut Vec<Range<usize>>| {
        let w = text[s..e].to_lowercase();
        if tokens.iter().any(|t| word_score(t, &w) > 0) {
            out.push(s..e);
        }
    };
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                check(s, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        check(s, text.len(), &mut out);
    }
    out
}
