//! Every message exists in every locale with the same variables, no locale has orphans, no
//! value is empty, every message formats without errors, and every id the data needs exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use mailwiz::i18n::{File, Lang, Localizer, ids};
use mailwiz::knowledge::Knowledge;
use mailwiz::knowledge::profile::Fact;

type Messages = BTreeMap<String, BTreeSet<String>>;

fn collect_pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            collect_expression(expression, vars);
        }
    }
}

fn collect_expression(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => collect_inline(i, vars),
        Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for v in variants {
                collect_pattern(&v.value, vars);
            }
        }
    }
}

fn collect_inline(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, vars);
            }
            for n in &arguments.named {
                collect_inline(&n.value, vars);
            }
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        _ => {}
    }
}

fn is_empty(p: &Pattern<&str>) -> bool {
    p.elements.iter().all(|el| match el {
        PatternElement::TextElement { value } => value.trim().is_empty(),
        PatternElement::Placeable { .. } => false,
    })
}

/// Message id → its variables, for one locale, failing on syntax errors, terms, attributes,
/// empty values and duplicates.
fn messages(lang: Lang) -> Messages {
    let mut out = Messages::new();
    for (file, source) in lang.sources() {
        let resource = parser::parse(source).unwrap_or_else(|(_, errors)| {
            panic!("{lang}/{file}: syntax errors: {errors:?}");
        });
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    let id = m.id.name.to_string();
                    let value = m
                        .value
                        .as_ref()
                        .unwrap_or_else(|| panic!("{lang}/{file}: {id} has no value"));
                    assert!(!is_empty(value), "{lang}/{file}: {id} is empty");
                    assert!(
                        m.attributes.is_empty(),
                        "{lang}/{file}: {id} has attributes"
                    );
                    let mut vars = BTreeSet::new();
                    collect_pattern(value, &mut vars);
                    assert!(
                        out.insert(id.clone(), vars).is_none(),
                        "{lang}: {id} is defined twice"
                    );
                }
                Entry::Term(t) => {
                    panic!("{lang}/{file}: term -{} is not used in mailwiz", t.id.name)
                }
                Entry::Junk { content } => panic!("{lang}/{file}: junk: {content}"),
                _ => {}
            }
        }
    }
    out
}

#[test]
fn every_locale_has_the_same_messages_with_the_same_variables() {
    let en = messages(Lang::FALLBACK);
    assert!(en.len() > 250, "English has only {} messages", en.len());
    for lang in Lang::ALL.iter().filter(|l| **l != Lang::FALLBACK) {
        let other = messages(*lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let orphans: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            orphans.is_empty(),
            "{lang} has ids English lacks: {orphans:?}"
        );
        for (id, vars) in &en {
            assert_eq!(
                &other[id], vars,
                "{lang}: {id} uses other variables than English"
            );
        }
    }
}

#[test]
fn every_message_formats_without_errors_in_every_locale() {
    let kb = Knowledge::embedded().unwrap();
    for &lang in Lang::ALL {
        let en = messages(Lang::FALLBACK);
        let mut bundle = FluentBundle::new(vec![lang.code().parse().unwrap()]);
        bundle.set_use_isolating(false);
        for (file, source) in lang.sources() {
            let res = FluentResource::try_new(source.to_string())
                .unwrap_or_else(|_| panic!("{lang}/{file} does not parse"));
            bundle.add_resource(res).unwrap();
        }
        for (id, vars) in &en {
            let mut args = FluentArgs::new();
            for (k, v) in kb.profile.facts() {
                let value = match v {
                    Fact::Text(s) => FluentValue::from(s),
                    Fact::Number(n) => FluentValue::from(n),
                };
                args.set(k, value);
            }
            for v in vars {
                if !args.iter().any(|(k, _)| k == v) {
                    args.set(v.clone(), FluentValue::from(3));
                }
            }
            let msg = bundle.get_message(id).unwrap();
            let mut errors = vec![];
            let text = bundle.format_pattern(msg.value().unwrap(), Some(&args), &mut errors);
            assert!(errors.is_empty(), "{lang}: {id}: {errors:?}");
            assert!(
                !text.contains('{'),
                "{lang}: {id} left a placeable unfilled: {text}"
            );
        }
    }
}

