//! The wizard's graph: nodes loaded from `assets/flow.toml` and validated.

use std::collections::{HashMap, HashSet, VecDeque};

use super::raw::RawFlow;
use super::{DataError, DataFile, line_of};

/// The answers a check takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    No,
    Unsure,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceOption {
    pub label: String,
    pub target: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeKind {
    Choice {
        options: Vec<ChoiceOption>,
    },
    Check {
        yes: String,
        no: String,
        advice_yes: bool,
        advice_no: bool,
        /// The live checks that can answer it.
        probe: Option<Probe>,
        /// The mail log answers it: the wizard offers to read it.
        reads_log: bool,
    },
    Step {
        next: String,
    },
    Code {
        next: Option<String>,
    },
    Contact {
        items: Vec<String>,
    },
    Resolution,
}

/// The names of the live checks a node may name in `probe` (those of `mailwiz check`).
pub const PROBES: [&str; 15] = [
    "mx",
    "mx-provider",
    "spf",
    "spf-provider",
    "dmarc",
    "dkim",
    "ptr",
    "fcrdns",
    "dnsbl",
    "smtp",
    "imap",
    "pop3",
    "starttls",
    "tls",
    "auth",
];

/// What a node's live checks look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum About {
    /// The customer's own domain.
    Domain,
    /// The domain of the recipient a message did not reach.
    Recipient,
    /// The sending server's IP address.
    Ip,
    /// The recipient's mail server, on port 25, reached from this machine: whether outbound
    /// port 25 is open.
    RecipientMx,
    /// The provider's outgoing server (the profile's `smtp-server`), on 587: evidence only.
    ProviderSmtp,
    /// The provider's incoming server (the profile's `imap-server`), on 993: evidence only.
    ProviderImap,
}

impl About {
    /// Whether its findings can answer the question, or are evidence beside it only.
    pub fn answers(self) -> bool {
        !matches!(self, About::ProviderSmtp | About::ProviderImap)
    }
}

/// The live checks that answer a check node: when one fails, the answer is the one with the
/// node's advice (the problem); when all pass, the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    pub checks: Vec<String>,
    pub about: About,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub id: String,
    /// The stem of its message ids: its id, or the text it shares with the same step of other
    /// scenarios (the domain's SPF record is checked alike in scenarios 4, 5 and 7).
    pub text: String,
    pub scenario: Option<u8>,
    pub kind: NodeKind,
}

impl Node {
    /// The live checks that answer this node, if any.
    pub fn probe(&self) -> Option<&Probe> {
        match &self.kind {
            NodeKind::Check { probe, .. } => probe.as_ref(),
            _ => None,
        }
    }

    /// Whether the mail log answers this check.
    pub fn reads_log(&self) -> bool {
        matches!(
            self.kind,
            NodeKind::Check {
                reads_log: true,
                ..
            }
        )
    }

    /// The answer that means the problem was found: the one the node gives advice after.
    pub fn problem_answer(&self) -> Option<Answer> {
        match &self.kind {
            NodeKind::Check {
                advice_yes: true,
                advice_no: false,
                ..
            } => Some(Answer::Yes),
            NodeKind::Check {
                advice_yes: false,
                advice_no: true,
                ..
            } => Some(Answer::No),
            _ => None,
        }
    }

    /// Whether the check shows advice after `answer` before going on.
    pub fn has_advice(&self, answer: Answer) -> bool {
        match (&self.kind, answer) {
            (NodeKind::Check { advice_yes, .. }, Answer::Yes) => *advice_yes,
            (NodeKind::Check { advice_no, .. }, Answer::No) => *advice_no,
            _ => false,
        }
    }

    /// Where this node leads, in order.
    pub fn targets(&self) -> Vec<&str> {
        match &self.kind {
            NodeKind::Choice { options } => options.iter().map(|o| o.target.as_str()).collect(),
            NodeKind::Check { yes, no, .. } => vec![yes, no],
            NodeKind::Step { next } => vec![next],
            NodeKind::Code { next } => next.iter().map(String::as_str).collect(),
            NodeKind::Contact { .. } | NodeKind::Resolution => vec![],
        }
    }

    /// A scenario's end: a contact or resolution node.
    pub fn is_end(&self) -> bool {
        matches!(self.kind, NodeKind::Contact { .. } | NodeKind::Resolution)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    pub number: u8,
    pub entry: String,
}

#[derive(Debug, Clone)]
pub struct Flow {
    pub start: String,
    /// The code node whose texts the lookup shows when it is opened with `/`.
    pub lookup: Option<String>,
    pub scenarios: Vec<Scenario>,
    pub nodes: Vec<Node>,
    index: HashMap<String, usize>,
}

impl Flow {
    /// Parse and validate a flow; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Flow, DataError> {
        Flow::load(DataFile {
            name: file,
            toml: text,
            json: None,
        })
    }

