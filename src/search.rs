//! The code lookup: every keystroke filters the catalogue and the recognised rejection texts by
//! code prefix (`55`), enhanced code (`5.7.`) or words in the current language and in English,
//! typo-tolerant, best match first; for words, failures before successes. [`Listing`] is what the
//! wizard's lookup lists: the typed reply line itself, when it is one, then the results.

use std::ops::Range;

use crate::explain::{self, Explanation};
use crate::i18n::{Lang, Tr};
use crate::knowledge::Knowledge;
use crate::smtp::{Class, Enhanced, ReplyCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Code(ReplyCode),
    Enhanced {
        subject: u16,
        detail: u16,
    },
    /// A recognised rejection text: its place in `kb.catalogue.patterns`.
    Pattern(usize),
}

#[derive(Debug, Clone)]
struct Item {
    kind: ItemKind,
    /// The summary (codes, texts) or meaning (enhanced codes) in the current language.
    text: String,
    /// Lower-case words (their place in the index's vocabulary) with their weight: the text's
    /// own words count most.
    words: Vec<(u32, u32)>,
    /// A recognised text's phrases, lower-case, as servers write them.
    phrases: Vec<String>,
    /// What is explained when it is chosen: a code, or the phrase of a recognised text.
    input: String,
    /// How it is listed (a recognised text: the code it is explained as), its class and its code.
    label: String,
    class: Class,
    code: Option<ReplyCode>,
}

/// The catalogue prepared for searching in one language.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    items: Vec<Item>,
    /// Every word of every item once, so that a query word is compared with each word once.
    vocabulary: Vec<String>,
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
    input: String,
}

impl Hit {
    /// What to explain when this result is chosen: the code, or for a recognised text one of its
    /// phrases, explained as if it had been pasted.
    pub fn input(&self) -> String {
        self.input.clone()
    }

    /// A failure (4xx or 5xx), which a word query ranks above successes and intermediate replies.
    pub fn is_failure(&self) -> bool {
        matches!(self.class, Class::Transient | Class::Permanent)
    }
}

/// The label of a recognised text that has neither a code nor an enhanced code (a mail program's
/// own error, such as Outlook's 0x800CCC0E): a dash. Others show the code they are explained as,
/// else their enhanced code.
const NO_CODE: &str = "—";

/// The score of the recognised text that a word query contains, as if it had been pasted: first.
const RECOGNISED: u32 = 5000;

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
        let mut vocabulary: Vec<String> = Vec::new();
        let mut ids: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
        // Each text of an item, in both languages, with its weight; a recognised text's phrases
        // count as its own words in every language, since servers write them so.
        let mut add = |kind, texts: &[(&TextOf, u32)], phrases: &[String]| {
            let text = (texts[0].0)(tr);
            let mut ws: Vec<(String, u32)> = Vec::new();
            for (get, weight) in texts {
                ws.extend(words(&get(tr)).map(|w| (w, *weight)));
                // English words are found too, but rank below the language's own.
                if tr.lang() != english.lang() {
                    ws.extend(words(&get(english)).map(|w| (w, weight / 2)));
                }
            }
            ws.extend(phrases.iter().flat_map(|p| words(p)).map(|w| (w, 9)));
            // Each word once, with its highest weight.
            ws.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            ws.dedup_by(|a, b| a.0 == b.0);
            let ws: Vec<(u32, u32)> = ws
                .into_iter()
                .map(|(w, weight)| {
                    let next = u32::try_from(vocabulary.len()).unwrap_or(u32::MAX);
                    let id = *ids.entry(w).or_insert_with_key(|w| {
                        vocabulary.push(w.clone());
                        next
                    });
                    (id, weight)
                })
                .collect();
            let (input, label, class, code) = match kind {
                ItemKind::Code(c) => (c.to_string(), c.to_string(), c.class(), Some(c)),
                ItemKind::Enhanced { .. } => (String::new(), String::new(), Class::Permanent, None),
                ItemKind::Pattern(i) => pattern_input(kb, i),
            };
            items.push(Item {
                kind,
                text,
                words: ws,
                phrases: phrases.iter().map(|p| p.to_lowercase()).collect(),
                input,
                label,
                class,
                code,
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
                &[],
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
                &[],
            );
        }
        for (i, p) in kb.catalogue.patterns.iter().enumerate() {
            add(
                ItemKind::Pattern(i),
                &[
                    (&|t: Tr| t.pattern_summary(p), 10),
                    (&|t: Tr| t.pattern_action(p), 4),
                ],
                &p.phrases,
            );
        }
        SearchIndex { items, vocabulary }
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
        // How well each query word matches each word of the vocabulary, computed once.
        let matched: Vec<Vec<u32>> = tokens
            .iter()
            .map(|t| {
                if t.chars().all(|c| c.is_ascii_digit()) {
                    Vec::new()
                } else {
                    self.vocabulary.iter().map(|w| word_score(t, w)).collect()
                }
            })
            .collect();
        let by_words = is_word_query(&q);
        // The recognised text that the words contain, the one a paste of them would be
        // explained by: the first in the order of the patterns, as `explain` tries them.
        let recognised = by_words
            .then(|| {
                self.items
                    .iter()
                    .position(|i| i.phrases.iter().any(|p| q.contains(p.as_str())))
            })
            .flatten();
        let mut hits: Vec<Hit> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(at, item)| {
                let score = if recognised == Some(at) {
                    RECOGNISED
                } else {
                    score(item, &q, &tokens, &matched)?
                };
                Some(self.hit(item, score, class_digit, highlights(&item.text, &tokens)))
            })
            .collect();
        // For words, what failed comes before what succeeded: "authentication" is more often
        // asked about for 535 than for 235.
        hits.sort_by(|a, b| {
            let failure_first = if by_words {
                b.is_failure().cmp(&a.is_failure())
            } else {
                std::cmp::Ordering::Equal
            };
            failure_first
                .then(b.score.cmp(&a.score))
                .then_with(|| order(a).cmp(&order(b)))
        });
        hits
    }

    fn hit(&self, item: &Item, score: u32, class_digit: u16, highlights: Vec<Range<usize>>) -> Hit {
        let (label, class, input) = match item.kind {
            ItemKind::Enhanced { subject, detail } => {
                let label = format!("{class_digit}.{subject}.{detail}");
                let class = Class::from_digit(class_digit).unwrap_or(Class::Permanent);
                (label.clone(), class, label)
            }
            ItemKind::Code(_) | ItemKind::Pattern(_) => {
                (item.label.clone(), item.class, item.input.clone())
            }
        };
        Hit {
            kind: item.kind,
            label,
            class,
            text: item.text.clone(),
            highlights,
            score,
            input,
        }
    }
}

