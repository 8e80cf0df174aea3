//! The live checks in the wizard: what they look at (the customer's domain, the recipient's, the
//! sending server's IP), the runs asked for and what they found, and the answer the findings
//! propose for a check. The terminal side runs the checks; this side only decides and records.

use crate::checks::{Finding, Status};
use crate::knowledge::flow::{About, Answer, Node};

/// The live checks of a session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Live {
    /// Whether checks may run: not with `--offline`, nor in restricted mode where the profile
    /// turns them off.
    pub enabled: bool,
    /// The customer's domain (`--domain`, or the mailbox address).
    pub domain: Option<String>,
    /// The domain of the recipient a message did not reach (from a pasted reply).
    pub recipient: Option<String>,
    /// The sending server's IP address (`--ip`, or from a pasted reply).
    pub ip: Option<String>,
    /// In restricted mode with `own-domain`: the only domain that may be looked at.
    pub only: Option<String>,
    /// The provider's outgoing and incoming servers (the profile's), probed beside the steps
    /// about a mail program's settings.
    pub smtp_server: Option<String>,
    pub imap_server: Option<String>,
    /// The DKIM selectors looked up for a domain: the profile's, then those typed with `d` on a
    /// DKIM step.
    pub dkim_selectors: Vec<String>,
    /// The runs asked for, the latest last.
    pub runs: Vec<Run>,
    /// How often time has ticked while a run went on: the spinner's frame.
    pub spin: usize,
    next: u64,
}

/// One target's checks, running or done.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub id: u64,
    pub about: About,
    /// The target as `mailwiz check` takes it.
    pub target: String,
    /// The DKIM selectors it looked up.
    pub dkim_selectors: Vec<String>,
    pub done: bool,
    pub findings: Vec<Finding>,
}

/// What the field that `d` opens asks for: the target a step looks at, or on a DKIM step whose
/// domain is known, a selector to look up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Target(About),
    DkimSelector,
}

/// What the terminal side is asked to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub id: u64,
    pub target: String,
    /// The DKIM selectors to look up, instead of the settings'.
    pub dkim_selectors: Vec<String>,
}

impl Live {
    /// The target a node's checks look at, as `mailwiz check` takes it, when it is known and may
    /// be looked at.
    pub fn target(&self, about: About) -> Option<String> {
        // The target, and the name restricted mode's own domain must cover (none for an IP).
        let (target, host) = match about {
            About::Domain => (self.domain.clone()?, self.domain.clone()),
            About::Recipient => (self.recipient.clone()?, self.recipient.clone()),
            About::Ip => (self.ip.clone()?, None),
            About::RecipientMx => {
                let r = self.recipient.clone()?;
                (format!("mx://{r}"), Some(r))
            }
            About::ProviderSmtp => {
                let h = self.smtp_server.clone()?;
                (format!("submission://{h}"), Some(h))
            }
            About::ProviderImap => {
                let h = self.imap_server.clone()?;
                (format!("imaps://{h}"), Some(h))
            }
        };
        match (&self.only, host) {
            (None, _) => Some(target),
            (Some(d), Some(h)) if crate::access::in_domain(&h, d) => Some(target),
            _ => None,
        }
    }

    /// The run that answers this node: of its kind of target, for the target known now (on a
    /// DKIM step, with the selectors known now).
    pub fn run_for(&self, node: &Node) -> Option<&Run> {
        let probe = node.probe()?;
        let target = self.target(probe.about)?;
        self.runs
            .iter()
            .rev()
            .find(|r| self.answers(r, node, probe.about, &target))
    }

    fn answers(&self, run: &Run, node: &Node, about: About, target: &str) -> bool {
        run.about == about
            && run.target == target
            && (!looks_up_dkim(node) || run.dkim_selectors == self.dkim_selectors)
    }

