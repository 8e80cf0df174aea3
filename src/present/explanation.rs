//! An explanation in words, and the one list of its fields in the order both the code screen and
//! `explain`'s text output show them: the most useful first, since on a small screen the end is
//! what gets cut. The headline and the advice come from the most specific evidence: a provider's
//! own text (a recognised pattern), then a specific enhanced code, then the basic code, whose
//! generic meaning stays as a secondary line.

use crate::explain::Explanation;
use crate::i18n::{Msg, Tr};
use crate::knowledge::Knowledge;

/// An explanation's sentences in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// "550 5.1.1", "5.7.1" or "554 (5.7.1)".
    pub heading: String,
    /// The headline, from the most specific evidence.
    pub summary: String,
    /// The basic code's generic meaning, when the headline is something more specific.
    pub basic: Option<String>,
    pub causes: Option<String>,
    pub action: String,
    pub class_name: String,
    pub retry: String,
    /// A temporary code whose text says that retrying will not succeed (Yahoo's TS03).
    pub retry_final: bool,
    pub category: Option<String>,
    pub who: Option<String>,
    /// Who acts, from the most specific evidence: the code's when it leads, else the reason's.
    pub who_kind: Option<crate::knowledge::Who>,
    /// The meaning of the enhanced code, when the registry has it.
    pub enhanced_meaning: Option<String>,
    /// A recognised rejection text: its summary and action (the headline and the advice).
    pub note: Option<(String, String)>,
    /// The enhanced code's meaning is the headline.
    enhanced_leads: bool,
    /// The related wizard step: its title and its scenario's name.
    pub step: Option<(String, String)>,
}

/// The fields of an explanation, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Action,
    Who,
    /// The class and whether to retry.
    Class,
    /// The enhanced code's meaning, when there is also a basic code (alone, it is the summary).
    Enhanced,
    Causes,
    Category,
    /// The basic code's generic meaning under a more specific headline, or, for a code missing
    /// from the catalogue, that it is.
    Code,
    /// The related wizard step (on the code screen it is the menu instead).
    Step,
    /// What was given, when it says more than the heading.
    Input,
}

impl Field {
    fn label(self) -> Msg {
        match self {
            Field::Action => Msg::LabelAction,
            Field::Who => Msg::LabelWho,
            Field::Class => Msg::LabelClass,
            Field::Enhanced => Msg::LabelEnhanced,
            Field::Causes => Msg::LabelCauses,
            Field::Category => Msg::LabelCategory,
            Field::Code => Msg::LabelCode,
            Field::Step => Msg::LabelStep,
            Field::Input => Msg::LabelInput,
        }
    }
}

/// One field, ready to show: what it is, its label and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub field: Field,
    pub label: String,
    pub value: String,
}