/// What the wizard's lookup lists for what was typed: first the typed text itself, when it is a
/// reply line that carries a code and is more than a code or its beginning (`535 5.7.8
/// authentication failed`, whose digits the search does not read as one), then the results of the
/// search. Enter opens the highlighted row; with no row at all, the text is read as a reply line.
#[derive(Debug, Clone)]
pub struct Listing {
    /// The typed line, explained as if it had been pasted.
    pub line: Option<Explanation>,
    pub hits: Vec<Hit>,
}

impl Listing {
    pub fn new(kb: &Knowledge, index: &SearchIndex, input: &str) -> Listing {
        let typed = input.trim();
        let line = is_word_query(&typed.to_lowercase())
            .then(|| explain::explain(kb, typed).ok())
            .flatten()
            .filter(|e| !e.reply.is_bare_text());
        let mut hits = index.search(input);
        // The recognised text of the line, under the same code, would be the same row again.
        if let Some(e) = &line {
            hits.retain(|h| match h.kind {
                ItemKind::Pattern(i) => kb.catalogue.patterns.get(i).is_none_or(|p| {
                    e.pattern.as_deref() != Some(p.id.as_str()) || p.code != e.code
                }),
                _ => true,
            });
        }
        Listing { line, hits }
    }

    /// How many rows: the typed line and the results.
    pub fn len(&self) -> usize {
        usize::from(self.line.is_some()) + self.hits.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The row a selection stands on: the selection kept within the rows.
    pub fn row(&self, selected: usize) -> Option<usize> {
        Some(selected.min(self.len().checked_sub(1)?))
    }

    /// What Enter explains with `selected` highlighted: the typed line, or the chosen result.
    pub fn chosen(&self, selected: usize, input: &str) -> Option<String> {
        let row = self.row(selected)?;
        match (&self.line, row) {
            (Some(_), 0) => Some(input.to_string()),
            (Some(_), row) => self.hits.get(row - 1).map(Hit::input),
            (None, row) => self.hits.get(row).map(Hit::input),
        }
    }
}

fn order(h: &Hit) -> (u8, usize, u16) {
    match h.kind {
        ItemKind::Code(c) => (0, usize::from(c.get()), 0),
        ItemKind::Enhanced { subject, detail } => (1, usize::from(subject), detail),
        ItemKind::Pattern(i) => (2, i, 0),
    }
}

/// What a recognised text is explained from when it is chosen, its label, its class and its code:
/// the first of its phrases that a paste of it would be recognised by (a phrase that an earlier
/// pattern also holds is not one), read as `explain` reads a text without a code.
fn pattern_input(kb: &Knowledge, i: usize) -> (String, String, Class, Option<ReplyCode>) {
    let p = &kb.catalogue.patterns[i];
    let phrase = p
        .phrases
        .iter()
        .find(|ph| {
            kb.catalogue
                .pattern_in(ph)
                .is_some_and(|found| found.id == p.id)
        })
        .or(p.phrases.first())
        .cloned()
        .unwrap_or_default();
    let enhanced = p.enhanced.as_deref().and_then(Enhanced::parse);
    let class = p
        .code
        .map(ReplyCode::class)
        .or(enhanced.map(Enhanced::class))
        .or(p.class)
        .unwrap_or(Class::Permanent);
    let label = match (p.code, enhanced) {
        (Some(c), _) => c.to_string(),
        (None, Some(e)) => e.to_string(),
        (None, None) => NO_CODE.to_string(),
    };
    (phrase, label, class, p.code)
}

/// A query of words (not a code or an enhanced code, nor the beginning of one).
fn is_word_query(q: &str) -> bool {
    !q.is_empty() && !q.chars().all(|c| c.is_ascii_digit()) && enhanced_query(q).is_none()
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

/// An item's score for the query `q` of `tokens`, `matched` holding each token's score against
/// each word of the vocabulary; none when it does not match.
fn score(item: &Item, q: &str, tokens: &[String], matched: &[Vec<u32>]) -> Option<u32> {
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
    // Words: every word of the query has to match something; a number matches a code's start
    // (a recognised text's code too).
    let mut total = 0;
    for (t, scores) in tokens.iter().zip(matched) {
        let best = if t.chars().all(|c| c.is_ascii_digit()) {
            match item.code {
                Some(c) if c.to_string().starts_with(t.as_str()) => 500,
                _ => 0,
            }
        } else {
            item.words
                .iter()
                .map(|(w, weight)| scores.get(*w as usize).copied().unwrap_or(0) * weight)
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
        let prefix = word
            .char_indices()
            .nth(tl)
            .map_or(word, |(i, _)| &word[..i]);
        if strsim::osa_distance(token, word) <= allowed
            || (wl > tl && strsim::osa_distance(token, prefix) <= allowed.min(1))
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