    /// The embedded flow.
    pub fn embedded() -> Result<Flow, DataError> {
        Flow::load(super::FLOW)
    }

    /// Decode and validate a flow.
    pub(crate) fn load(data: DataFile) -> Result<Flow, DataError> {
        let (text, file) = (data.toml, data.name);
        let raw: RawFlow = data.decode()?;
        let err = |needle: &str, reason: String| {
            DataError::new(file, line_of(text, &format!("\"{needle}\"")), reason)
        };
        let mut nodes = Vec::with_capacity(raw.node.len());
        let mut index = HashMap::new();
        for n in raw.node {
            if index.insert(n.id.clone(), nodes.len()).is_some() {
                return Err(err(&n.id, format!("node \"{}\" is defined twice", n.id)));
            }
            let missing = |field: &str| {
                err(
                    &n.id,
                    format!("{} node \"{}\" needs `{field}`", n.kind, n.id),
                )
            };
            let kind = match n.kind.as_str() {
                "choice" => {
                    let options = n.options.ok_or_else(|| missing("options"))?;
                    if options.is_empty() || options.len() > 9 {
                        return Err(err(
                            &n.id,
                            format!("choice node \"{}\" needs 1 to 9 options", n.id),
                        ));
                    }
                    NodeKind::Choice {
                        options: options
                            .into_iter()
                            .map(|o| ChoiceOption {
                                label: o.label,
                                target: o.target,
                            })
                            .collect(),
                    }
                }
                "check" => {
                    if n.source
                        .as_deref()
                        .is_none_or(|s| s.split_whitespace().count() < 2)
                    {
                        return Err(missing("source"));
                    }
                    for a in &n.advice {
                        if a != "yes" && a != "no" {
                            return Err(err(
                                &n.id,
                                format!(
                                    "node \"{}\": advice can only be \"yes\" or \"no\", not \"{a}\"",
                                    n.id
                                ),
                            ));
                        }
                    }
                    let advice_yes = n.advice.iter().any(|a| a == "yes");
                    let advice_no = n.advice.iter().any(|a| a == "no");
                    let probe = match (&n.probe, n.about.as_deref()) {
                        (None, None) => None,
                        (Some(checks), Some(about)) => {
                            let about = match about {
                                "domain" => About::Domain,
                                "recipient" => About::Recipient,
                                "ip" => About::Ip,
                                "recipient-mx" => About::RecipientMx,
                                "provider-smtp" => About::ProviderSmtp,
                                "provider-imap" => About::ProviderImap,
                                other => {
                                    return Err(err(
                                        &n.id,
                                        format!(
                                            "node \"{}\": about must be \"domain\", \"recipient\", \"ip\", \"recipient-mx\", \"provider-smtp\" or \"provider-imap\", not \"{other}\"",
                                            n.id
                                        ),
                                    ));
                                }
                            };
                            if let Some(bad) = checks.iter().find(|c| !PROBES.contains(&c.as_str()))
                            {
                                return Err(err(
                                    &n.id,
                                    format!("node \"{}\": \"{bad}\" is not a live check", n.id),
                                ));
                            }
                            if checks.is_empty() || (about.answers() && advice_yes == advice_no) {
                                return Err(err(
                                    &n.id,
                                    format!(
                                        "node \"{}\": a probe needs checks and advice on one answer only",
                                        n.id
                                    ),
                                ));
                            }
                            Some(Probe {
                                checks: checks.clone(),
                                about,
                            })
                        }
                        _ => return Err(missing("probe and about")),
                    };
                    NodeKind::Check {
                        yes: n.yes.clone().ok_or_else(|| missing("yes"))?,
                        no: n.no.clone().ok_or_else(|| missing("no"))?,
                        advice_yes,
                        advice_no,
                        probe,
                        reads_log: n.log.unwrap_or(false),
                    }
                }
                "step" => NodeKind::Step {
                    next: n.next.clone().ok_or_else(|| missing("next"))?,
                },
                "code" => NodeKind::Code {
                    next: n.next.clone(),
                },
                "contact" => NodeKind::Contact {
                    items: n.items.clone().ok_or_else(|| missing("items"))?,
                },
                "resolution" => NodeKind::Resolution,
                other => {
                    return Err(err(
                        &n.id,
                        format!("node \"{}\" has an unknown kind \"{other}\"", n.id),
                    ));
                }
            };
            if let Some(s) = n.scenario
                && s > 7
            {
                return Err(err(
                    &n.id,
                    format!("node \"{}\": scenario must be 0 to 7, not {s}", n.id),
                ));
            }
            nodes.push(Node {
                text: n.text.unwrap_or_else(|| n.id.clone()),
                id: n.id,
                scenario: n.scenario,
                kind,
            });
        }
        let flow = Flow {
            start: raw.start,
            lookup: raw.lookup,
            scenarios: raw
                .scenario
                .into_iter()
                .map(|s| Scenario {
                    number: s.number,
                    entry: s.entry,
                })
                .collect(),
            nodes,
            index,
        };
        flow.validate(text, file)?;
        Ok(flow)
    }