impl Words {
    /// The explanation's sentences in `tr`'s language.
    pub fn of(e: &Explanation, kb: &Knowledge, tr: Tr) -> Words {
        let entry = e.code.and_then(|c| kb.catalogue.get(c));
        let heading = match (e.code, e.enhanced) {
            (Some(c), Some(x)) => format!("{c} {x}"),
            (Some(c), None) => c.to_string(),
            (None, Some(x)) => x.to_string(),
            (None, None) => String::new(),
        };
        let class_name = tr.class_name(e.class);
        let enhanced_meaning = e
            .enhanced
            .and_then(|x| kb.catalogue.enhanced(x))
            .map(|x| tr.enhanced_meaning(x));
        let pattern = e
            .pattern
            .as_deref()
            .and_then(|id| kb.catalogue.patterns.iter().find(|p| p.id == id));
        let basic = match (entry, e.code) {
            (Some(entry), _) => Some(tr.code_summary(entry)),
            (None, Some(code)) => Some(tr.code_unknown(code)),
            (None, None) => None,
        };
        // A specific enhanced code (not X.Y.0) of the same class says more than the basic code.
        let specific_enhanced = match (e.code, e.enhanced, &enhanced_meaning) {
            (Some(_), Some(x), Some(meaning)) if x.detail != 0 && x.class() == e.class => {
                Some(meaning.clone())
            }
            _ => None,
        };
        let enhanced_only = || match (e.enhanced, &enhanced_meaning) {
            (Some(_), Some(meaning)) => meaning.clone(),
            (Some(x), None) => tr.say(Msg::EnhancedOnlySummary {
                enhanced: x.to_string(),
                class: class_name.clone(),
                subject: tr.subject_in_sentence(x.subject),
            }),
            (None, _) => String::new(),
        };
        let (summary, basic_is_headline) = match (pattern, &specific_enhanced, &basic) {
            (Some(p), _, _) => (tr.pattern_summary(p), false),
            (None, Some(meaning), _) => (meaning.clone(), false),
            (None, None, Some(basic)) => (basic.clone(), true),
            (None, None, None) => (enhanced_only(), false),
        };
        // Who acts: a recognised text's own answer; the code's own answer when the code leads;
        // under a more specific headline, the answer of what the evidence means (a full mailbox is the recipient's to fix, even
        // under a 550 whose catalogue entry says the sender).
        let who_kind = if let Some(p) = pattern {
            Some(p.who)
        } else if basic_is_headline {
            e.who
        } else {
            crate::diagnose::who_of(crate::diagnose::reason_of(kb, e)).or(e.who)
        };
        let step = e.node.as_deref().and_then(|id| kb.flow.node(id)).map(|n| {
            let scenario = n.scenario.map(|s| tr.scenario_name(s)).unwrap_or_default();
            (tr.node_title(n), scenario)
        });
        // A provider's own text (a pattern with `hints`) that carries this very enhanced code gives
        // the number the provider's meaning: a reused registry number (Gmail 5.7.27 for SPF) is
        // explained by the provider, and the registry's sentence (null MX) is not shown beside it.
        let owned = matches!(
            pattern.map(|p| (p.hints.is_empty(), p.enhanced.as_deref())).zip(e.enhanced),
            Some(((false, Some(own)), x)) if own == x.to_string()
        );
        let retry_final = pattern.and_then(|p| p.retry) == Some(false);
        Words {
            heading,
            summary,
            basic: if basic_is_headline { None } else { basic },
            enhanced_leads: specific_enhanced.is_some() && pattern.is_none(),
            // The code's causes and who acts are the code's, generic: shown only when the code
            // itself is the headline.
            causes: entry
                .filter(|_| basic_is_headline)
                .map(|c| tr.code_causes(c)),
            action: match (pattern, entry) {
                (Some(p), _) => tr.pattern_action(p),
                (None, Some(c)) => tr.code_action(c),
                (None, None) => tr.class_action(e.class),
            },
            class_name,
            retry: if retry_final {
                tr.class_transient_final()
            } else {
                tr.class_retry(e.class)
            },
            retry_final,
            category: e.code.map(|c| tr.category(c)),
            who: who_kind.map(|w| tr.who(w)),
            who_kind,
            enhanced_meaning: enhanced_meaning.filter(|_| !owned),
            note: pattern.map(|p| (tr.pattern_summary(p), tr.pattern_action(p))),
            step,
        }
    }

    /// "550 5.1.1<sep>summary", or the summary alone for a mail program's own error, which has
    /// no code to lead with.
    pub fn lead(&self, sep: &str) -> String {
        if self.heading.is_empty() {
            self.summary.clone()
        } else {
            format!("{}{sep}{}", self.heading, self.summary)
        }
    }

    /// The fields that have something to say, in the one order they are shown.
    pub fn fields(&self, e: &Explanation, tr: Tr) -> Vec<Shown> {
        let mut out = Vec::new();
        let mut add = |field: Field, value: Option<String>| {
            if let Some(value) = value {
                out.push(Shown {
                    field,
                    label: tr.say(field.label()),
                    value,
                });
            }
        };
        add(Field::Action, Some(self.action.clone()));
        add(Field::Who, self.who.clone());
        // A mail program's own error (no code at all) has no class digit to show.
        let coded = e.code.is_some() || e.enhanced.is_some();
        add(
            Field::Class,
            coded.then(|| {
                format!(
                    "{} ({}xx). {}",
                    self.class_name,
                    e.class.digit(),
                    self.retry
                )
            }),
        );
        add(
            Field::Enhanced,
            match (e.code, e.enhanced, &self.enhanced_meaning) {
                (Some(_), Some(x), Some(meaning)) if !self.enhanced_leads => {
                    Some(format!("{x}: {meaning}"))
                }
                _ => None,
            },
        );
        add(Field::Causes, self.causes.clone());
        add(Field::Category, self.category.clone());
        add(
            Field::Code,
            match (&self.basic, e.code) {
                (Some(basic), Some(code)) => Some(format!("{code}: {basic}")),
                (_, None) if e.enhanced.is_some() => Some(tr.say(Msg::NoBasicCode)),
                (_, None) => None,
                _ => (!e.known).then(|| tr.say(Msg::NotInCatalogue)),
            },
        );
        add(
            Field::Step,
            self.step.as_ref().map(|(step, scenario)| {
                tr.say(Msg::StepInScenario {
                    step: step.clone(),
                    scenario: scenario.clone(),
                })
            }),
        );
        add(
            Field::Input,
            (e.input != self.heading).then(|| e.input.clone()),
        );
        out
    }
}