#[test]
fn every_message_the_data_needs_exists_in_its_file_in_every_locale() {
    let kb = Knowledge::embedded().unwrap();
    for &lang in Lang::ALL {
        let missing: Vec<_> = ids::needed(&kb)
            .into_iter()
            .filter(|id| {
                let source = lang.source(id.file);
                !source
                    .lines()
                    .any(|l| l.split_once(" =").is_some_and(|(name, _)| name == id.name))
            })
            .map(|id| format!("{}/{}", id.file, id.name))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

#[test]
fn the_provider_facts_reach_the_texts_in_every_language() {
    let kb = Knowledge::embedded().unwrap();
    let loc = Localizer::new().with_profile(&kb.profile);
    for &lang in Lang::ALL {
        let loc = loc.tr(lang);
        let text = loc.text("scenario-4-limit-text");
        assert!(text.contains("500"), "{lang}: {text}");
        let text = loc.text("scenario-5-log-text");
        assert!(text.contains("/var/log/maillog"), "{lang}: {text}");
        let text = loc.text("check-maintenance-text");
        assert!(
            text.contains("https://status.example.com/"),
            "{lang}: {text}"
        );
    }
}

#[test]
fn no_locale_writes_a_provider_fact_as_a_literal() {
    for &lang in Lang::ALL {
        for (file, source) in lang.sources() {
            for literal in [
                "/var/log/maillog",
                "status.example",
                "webmail.example",
                "panel.example",
                "smtp.example",
                "imap.example",
            ] {
                // The command line's help names the program's own fallbacks for the mail log
                // (`maillog::source::default_path`), which no profile changes.
                if file == File::Cli && literal == "/var/log/maillog" {
                    continue;
                }
                let offending: Vec<&str> = source
                    .lines()
                    .filter(|l| !l.trim_start().starts_with('#') && l.contains(literal))
                    .collect();
                assert!(
                    offending.is_empty(),
                    "{lang}/{file} spells out {literal:?}: {offending:?}"
                );
            }
        }
    }
}

/// Words that turn a question negative, whose natural "no" then reads as its opposite ("Is the IP
/// not on a blocklist?" "No." means listed): the native reviews' worst finding. Czech and
/// Lithuanian negate with the prefix ne-, so in them every word that starts with it counts, but
/// for the words listed as not negative.
fn negations(lang: Lang) -> (&'static [&'static str], &'static [&'static str]) {
    match lang {
        Lang::En => (
            &[
                "not", "no", "never", "without", "none", "nothing", "absent", "free",
            ],
            &[],
        ),
        Lang::Pl => (
            &["nie", "bez", "brak", "żaden", "żadnej", "żadnego", "nigdy"],
            &[],
        ),
        Lang::Cs => (
            &["ne", "bez", "žádný", "žádná", "žádné", "nikdy"],
            &[
                "nebo",
                "než",
                "nejlépe",
                "nejméně",
                "nejvýše",
                "nejdříve",
                "nějak",
                "nějaký",
                "nějaká",
                "nějaké",
                "něco",
                "někdo",
                "někde",
                "nevyžádané",
                "nevyžádaná",
                "nevyžádanou",
                "nevyžádaných",
                "nedoručenka",
                "nedoručenku",
                "nedoručenky",
                "nedoručenek",
                "new",
            ],
        ),
        Lang::Lt => (
            &["ne", "nė", "be", "jokio", "jokių", "niekada"],
            &["nei", "nes", "neseniai", "new"],
        ),
        Lang::Fi => (
            &[
                "ei", "en", "et", "eivät", "ettei", "eikö", "eikä", "ilman", "mitään",
            ],
            &[],
        ),
    }
}