    fn validate(&self, text: &str, file: &str) -> Result<(), DataError> {
        let err = |needle: &str, reason: String| {
            DataError::new(file, line_of(text, &format!("\"{needle}\"")), reason)
        };
        if self.node(&self.start).is_none() {
            return Err(err(
                &self.start,
                format!("the start node \"{}\" does not exist", self.start),
            ));
        }
        if let Some(lookup) = &self.lookup
            && !matches!(
                self.node(lookup).map(|n| &n.kind),
                Some(NodeKind::Code { .. })
            )
        {
            return Err(err(
                lookup,
                format!("the lookup node \"{lookup}\" is not a code node"),
            ));
        }
        for s in &self.scenarios {
            match self.node(&s.entry) {
                None => {
                    return Err(err(
                        &s.entry,
                        format!(
                            "scenario {} starts at \"{}\", which does not exist",
                            s.number, s.entry
                        ),
                    ));
                }
                Some(n) if n.scenario != Some(s.number) => {
                    return Err(err(
                        &s.entry,
                        format!(
                            "scenario {} starts at \"{}\", which belongs to another scenario",
                            s.number, s.entry
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
        for n in &self.nodes {
            for t in n.targets() {
                if self.node(t).is_none() {
                    return Err(err(
                        t,
                        format!("node \"{}\" leads to \"{t}\", which does not exist", n.id),
                    ));
                }
            }
        }
        // Every node reachable from the start.
        let reachable = self.reachable_from(&self.start);
        if let Some(n) = self
            .nodes
            .iter()
            .find(|n| !reachable.contains(n.id.as_str()))
        {
            return Err(err(
                &n.id,
                format!("node \"{}\" cannot be reached from the start", n.id),
            ));
        }
        // Every node of the seven scenarios can reach an end (contact or resolution): walk the
        // arrows backwards from the ends once.
        let mut leads_to: HashMap<&str, Vec<&str>> = HashMap::new();
        for n in &self.nodes {
            for t in n.targets() {
                leads_to.entry(t).or_default().push(n.id.as_str());
            }
        }
        let mut ending = HashSet::new();
        let mut queue: VecDeque<&str> = self
            .nodes
            .iter()
            .filter(|n| n.is_end())
            .map(|n| n.id.as_str())
            .collect();
        while let Some(id) = queue.pop_front() {
            if ending.insert(id) {
                queue.extend(leads_to.get(id).into_iter().flatten());
            }
        }
        if let Some(n) = self
            .nodes
            .iter()
            .find(|n| matches!(n.scenario, Some(1..=7)) && !ending.contains(n.id.as_str()))
        {
            return Err(err(
                &n.id,
                format!(
                    "node \"{}\" never reaches a contact or resolution step",
                    n.id
                ),
            ));
        }
        Ok(())
    }

    fn reachable_from(&self, from: &str) -> HashSet<&str> {
        let mut seen = HashSet::new();
        let mut queue = VecDeque::from([from]);
        while let Some(id) = queue.pop_front() {
            if let Some(node) = self.node(id)
                && seen.insert(node.id.as_str())
            {
                queue.extend(node.targets());
            }
        }
        seen
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.nodes[i])
    }

    /// The node whose texts the lookup shows when it is opened with `/`.
    pub fn lookup_node(&self) -> Option<&Node> {
        self.lookup.as_deref().and_then(|id| self.node(id))
    }

    /// The entry node of a scenario (0 = the pre-checks).
    pub fn entry(&self, scenario: u8) -> Option<&Node> {
        self.scenarios
            .iter()
            .find(|s| s.number == scenario)
            .and_then(|s| self.node(&s.entry))
    }

    /// The nodes of one scenario that ask something of the user (not its ends), in file order.
    pub fn steps_of(&self, scenario: u8) -> Vec<&Node> {
        self.nodes
            .iter()
            .filter(|n| n.scenario == Some(scenario) && !n.is_end())
            .collect()
    }
}
