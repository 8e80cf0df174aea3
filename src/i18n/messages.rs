//! The typed facade over the localizer: every text the program shows, by name, with typed
//! variables. Call sites never spell a message id. Fixed texts are the rows of `Msg` (all in
//! `ui.ftl`); texts named by the data (a step, a code, a pattern) are methods of [`Tr`] over the
//! conventions of [`super::ids`].

use super::ids::{self, Id};
use super::lang::{File, Lang};
use super::localizer::{Arg, Localizer};
use crate::knowledge::flow::{Answer, ChoiceOption, Node};
use crate::knowledge::{CodeEntry, EnhancedEntry, Pattern, Who};
use crate::smtp::{Class, Reason, ReplyCode};

/// One row per fixed message: `Name { field: type = "fluent-variable", .. } => "fluent-id";`.
/// The enum is crate-private, so a row that no code uses is a dead-code error in the build.
macro_rules! messages {
    ($( $(#[doc = $doc:literal])* $name:ident $({ $($field:ident : $ty:ty = $var:literal),+ $(,)? })? => $id:literal; )+) => {
        /// A fixed text of the program, with its variables.
        #[derive(Debug, Clone, PartialEq)]
        pub(crate) enum Msg {
            $( $(#[doc = $doc])* $name $({ $($field: $ty),+ })?, )+
        }

        impl Msg {
            pub(crate) fn id(&self) -> &'static str {
                match self {
                    $( Msg::$name { .. } => $id, )+
                }
            }

            fn into_args(self) -> Vec<(&'static str, Arg)> {
                match self {
                    $( Msg::$name $({ $($field),+ })? => vec![$($( ($var, Arg::from($field)) ),+)?], )+
                }
            }
        }

        /// The id of every row, for the test that every English message is used.
        #[cfg(test)]
        pub(crate) const IDS: &[&str] = &[$($id),+];
    };
}

messages! {
    /// The language's own name ("Polski").
    LanguageName => "ui-language-name";
    StepOf { n: usize = "n", total: usize = "total" } => "ui-step-of";
    TooSmall {
        min_width: u16 = "min-width",
        min_height: u16 = "min-height",
        width: u16 = "width",
        height: u16 = "height",
    } => "ui-too-small";
    /// The keys that answer a check in this language, its initials first ("t y" for Tak).
    KeyYes => "ui-key-yes";
    KeyNo => "ui-key-no";
    KeyUnsure => "ui-key-unsure";
    AnswerYes => "ui-answer-yes";
    AnswerNo => "ui-answer-no";
    AnswerUnsure => "ui-answer-unsure";
    AdviceHeading => "ui-advice-heading";
    UnsureHeading => "ui-unsure-heading";
    GoOnOrStop => "ui-go-on-or-stop";
    Resolved => "ui-resolved";
    EndOfScenario => "ui-end-of-scenario";
    InputHint => "ui-input-hint";
    SearchNoMatch => "ui-search-no-match";
    CodeNotRecognised { input: String = "input" } => "ui-code-not-recognised";
    CodeGoToStep { step: String = "step", scenario: String = "scenario" } => "ui-code-go-to-step";
    CodeContinue => "ui-code-continue";
    LabelInput => "ui-label-input";
    LabelCode => "ui-label-code";
    LabelEnhanced => "ui-label-enhanced";
    LabelClass => "ui-label-class";
    LabelCategory => "ui-label-category";
    LabelWho => "ui-label-who";
    LabelCauses => "ui-label-causes";
    LabelAction => "ui-label-action";
    LabelStep => "ui-label-step";
    LabelRecipient => "ui-label-recipient";
    LabelReason => "ui-label-reason";
    LabelServer => "ui-label-server";
    LabelDiagnostic => "ui-label-diagnostic";
    NotInCatalogue => "ui-not-in-catalogue";
    /// An enhanced code given alone, without the basic three digits.
    NoBasicCode => "ui-no-basic-code";
    /// The marker on the last row of a screen whose text goes on below.
    MoreBelow => "ui-more-below";
    StepInScenario { step: String = "step", scenario: String = "scenario" } => "ui-step-in-scenario";
    EnhancedOnlySummary {
        enhanced: String = "enhanced",
        class: String = "class",
        subject: String = "subject",
    } => "ui-enhanced-only-summary";
    CodesHeading { count: usize = "count" } => "ui-codes-heading";
    CodesClassHeading { class: String = "class", digit: u16 = "digit" } => "ui-codes-class-heading";
    EnhancedHeading { count: usize = "count" } => "ui-enhanced-heading";
    RecipientsFailed { count: usize = "count" } => "ui-recipients-failed";
    NoRecipient => "ui-no-recipient";
    SummaryTitle => "ui-summary-title";
    SummaryHeading => "ui-summary-heading";
    SummaryGather => "ui-summary-gather";
    SummaryNothing => "ui-summary-nothing";
    ErrorEmptyInput => "ui-error-empty-input";
    ErrorNotACode { input: String = "input" } => "ui-error-not-a-code";
    ErrorUnknownLanguage { lang: String = "lang", supported: String = "supported" } => "ui-error-unknown-language";
    ErrorProfile { file: String = "file", line: usize = "line", reason: String = "reason" } => "ui-error-profile";
    ErrorProfileUnreadable { file: String = "file", reason: String = "reason" } => "ui-error-profile-unreadable";
    ErrorSummaryWrite { file: String = "file", reason: String = "reason" } => "ui-error-summary-write";
    ErrorRestrictedProfile { path: String = "path" } => "ui-error-restricted-profile";
    ErrorRestrictedSummary => "ui-error-restricted-summary";
    ErrorRestrictedFile => "ui-error-restricted-file";
    ErrorNotATerminal => "ui-error-not-a-terminal";
    ErrorTerminal { reason: String = "reason" } => "ui-error-terminal";
    ErrorDumbTerminal { term: String = "term" } => "ui-error-dumb-terminal";
    ErrorSummaryExists { file: String = "file" } => "ui-error-summary-exists";
    ErrorOutput { reason: String = "reason" } => "ui-error-output";
    ErrorStdin { reason: String = "reason" } => "ui-error-stdin";
    ErrorMessageFile { file: String = "file", reason: String = "reason" } => "ui-error-message-file";
    ErrorProfileInvalid { file: String = "file", reason: String = "reason" } => "ui-error-profile-invalid";
    HelpTitle => "help-title";
    HelpClose => "help-close";
    HelpMove => "help-move";
    HelpChoose => "help-choose";
    HelpPick => "help-pick";
    HelpYes => "help-yes";
    HelpNo => "help-no";
    HelpUnsure => "help-unsure";
    HelpScroll => "help-scroll";
    HelpCallerLanguage => "help-caller-language";
    /// A check that the user's pasted reply already answers, and how to take that answer.
    Observed { answer: String = "answer" } => "ui-observed";
    ObservedTake => "ui-observed-take";
    /// The language picker's titles, and its choice that ends the caller's language.
    PickerScreen => "ui-picker-screen";
    PickerCaller => "ui-picker-caller";
    PickerSame => "ui-picker-same";
    /// "caller: Čeština", in the header.
    CallerLanguage { language: String = "language" } => "ui-caller-language";
    HelpPage => "help-page";
    HelpBack => "help-back";
    HelpLookup => "help-lookup";
    HelpLanguage => "help-language";
    HelpSummary => "help-summary";
    HelpHelp => "help-help";
    HelpQuit => "help-quit";
    HelpGoOn => "help-go-on";
    HelpStop => "help-stop";
    HelpCopy => "help-copy";
    HelpExplain => "help-explain";
    // A summary for a ticket (issue 13, part 3).
    /// The labels of the summary's facts.
    SummaryStarted => "ui-summary-started";
    SummaryVersion => "ui-summary-version";
    SummaryProfile => "ui-summary-profile";
    SummaryProfileEmbedded => "ui-summary-profile-embedded";
    SummaryProfileFile { file: String = "file" } => "ui-summary-profile-file";
    SummaryCaller => "ui-summary-caller";
    SummaryOutcome => "ui-summary-outcome";
    SummaryOutcomeSolved { step: String = "step" } => "ui-summary-outcome-solved";
    SummaryOutcomeEscalate { step: String = "step" } => "ui-summary-outcome-escalate";
    SummaryOutcomeUnfinished { step: String = "step" } => "ui-summary-outcome-unfinished";
    SummaryOutcomeOpen => "ui-summary-outcome-open";
    SummaryProblems => "ui-summary-problems";
    SummaryProblem => "ui-summary-problem";
    SummaryDiagnosis => "ui-summary-diagnosis";
    SummaryAdvice => "ui-summary-advice";
    SummarySteps => "ui-summary-steps";
    /// A value of the checklist found among the words of an error.
    SummaryNamedInError { value: String = "value" } => "ui-summary-named-in-error";
    /// After `c` on the summary, and what to do when the terminal ignores OSC 52.
    SummaryCopied => "ui-summary-copied";
    SummaryCopyHelp => "ui-summary-copy-help";
    /// `q` in a session with answers.
    QuitTitle => "ui-quit-title";
    QuitQuestion => "ui-quit-question";
    QuitSummaryFile { file: String = "file" } => "ui-quit-summary-file";
    QuitSummaryStdout => "ui-quit-summary-stdout";
    QuitSummaryNowhere => "ui-quit-summary-nowhere";
    // Issue 13, part 2: the lookup.
    HelpClear => "help-clear";
    /// `mailwiz search` found nothing.
    ErrorNoMatch { query: String = "query" } => "ui-error-no-match";
    // Issue 14: the live checks.
    CheckStatusOk => "live-status-ok";
    CheckStatusWarn => "live-status-warn";
    CheckStatusFail => "live-status-fail";
    CheckStatusError => "live-status-error";
    CheckStatusSkipped => "live-status-skipped";
    CheckNoResolver { error: String = "error" } => "live-no-resolver";
    CheckDnsError { error: String = "error" } => "live-dns-error";
    CheckSkippedNoDomain { domain: String = "domain" } => "live-skipped-no-domain";
    CheckMxNoDomain { domain: String = "domain" } => "live-mx-no-domain";
    CheckMxImplicit { addresses: String = "addresses" } => "live-mx-implicit";
    CheckMxNoMail => "live-mx-no-mail";
    CheckMxNull => "live-mx-null";
    CheckMxOk { hosts: String = "hosts" } => "live-mx-ok";
    CheckMxUnresolved { hosts: String = "hosts" } => "live-mx-unresolved";
    CheckMxSomeUnresolved { hosts: String = "hosts" } => "live-mx-some-unresolved";
    CheckMxProviderOk { provider: String = "provider" } => "live-mx-provider-ok";
    CheckMxProviderSome { hosts: String = "hosts", provider: String = "provider" } => "live-mx-provider-some";
    CheckMxProviderNone { hosts: String = "hosts", provider: String = "provider" } => "live-mx-provider-none";
    CheckSkippedNoSpf => "live-skipped-no-spf";
    CheckSpfNone => "live-spf-none";
    CheckSpfMany { count: usize = "count" } => "live-spf-many";
    CheckSpfSyntax { term: String = "term" } => "live-spf-syntax";
    CheckSpfVoid { name: String = "name" } => "live-spf-void";
    CheckSpfIncludedSyntax { name: String = "name", term: String = "term" } => "live-spf-included-syntax";
    CheckSpfTooManyLookups { lookups: usize = "lookups" } => "live-spf-too-many-lookups";
    CheckSpfPassAll => "live-spf-pass-all";
    CheckSpfOk { all: String = "all", lookups: usize = "lookups" } => "live-spf-ok";
    CheckSpfRedirect { name: String = "name", lookups: usize = "lookups" } => "live-spf-redirect";
    CheckSpfNeutral => "live-spf-neutral";
    CheckSpfProviderOk { include: String = "include", provider: String = "provider" } => "live-spf-provider-ok";
    CheckSpfProviderMissing { include: String = "include", provider: String = "provider" } => "live-spf-provider-missing";
    CheckDmarcNone { name: String = "name" } => "live-dmarc-none";
    CheckDmarcNotFirst => "live-dmarc-not-first";
    CheckDmarcNoPolicy => "live-dmarc-no-policy";
    CheckDmarcBadTag { tag: String = "tag" } => "live-dmarc-bad-tag";
    CheckDmarcMonitor { domain: String = "domain" } => "live-dmarc-monitor";
    CheckDmarcPartial { policy: String = "policy", percent: usize = "percent" } => "live-dmarc-partial";
    CheckDmarcOk { policy: String = "policy", domain: String = "domain", alignment: String = "alignment" } => "live-dmarc-ok";
    CheckDmarcBadPolicy { tag: String = "tag" } => "live-dmarc-bad-policy";
    CheckDmarcMany { count: usize = "count" } => "live-dmarc-many";
    CheckDkimNoSelector => "live-dkim-no-selector";
    CheckDkimMissing { selector: String = "selector", name: String = "name" } => "live-dkim-missing";
    CheckDkimBroken { selector: String = "selector" } => "live-dkim-broken";
    CheckDkimRevoked { selector: String = "selector" } => "live-dkim-revoked";
    CheckDkimShort { selector: String = "selector", bits: usize = "bits" } => "live-dkim-short";
    CheckDkimTesting { selector: String = "selector" } => "live-dkim-testing";
    CheckDkimOk { selector: String = "selector", key: String = "key" } => "live-dkim-ok";
    CheckPtrOk { names: String = "names" } => "live-ptr-ok";
    CheckPtrNone { address: String = "address" } => "live-ptr-none";
    CheckSkippedNoPtr => "live-skipped-no-ptr";
    CheckFcrdnsOk { name: String = "name" } => "live-fcrdns-ok";
    CheckFcrdnsMismatch { name: String = "name", addresses: String = "addresses" } => "live-fcrdns-mismatch";
    CheckFcrdnsNoAddress { name: String = "name" } => "live-fcrdns-no-address";
    CheckDnsblClean { zone: String = "zone" } => "live-dnsbl-clean";
    CheckDnsblSbl { zone: String = "zone" } => "live-dnsbl-sbl";
    CheckDnsblCss { zone: String = "zone" } => "live-dnsbl-css";
    CheckDnsblXbl { zone: String = "zone" } => "live-dnsbl-xbl";
    CheckDnsblDrop { zone: String = "zone" } => "live-dnsbl-drop";
    CheckDnsblPbl { zone: String = "zone" } => "live-dnsbl-pbl";
    CheckDnsblListed { zone: String = "zone", answer: String = "answer" } => "live-dnsbl-listed";
    CheckDnsblTypo { zone: String = "zone" } => "live-dnsbl-typo";
    CheckDnsblPublicResolver { zone: String = "zone" } => "live-dnsbl-public-resolver";
    CheckDnsblTooMany { zone: String = "zone" } => "live-dnsbl-too-many";
    CheckDnsblOdd { zone: String = "zone", answer: String = "answer" } => "live-dnsbl-odd";
    CheckHostUnknown { host: String = "host" } => "live-host-unknown";
    CheckPortClosed { host: String = "host", port: usize = "port" } => "live-port-closed";
    CheckPortFiltered { host: String = "host", port: usize = "port", seconds: usize = "seconds" } => "live-port-filtered";
    CheckUnreachable { host: String = "host", error: String = "error" } => "live-unreachable";
    CheckNoGreeting { seconds: usize = "seconds" } => "live-no-greeting";
    CheckNoReply { seconds: usize = "seconds" } => "live-no-reply";
    CheckServerClosed => "live-server-closed";
    CheckServerRefuses { reply: String = "reply" } => "live-server-refuses";
    CheckBadGreeting { line: String = "line" } => "live-bad-greeting";
    CheckServerOk { greeting: String = "greeting" } => "live-server-ok";
    CheckSkippedNoConnection => "live-skipped-no-connection";
    CheckSkippedNoGreeting => "live-skipped-no-greeting";
    CheckSkippedNoTls => "live-skipped-no-tls";
    CheckStarttlsMissing => "live-starttls-missing";
    CheckStarttlsRefused { reply: String = "reply" } => "live-starttls-refused";
    CheckStarttlsOk { version: String = "version" } => "live-starttls-ok";
    CheckTlsHandshake { error: String = "error" } => "live-tls-handshake";
    CheckTlsOk { names: String = "names", date: String = "date" } => "live-tls-ok";
    CheckTlsExpiring { date: String = "date", days: usize = "days" } => "live-tls-expiring";
    CheckTlsExpired { date: String = "date" } => "live-tls-expired";
    CheckTlsNotYet => "live-tls-not-yet";
    CheckTlsName { host: String = "host", names: String = "names" } => "live-tls-name";
    CheckTlsUntrusted => "live-tls-untrusted";
    CheckTlsOther { error: String = "error" } => "live-tls-other";
    CheckAuthNone => "live-auth-none";
    CheckAuthBeforeTls { mechanisms: String = "mechanisms" } => "live-auth-before-tls";
    CheckAuthOk { mechanisms: String = "mechanisms" } => "live-auth-ok";
    CheckOffline => "live-offline";
    CheckSkippedDnsFailed => "live-skipped-dns-failed";
    /// The wizard's check screen while and after its live checks run.
    LiveLooking { target: String = "target" } => "live-looking";
    LiveProposal { target: String = "target", answer: String = "answer" } => "live-proposal";
    LiveNoProposal { target: String = "target" } => "live-no-proposal";
    LiveCancel => "live-cancel";
    LiveEvidence { target: String = "target" } => "live-evidence";
    /// On a check that could look something up, when nothing named it yet.
    LiveAskDomain => "live-ask-domain";
    LiveAskRecipient => "live-ask-recipient";
    LiveAskIp => "live-ask-ip";
    /// The field where it is typed.
    TargetPromptDomain => "ui-target-prompt-domain";
    TargetPromptRecipient => "ui-target-prompt-recipient";
    TargetPromptIp => "ui-target-prompt-ip";
    TargetPromptDkimSelector => "ui-target-prompt-dkim-selector";
    LiveAskDkimSelector => "live-ask-dkim-selector";
    TargetInvalid { input: String = "input" } => "ui-target-invalid";
    HelpTarget => "help-target";
    HelpTargetTake => "help-target-take";
    SummaryChecked => "ui-summary-checked";
    // Issue 15: the mail log.
    LogsHeading { files: String = "files" } => "logs-heading";
    LogsTotals { lines: usize = "lines", messages: usize = "messages", first: String = "first", last: String = "last" } => "logs-totals";
    LogsCounts { sent: usize = "sent", deferred: usize = "deferred", bounced: usize = "bounced", expired: usize = "expired", rejected: usize = "rejected" } => "logs-counts";
    LogsNothing => "logs-nothing";
    LogsGroups => "logs-groups";
    LogsGroup { delivery: String = "delivery", count: usize = "count", recipients: usize = "recipients", domains: usize = "domains", first: String = "first", last: String = "last" } => "logs-group";
    LogsSent => "logs-sent";
    LogsDeferred => "logs-deferred";
    LogsBounced => "logs-bounced";
    LogsExpired => "logs-expired";
    LogsRejected => "logs-rejected";
    LogsExample => "logs-example";
    LogsDomains => "logs-domains";
    LogsDomain { domain: String = "domain", total: usize = "total", failed: usize = "failed" } => "logs-domain";
    ErrorLogFile { file: String = "file", reason: String = "reason" } => "ui-error-log-file";
    ErrorNoLog { files: String = "files" } => "ui-error-no-log";
    ErrorBadTime { time: String = "time" } => "ui-error-bad-time";
    ErrorRestrictedLog => "ui-error-restricted-log";
    /// The wizard's log screen and the check it answers.
    LiveAskLog { path: String = "path" } => "live-ask-log";
    LogReading => "ui-log-reading";
    LogCancel => "ui-log-cancel";
    LogOpen => "ui-log-open";
    ObservedLog { answer: String = "answer" } => "ui-observed-log";
    HelpReadLog => "help-read-log";
    // Issue 16: commands sent over SSH.
    ErrorSshSyntax { character: String = "character" } => "ui-error-ssh-syntax";
    ErrorSshQuote => "ui-error-ssh-quote";
    ErrorSshCommand { command: String = "command" } => "ui-error-ssh-command";
    ErrorSshOption { option: String = "option" } => "ui-error-ssh-option";
    // Issue 16: the profile in effect.
    ProfileEmbedded => "ui-profile-embedded";
    ProfileGiven { file: String = "file" } => "ui-profile-given";
    ProfileUser { file: String = "file" } => "ui-profile-user";
    ProfileSystem { file: String = "file" } => "ui-profile-system";
    ProfileCheckOk { file: String = "file" } => "ui-profile-check-ok";
    ErrorBadTarget { target: String = "target" } => "ui-error-bad-target";
    ErrorBadPort { target: String = "target" } => "ui-error-bad-port";
    ErrorBadScheme { scheme: String = "scheme" } => "ui-error-bad-scheme";
    ErrorBadResolver { resolver: String = "resolver" } => "ui-error-bad-resolver";
    ErrorRestrictedChecks => "ui-error-restricted-checks";
    ErrorRestrictedResolver => "ui-error-restricted-resolver";
    ErrorRestrictedTarget { target: String = "target", domain: String = "domain" } => "ui-error-restricted-target";
    ErrorRestrictedNoDomain => "ui-error-restricted-no-domain";
    // The command line's help and usage errors, in clap's structure.
    UsageError { message: String = "message" } => "ui-usage-error";
    UsageHeading => "ui-usage-heading";
    UsageOptions => "ui-usage-options";
    UsageMore { flag: String = "flag" } => "ui-usage-more";
    UsageTip { tip: String = "tip" } => "ui-usage-tip";
    UsageQuoted { text: String = "text" } => "ui-usage-quoted";
    UsageUnknownArgument { arg: String = "arg" } => "ui-usage-unknown-argument";
    UsageUnknownCommand { command: String = "command" } => "ui-usage-unknown-command";
    UsageInvalidValue { value: String = "value", arg: String = "arg" } => "ui-usage-invalid-value";
    UsageMissingValue { arg: String = "arg" } => "ui-usage-missing-value";
    UsagePossibleValues { values: String = "values" } => "ui-usage-possible-values";
    UsageMissingRequired => "ui-usage-missing-required";
    UsageRepeated { arg: String = "arg" } => "ui-usage-repeated";
    UsageConflict { arg: String = "arg", other: String = "other" } => "ui-usage-conflict";
    UsageConflictList { arg: String = "arg" } => "ui-usage-conflict-list";
    UsageTooManyValues { value: String = "value", arg: String = "arg" } => "ui-usage-too-many-values";
    UsageValueCount { arg: String = "arg", expected: usize = "expected", given: usize = "given" } => "ui-usage-value-count";
    UsageNoEquals { arg: String = "arg" } => "ui-usage-no-equals";
    UsageInvalidUtf8 => "ui-usage-invalid-utf8";
    UsageUnreadable => "ui-usage-unreadable";
    UsageSimilarCommand { names: String = "names", count: usize = "count" } => "ui-usage-similar-command";
    UsageSimilarOption { names: String = "names", count: usize = "count" } => "ui-usage-similar-option";
    UsageSimilarValue { names: String = "names", count: usize = "count" } => "ui-usage-similar-value";
    UsageAsValue { arg: String = "arg", usage: String = "usage" } => "ui-usage-as-value";
    UsageInCommand { usage: String = "usage" } => "ui-usage-in-command";
    UsageRemoveDashes { command: String = "command" } => "ui-usage-remove-dashes";
    UsageDefault => "ui-usage-default";
    UsagePossible => "ui-usage-possible";
    HelpHeadingCommands => "ui-help-heading-commands";
    HelpHeadingArguments => "ui-help-heading-arguments";
    HelpHeadingOptions => "ui-help-heading-options";
    Version { version: String = "version", revision: String = "revision" } => "ui-version";
}

/// The texts of one language.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    loc: &'a Localizer,
    lang: Lang,
}

impl<'a> Tr<'a> {
    pub(crate) fn new(loc: &'a Localizer, lang: Lang) -> Tr<'a> {
        Tr { loc, lang }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The texts of another language, from the same bundles and profile.
    pub fn in_lang(&self, lang: Lang) -> Tr<'a> {
        Tr {
            loc: self.loc,
            lang,
        }
    }

    /// The name of `lang` as that language writes it ("Čeština").
    pub fn language_name(&self, lang: Lang) -> String {
        Tr::new(self.loc, lang).say(Msg::LanguageName)
    }

    /// A text of the command line's help by its id in `cli.ftl`, when the file has it.
    pub(crate) fn cli(&self, id: &str) -> Option<String> {
        self.loc
            .has(self.lang, File::Cli, id)
            .then(|| self.loc.format(self.lang, File::Cli, id, Vec::new()))
    }

    /// A fixed text.
    pub(crate) fn say(&self, m: Msg) -> String {
        let id = m.id();
        self.loc.format(self.lang, File::Ui, id, m.into_args())
    }

    fn get(&self, id: Id) -> String {
        self.loc.format(self.lang, id.file, &id.name, Vec::new())
    }

    /// Any message by its id, wherever it lives, for tests and tools that read the texts back.
    pub fn text(&self, id: &str) -> String {
        self.format(id, Vec::new())
    }

    /// Any message by its id, with variables, for tests and tools that read the texts back.
    pub fn format(&self, id: &str, args: Vec<(&str, Arg)>) -> String {
        match self.loc.find(self.lang, id) {
            Some(file) => self.loc.format(self.lang, file, id, args),
            None => id.to_string(),
        }
    }

    pub fn node_title(&self, n: &Node) -> String {
        self.get(ids::node_title(n))
    }
    pub fn node_text(&self, n: &Node) -> String {
        self.get(ids::node_text(n))
    }
    /// How to find out, for a check answered "not sure".
    pub fn node_unsure(&self, n: &Node) -> String {
        self.get(ids::node_unsure(n))
    }
    /// What to do after `answer`, when the check has advice for it.
    pub fn node_advice(&self, n: &Node, answer: Answer) -> Option<String> {
        ids::node_advice(n, answer).map(|id| self.get(id))
    }
    pub fn option_label(&self, o: &ChoiceOption) -> String {
        self.get(ids::option_label(&o.label))
    }
    pub fn gather(&self, item: &str) -> String {
        self.get(ids::gather(item))
    }
    pub fn scenario_name(&self, number: u8) -> String {
        self.get(ids::scenario_name(number))
    }
    /// The keys that give `a` in this language: its own initials, then the y / n / u that answer
    /// in every language.
    pub fn answer_keys(&self, a: Answer) -> Vec<char> {
        let (msg, everywhere) = match a {
            Answer::Yes => (Msg::KeyYes, 'y'),
            Answer::No => (Msg::KeyNo, 'n'),
            Answer::Unsure => (Msg::KeyUnsure, 'u'),
        };
        let mut keys: Vec<char> = self
            .say(msg)
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .collect();
        if !keys.contains(&everywhere) {
            keys.push(everywhere);
        }
        keys
    }

    /// The key shown for `a`: this language's initial.
    pub fn answer_key(&self, a: Answer) -> char {
        self.answer_keys(a)[0]
    }

    pub fn answer(&self, a: Answer) -> String {
        self.say(match a {
            Answer::Yes => Msg::AnswerYes,
            Answer::No => Msg::AnswerNo,
            Answer::Unsure => Msg::AnswerUnsure,
        })
    }

    pub fn code_summary(&self, c: &CodeEntry) -> String {
        self.get(ids::code_summary(c))
    }
    pub fn code_causes(&self, c: &CodeEntry) -> String {
        self.get(ids::code_causes(c))
    }
    pub fn code_action(&self, c: &CodeEntry) -> String {
        self.get(ids::code_action(c))
    }
    /// The summary of a code missing from the catalogue, from its digits.
    pub fn code_unknown(&self, code: ReplyCode) -> String {
        let id = ids::code_unknown();
        let args = vec![
            ("code", Arg::from(code.get())),
            ("class", Arg::from(self.class_name(code.class()))),
            ("category", Arg::from(self.category(code))),
        ];
        self.loc.format(self.lang, id.file, &id.name, args)
    }
    pub fn who(&self, w: Who) -> String {
        self.get(ids::who(w))
    }
    pub fn class_name(&self, c: Class) -> String {
        self.get(ids::class_name(c))
    }
    pub fn class_retry(&self, c: Class) -> String {
        self.get(ids::class_retry(c))
    }
    pub fn class_transient_final(&self) -> String {
        self.get(ids::class_transient_final())
    }
    pub fn class_action(&self, c: Class) -> String {
        self.get(ids::class_action(c))
    }
    pub fn category(&self, code: ReplyCode) -> String {
        self.get(ids::category(code))
    }
    pub fn pattern_summary(&self, p: &Pattern) -> String {
        self.get(ids::pattern_summary(p))
    }
    pub fn pattern_action(&self, p: &Pattern) -> String {
        self.get(ids::pattern_action(p))
    }
    pub fn enhanced_meaning(&self, e: &EnhancedEntry) -> String {
        self.get(ids::enhanced_meaning(e))
    }
    /// A subject as a heading, for lists.
    pub fn enhanced_subject(&self, subject: u16) -> String {
        self.get(ids::enhanced_subject(subject))
    }
    /// What a bounce reason means.
    pub fn reason(&self, r: Reason) -> String {
        self.get(ids::reason(r))
    }
    /// A subject inside a sentence.
    pub fn subject_in_sentence(&self, subject: u16) -> String {
        self.get(ids::subject_in_sentence(subject))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_bundle::FluentResource;
    use fluent_syntax::ast::Entry;

    use super::*;
    use crate::knowledge::Knowledge;

    fn english_ids(file: File) -> BTreeSet<String> {
        let resource = FluentResource::try_new(Lang::FALLBACK.source(file).to_string())
            .unwrap_or_else(|_| panic!("{file} parses"));
        resource
            .entries()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    /// Every English message is named by the data (a step, a code, a pattern) or is a row of
    /// `Msg`, each in the file the facade reads it from; and `Msg` has no row without a message.
    /// That no row of `Msg` goes unused is the compiler's check (dead code is an error).
    #[test]
    fn every_english_message_is_used_by_the_data_or_the_code() {
        let kb = Knowledge::embedded().unwrap();
        let mut used: BTreeSet<(File, String)> = ids::needed(&kb)
            .into_iter()
            .map(|id| (id.file, id.name))
            .collect();
        used.extend(IDS.iter().map(|id| (File::Ui, id.to_string())));
        used.extend(
            crate::cli::help::message_ids()
                .into_iter()
                .map(|id| (File::Cli, id)),
        );
        for file in File::ALL {
            let defined = english_ids(file);
            let dead: Vec<_> = defined
                .iter()
                .filter(|id| !used.contains(&(file, id.to_string())))
                .collect();
            assert!(dead.is_empty(), "{file}: unused messages {dead:?}");
            let missing: Vec<_> = used
                .iter()
                .filter(|(f, id)| *f == file && !defined.contains(id))
                .collect();
            assert!(missing.is_empty(), "{file}: used but missing {missing:?}");
        }
    }

    #[test]
    fn facts_and_arguments_reach_the_message() {
        let kb = Knowledge::embedded().unwrap();
        let loc = Localizer::new().with_profile(&kb.profile);
        let tr = loc.tr(Lang::En);
        assert_eq!(
            tr.say(Msg::SummaryProfileEmbedded),
            "the built-in default, Example Hosting"
        );
        assert_eq!(tr.say(Msg::StepOf { n: 2, total: 5 }), "step 2 of 5");
        assert_eq!(tr.text("no-such-message"), "no-such-message");
        assert_eq!(
            tr.text("code-550-summary"),
            tr.code_summary(kb.catalogue.get(ReplyCode::new(550).unwrap()).unwrap())
        );
    }

    #[test]
    fn a_language_reads_only_the_files_it_needs() {
        let loc = Localizer::new();
        let tr = loc.tr(Lang::Pl);
        tr.say(Msg::HelpQuit);
        assert!(loc.parsed(Lang::Pl, File::Ui));
        for file in [
            File::Flow,
            File::Codes,
            File::Enhanced,
            File::Patterns,
            File::Reasons,
            File::Cli,
        ] {
            assert!(!loc.parsed(Lang::Pl, file), "{file}");
        }
        assert!(File::ALL.iter().all(|f| !loc.parsed(Lang::En, *f)));
    }
}