    /// The findings of a run that the node's checks name.
    pub fn findings_for<'a>(&'a self, node: &Node) -> Vec<&'a Finding> {
        let (Some(run), Some(probe)) = (self.run_for(node), node.probe()) else {
            return Vec::new();
        };
        run.findings
            .iter()
            .filter(|f| probe.checks.iter().any(|c| c == f.check.as_str()))
            .collect()
    }

    /// The answer the findings propose: the problem's answer when one failed; the other when
    /// every check the node names has passed (a warning passes); none while a named check has not
    /// answered, or could not run.
    pub fn proposal(&self, node: &Node) -> Option<Answer> {
        let problem = node.problem_answer()?;
        let probe = node.probe()?;
        if !probe.about.answers() {
            return None;
        }
        let run = self.run_for(node)?;
        let found = self.findings_for(node);
        let other = match problem {
            Answer::Yes => Answer::No,
            _ => Answer::Yes,
        };
        if probe.about == About::RecipientMx {
            // Whether outbound port 25 is open: the connection answered or went unanswered; what
            // the server then said is another question.
            return match found.iter().find_map(|f| f.reached()) {
                Some(false) => Some(problem),
                Some(true) => Some(other),
                None => None,
            };
        }
        if found.iter().any(|f| f.status == Status::Fail) {
            return Some(problem);
        }
        if !run.done {
            return None;
        }
        let all_named = probe
            .checks
            .iter()
            .all(|c| found.iter().any(|f| f.check.as_str() == c));
        let all_pass = found
            .iter()
            .all(|f| matches!(f.status, Status::Ok | Status::Warn));
        (all_named && all_pass).then_some(other)
    }

    /// What `d` asks for on this node: the target it waits for, else, on a DKIM step whose
    /// domain is known, another selector to look up.
    pub fn field(&self, node: &Node) -> Option<Field> {
        if let Some(about) = self.missing(node) {
            return Some(Field::Target(about));
        }
        let about = node.probe()?.about;
        (self.enabled && looks_up_dkim(node) && self.target(about).is_some())
            .then_some(Field::DkimSelector)
    }

    /// What the node's lookup waits for: the kind of target that is unknown, when the checks
    /// could run if it were given (the provider's servers come from the profile).
    pub fn missing(&self, node: &Node) -> Option<About> {
        let about = node.probe()?.about;
        let typed = matches!(
            about,
            About::Domain | About::Recipient | About::RecipientMx | About::Ip
        );
        (self.enabled && typed && self.target(about).is_none() && self.only.is_none())
            .then_some(about)
    }

    /// Set what the user typed in the field: a domain (or an address's domain), an IP address,
    /// or a DKIM selector, which joins the others. False when it is not one.
    pub fn set(&mut self, field: Field, input: &str) -> bool {
        let input = input.trim();
        let about = match field {
            Field::Target(about) => about,
            Field::DkimSelector => {
                let Ok(selector) = crate::checks::domain_name(input) else {
                    return false;
                };
                if !self.dkim_selectors.contains(&selector) {
                    self.dkim_selectors.push(selector);
                }
                return true;
            }
        };
        if about == About::Ip {
            let bare = input.trim_start_matches('[').trim_end_matches(']');
            let Ok(ip) = bare.parse::<std::net::IpAddr>() else {
                return false;
            };
            self.ip = Some(ip.to_string());
            return true;
        }
        let name = input.rsplit_once('@').map_or(input, |(_, d)| d);
        let Ok(domain) = crate::checks::domain_name(name) else {
            return false;
        };
        match about {
            About::Domain => self.domain = Some(domain),
            _ => self.recipient = Some(domain),
        }
        true
    }

    /// Start a run for the node if its checks can run and none has run for its target yet.
    pub(super) fn want(&mut self, node: &Node) -> Option<Request> {
        if !self.enabled {
            return None;
        }
        let about = node.probe()?.about;
        let target = self.target(about)?;
        if self
            .runs
            .iter()
            .any(|r| self.answers(r, node, about, &target))
        {
            return None;
        }
        self.next += 1;
        self.runs.push(Run {
            id: self.next,
            about,
            target: target.clone(),
            dkim_selectors: self.dkim_selectors.clone(),
            done: false,
            findings: Vec::new(),
        });
        Some(Request {
            id: self.next,
            target,
            dkim_selectors: self.dkim_selectors.clone(),
        })
    }

    /// Forget the runs still going that the node on screen does not wait for: leaving a check
    /// cancels its lookup. Finished runs stay, since facts stay true.
    pub(super) fn cancel_unless(&mut self, node: &Node) {
        let keep = node.probe().map(|p| p.about);
        self.runs.retain(|r| r.done || Some(r.about) == keep);
    }

    /// The runs still going, for the terminal side to stop the others.
    pub fn running(&self) -> impl Iterator<Item = u64> + '_ {
        self.runs.iter().filter(|r| !r.done).map(|r| r.id)
    }

    pub(super) fn found(&mut self, id: u64, finding: Finding) {
        if let Some(run) = self.runs.iter_mut().find(|r| r.id == id && !r.done) {
            run.findings.push(finding);
        }
    }

    pub(super) fn tick(&mut self) {
        if self.running().next().is_some() {
            self.spin = self.spin.wrapping_add(1);
        }
    }

    pub(super) fn done(&mut self, id: u64) {
        if let Some(run) = self.runs.iter_mut().find(|r| r.id == id) {
            run.done = true;
        }
    }
}

/// Whether the node's checks include DKIM, whose findings depend on the selectors.
fn looks_up_dkim(node: &Node) -> bool {
    node.probe()
        .is_some_and(|p| p.checks.iter().any(|c| c == "dkim"))
}
