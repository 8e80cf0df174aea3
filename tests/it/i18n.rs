//! Every message exists in every locale with the same variables, no locale has orphans, no
//! value is empty, every message formats without errors, and every id the data needs exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use mailwiz::i18n::{Lang, Localizer, ids};
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