/// Whether a question has a word of negation: a listed word, or for Czech and Lithuanian a
/// word that starts with ne- / nė- and is not listed as harmless.
fn negative_words(lang: Lang, question: &str) -> Vec<String> {
    let (words, harmless) = negations(lang);
    let prefixed = matches!(lang, Lang::Cs | Lang::Lt);
    let lower = question.to_lowercase();
    let mut found: Vec<String> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && !harmless.contains(w))
        .filter(|w| {
            words.contains(w)
                || (prefixed && (w.starts_with("ne") || w.starts_with("nė")) && w.len() > 3)
        })
        .map(str::to_string)
        .collect();
    if lang == Lang::En && lower.contains("n't") {
        found.push("n't".to_string());
    }
    found
}

#[test]
fn no_check_is_asked_in_the_negative_in_any_language() {
    let kb = Knowledge::embedded().unwrap();
    let loc = Localizer::new().with_profile(&kb.profile);
    let mut bad = Vec::new();
    for &lang in Lang::ALL.iter() {
        let tr = loc.tr(lang);
        for n in kb
            .flow
            .nodes
            .iter()
            .filter(|n| matches!(n.kind, mailwiz::knowledge::NodeKind::Check { .. }))
        {
            let text = tr.node_text(n);
            // The question: the sentence that ends in "?" (a check may say more around it).
            let Some(end) = text.rfind('?') else {
                bad.push(format!("{lang:?} {}: no question in {text:?}", n.id));
                continue;
            };
            let start = text[..end]
                .rfind(['.', ':', '!'])
                .filter(|&i| text[i + 1..end].split_whitespace().count() > 3)
                .map_or(0, |i| i + 1);
            let question = &text[start..end];
            let found = negative_words(lang, question);
            if !found.is_empty() {
                bad.push(format!("{lang:?} {}: {found:?} in {question:?}", n.id));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_negation_test_catches_what_the_reviews_found() {
    let found = |lang, q| !negative_words(lang, q).is_empty();
    assert!(found(
        Lang::En,
        "Is the server's IP address absent from public blocklists"
    ));
    assert!(found(
        Lang::Pl,
        "Czy adresu IP serwera nie ma na publicznych czarnych listach"
    ));
    assert!(found(Lang::Lt, "Ar neviršijote limitų"));
    assert!(found(
        Lang::Lt,
        "Ar serverio IP adreso nėra viešuose juoduosiuose sąrašuose"
    ));
    assert!(found(
        Lang::Fi,
        "Näyttääkö tilasivu, ettei palveluasi koske mikään huoltotyö"
    ));
    assert!(found(Lang::Cs, "Není adresa serveru na blacklistu"));
    assert!(!found(
        Lang::Cs,
        "Je adresa IP serveru na některém veřejném blacklistu"
    ));
}

#[test]
fn every_language_answers_with_its_own_initials_and_y_n_u() {
    use mailwiz::knowledge::flow::Answer;
    let loc = Localizer::new();
    let expected = [
        (Lang::En, ['y', 'n', 'u']),
        (Lang::Pl, ['t', 'n', 'w']),
        (Lang::Cs, ['a', 'n', 'v']),
        (Lang::Lt, ['t', 'n', 'ž']),
        (Lang::Fi, ['k', 'e', 't']),
    ];
    for (lang, shown) in expected {
        let tr = loc.tr(lang);
        let answers = [Answer::Yes, Answer::No, Answer::Unsure];
        for (a, key) in answers.into_iter().zip(shown) {
            assert_eq!(tr.answer_key(a), key, "{lang:?} {a:?}");
            // The key is a letter of the answer's word, so the screen explains it.
            assert!(
                tr.answer(a).to_lowercase().contains(key),
                "{lang:?}: {key} in {}",
                tr.answer(a)
            );
        }
        for (a, alias) in answers.into_iter().zip(['y', 'n', 'u']) {
            assert!(tr.answer_keys(a).contains(&alias), "{lang:?} {a:?}");
        }
        // No key gives two answers, and none is another command of a check screen.
        let all: Vec<char> = answers.iter().flat_map(|a| tr.answer_keys(*a)).collect();
        let unique: BTreeSet<char> = all.iter().copied().collect();
        assert_eq!(unique.len(), all.len(), "{lang:?}: {all:?}");
        for taken in ['s', 'x', 'q', 'c', 'L', '/', '?'] {
            assert!(!unique.contains(&taken), "{lang:?}: {taken}");
        }
    }
}
