//! The command line: clap definitions only. Doc comments are the help text (and the man page).

use std::path::PathBuf;

use clap::builder::FalseyValueParser;
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::{ArgValueCandidates, ArgValueCompleter};

use crate::completion;
use crate::config::{OpenAirDomain, OpenAirEnvironment};

const AFTER_HELP: &str = "\
Exit codes:
  0    ok
  1    a check failed or drift was found
  2    usage or bad input (nothing was changed)
  3    authentication failed
  4    service or network error after retries (the state reached is named: run again to finish)
  5    a guided step is waiting for a person (non-interactive run)
  70   internal error (a bug in oa-rt)
  130  interrupted

Try it without an account:  oa-rt --emulator=upgrade bundles";

/// The version, and the commit it is built from with the commit's date (build.rs).
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("OA_RT_COMMIT"),
    " ",
    env!("OA_RT_COMMIT_DATE"),
    ")"
);

/// Set up, check and keep healthy the real-time record import from NetSuite into OpenAir
/// (NetSuite SuiteProjects Pro).
#[derive(Debug, Parser)]
#[command(name = "oa-rt", version = VERSION, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// The options every command takes, under their own heading in every command's help.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Profile to use (a NetSuite account paired with an OpenAir company).
    #[arg(
        long,
        global = true,
        env = "OA_RT_PROFILE",
        hide_env_values = true,
        value_name = "NAME",
        add = ArgValueCandidates::new(completion::profiles)
    )]
    pub profile: Option<String>,

    /// Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml].
    #[arg(
        long,
        global = true,
        env = "OA_RT_CONFIG",
        hide_env_values = true,
        value_name = "FILE"
    )]
    pub config: Option<PathBuf>,

    /// Print machine-readable JSON on stdout.
    #[arg(long, global = true, env = "OA_RT_JSON", hide_env_values = true, value_parser = FalseyValueParser::new())]
    pub json: bool,

    /// Make changes without asking.
    #[arg(long, global = true, env = "OA_RT_YES", hide_env_values = true, value_parser = FalseyValueParser::new())]
    pub yes: bool,

    /// Show what would change and stop.
    #[arg(long, global = true, env = "OA_RT_DRY_RUN", hide_env_values = true, value_parser = FalseyValueParser::new())]
    pub dry_run: bool,

    /// Print only results and errors.
    #[arg(long, short, global = true, env = "OA_RT_QUIET", hide_env_values = true, value_parser = FalseyValueParser::new())]
    pub quiet: bool,

    /// Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted.
    #[arg(long, short, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// When to use colour.
    #[arg(long, global = true, env = "OA_RT_COLOR", hide_env_values = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade].
    #[arg(
        long,
        global = true,
        env = "OA_RT_EMULATOR", hide_env_values = true,
        value_name = "SCENARIO",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "upgrade",
        value_parser = scenario_name,
        add = ArgValueCandidates::new(completion::scenarios)
    )]
    pub emulator: Option<String>,

    /// How long a command that changes an account waits for another one changing it (30s, 5m; a plain number
    /// is seconds).
    #[arg(long, global = true, value_name = "DURATION", default_value = "60s", value_parser = seconds)]
    pub lock_wait: u64,

    /// Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at
    /// a terminal. A confirmation is a person's act: `--yes` never gives one.
    #[arg(long, global = true, value_name = "NAME")]
    pub confirmed_by: Option<String>,

    /// On an emulator only: perform guided steps through the emulator's UI surface instead of waiting for a person.
    #[arg(long, global = true, env = "OA_RT_SIMULATE_OPERATOR", hide_env_values = true, value_parser = FalseyValueParser::new())]
    pub simulate_operator: bool,
}

pub use crate::output::ColorChoice;

/// Validates a scenario name (used by `--emulator` and `emulator serve --scenario`). Without the emulator built
/// in, any name passes here and the command says the emulator is not built in.
#[cfg(not(feature = "emulator"))]
pub fn scenario_name(s: &str) -> Result<String, String> {
    Ok(s.to_string())
}

/// Validates a scenario name (used by `--emulator` and `emulator serve --scenario`).
#[cfg(feature = "emulator")]
pub fn scenario_name(s: &str) -> Result<String, String> {
    let names = crate::emulator::scenarios::names();
    if names.contains(&s) {
        return Ok(s.to_string());
    }
    let hint = match crate::text::closest(s, &names) {
        Some(c) => format!(" (did you mean '{c}'?)"),
        None => String::new(),
    };
    Err(format!(
        "unknown scenario '{s}'{hint}; scenarios: {}",
        names.join(", ")
    ))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The interactive wizard: every step in the seed's order, explained, planned, applied and verified.
    Setup(SetupArgs),

    /// Every step's checks in one view (exit 1 when one fails).
    #[command(visible_alias = "doctor")]
    Status(StatusArgs),

    /// The difference between the desired state (oa-rt.toml) and the account (exit 1 on drift).
    Plan(PlanArgs),

    /// Make the account as the desired state says: a saved plan (refused when the account changed since), or a
    /// fresh one.
    Apply(ApplyArgs),

    /// Put back what a change replaced, from the backups written before every change.
    Restore(RestoreArgs),

    /// Installed bundle versions (369637, 369630, 369619) against what the certificate-based import needs.
    Bundles,

    /// The integration role's permissions against what the certificate-based import needs.
    Role(RoleArgs),

    /// Undeploy the SuiteScript 1.0 send script and deploy the v2.0 one as the integration needs.
    Deploy(DeployArgs),

    /// Check that the send script runs after every other afterSubmit script; record what only a person can see.
    VerifyOrder(VerifyOrderArgs),

    /// The OpenAir SRP Integration Settings record.
    #[command(subcommand)]
    Settings(SettingsCommand),

    /// Switch the real-time import on in OpenAir (guided) once NetSuite is ready, and verify the certificate.
    Enable(EnableArgs),

    /// The real-time import certificate (custcertificate_oa_realtime), or a local certificate file.
    #[command(subcommand)]
    Cert(CertCommand),

    /// oa-rt's own NetSuite OAuth 2.0 M2M credential.
    #[command(subcommand)]
    Auth(AuthCommand),

    /// Save a record in NetSuite and watch it arrive in OpenAir: the end-to-end check.
    TestImport(TestImportArgs),

    /// The companion RESTlet oa-rt needs in the NetSuite account.
    #[command(subcommand)]
    Companion(CompanionCommand),

    /// Connection profiles: one NetSuite account paired with one OpenAir company.
    #[command(subcommand)]
    Profile(ProfileCommand),

    /// The local emulator of a NetSuite account and an OpenAir company.
    #[command(subcommand)]
    Emulator(EmulatorCommand),

    /// Print the lines that enable shell completion (source them from the shell's startup file: see README).
    Completions(CompletionsArgs),

    /// Print the man page, or write every page to a directory.
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub desired: DesiredArg,
    #[command(flatten)]
    pub policy: PolicyArg,
    /// Check every profile of the config file, a few at a time: one row per account (verdict counts, the first
    /// problem, certificate expiry); exit 1 when any is not healthy.
    #[arg(long)]
    pub all_profiles: bool,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub desired: DesiredArg,
    #[command(flatten)]
    pub policy: PolicyArg,
    /// Save the plan, with a stamp of what it observed, for `oa-rt apply FILE`.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// A plan saved by `oa-rt plan --out FILE`.
    #[arg(value_name = "PLAN")]
    pub plan: Option<PathBuf>,
    #[command(flatten)]
    pub desired: DesiredArg,
    /// How long to watch for the effect of each guided step (30s, 5m, 2h; a plain number is seconds).
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = seconds)]
    pub timeout: u64,
    /// Change a production account although this desired state was never applied to a sandbox.
    #[arg(long)]
    pub skip_sandbox: bool,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup to restore (see --list).
    #[arg(value_name = "ID", required_unless_present = "list")]
    pub id: Option<String>,
    /// List the backups.
    #[arg(long, conflicts_with = "id")]
    pub list: bool,
}

#[derive(Debug, Args)]
pub struct RoleArgs {
    /// The role [default: the profile's netsuite.role].
    #[arg(long, value_name = "NAME")]
    pub role: Option<String>,
}

#[derive(Debug, Args)]
pub struct EnableArgs {
    /// The desired state whose NetSuite side must be right first.
    #[command(flatten)]
    pub desired: DesiredArg,
    #[command(flatten)]
    pub policy: PolicyArg,
    /// How long to watch for the certificate OpenAir uploads (30s, 5m, 2h; a plain number is seconds).
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = seconds)]
    pub timeout: u64,
}

#[derive(Debug, Args)]
pub struct TestImportArgs {
    /// TYPE:ID, like customer:1001 (customer, lead, prospect, job, employee, projecttask).
    #[arg(long, value_name = "TYPE:ID", add = ArgValueCompleter::new(completion::record_ref))]
    pub record: String,
    /// How long to wait for OpenAir (30s, 5m, 2h; a plain number is seconds).
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = seconds)]
    pub timeout: u64,
    /// The proof of a landed import is recorded in the evidence file this desired-state file names.
    #[command(flatten)]
    pub desired: DesiredArg,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write the completion script for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write oa-rt.1 and one page per subcommand into DIR.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

/// The pass policy: exit 0 only when every check was made and passed (ok, confirmed, warn).
#[derive(Debug, Clone, Copy, Args)]
pub struct PolicyArg {
    /// Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1.
    #[arg(long)]
    pub allow_unverified: bool,
}

/// The desired-state file.
#[derive(Debug, Clone, Args)]
pub struct DesiredArg {
    /// The desired-state file.
    #[arg(
        long = "file",
        value_name = "FILE",
        default_value = "oa-rt.toml",
        env = "OA_RT_FILE"
    )]
    pub path: PathBuf,
}

#[derive(Debug, Args)]
pub struct SetupArgs {
    #[command(flatten)]
    pub desired: DesiredArg,
    #[command(flatten)]
    pub policy: PolicyArg,
    /// How long to watch for the effect of each guided step (30s, 5m, 2h; a plain number is seconds).
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = seconds)]
    pub timeout: u64,
    /// Skip the closing test import.
    #[arg(long)]
    pub no_test_import: bool,
    /// Change a production account although this desired state was never applied to a sandbox.
    #[arg(long)]
    pub skip_sandbox: bool,
}

#[derive(Debug, Args)]
pub struct DeployArgs {
    /// Record types to deploy the v2.0 script on, comma-separated (like customer,job,employee)
    /// [default: where a send script is deployed now].
    #[arg(long, value_name = "LIST", add = ArgValueCompleter::new(completion::record_type_list))]
    pub record_types: Option<String>,
    /// The deployments' log level.
    #[arg(long, value_name = "LEVEL", default_value = "ERROR", value_parser = ["DEBUG", "AUDIT", "ERROR", "EMERGENCY"])]
    pub log_level: String,
    /// Also deploy customdeploy_oa_send_lead [default: when the settings record includes leads].
    #[arg(long)]
    pub include_leads: bool,
    /// Also deploy customdeploy_oa_send_prospect [default: when the settings record includes prospects].
    #[arg(long)]
    pub include_prospects: bool,
}

#[derive(Debug, Args)]
pub struct VerifyOrderArgs {
    /// Only these record types, comma-separated [default: every type the v2.0 script is deployed on].
    #[arg(long, value_name = "LIST", add = ArgValueCompleter::new(completion::record_type_list))]
    pub record_types: Option<String>,
    /// Look at the Scripted Records page of this record type and record the confirmation.
    #[arg(long, value_name = "TYPE", add = ArgValueCompleter::new(completion::record_type))]
    pub confirm: Option<String>,
    /// The evidence file confirmations are recorded in [default: the one oa-rt.toml names, else
    /// oa-rt-evidence.toml beside it].
    #[arg(long, value_name = "FILE", alias = "confirmations")]
    pub evidence: Option<PathBuf>,
    #[command(flatten)]
    pub desired: DesiredArg,
    #[command(flatten)]
    pub policy: PolicyArg,
    /// Evidence of the order's effect: save this record in the NetSuite UI (guided; on an emulator, through its
    /// UI surface), then compare the fields the connector maps in NetSuite with what OpenAir received. A newer
    /// value in NetSuite fails the record type and names the candidate scripts; agreement is supporting
    /// evidence, not a confirmation. TYPE:ID, like customer:1001.
    #[arg(long, value_name = "TYPE:ID", add = ArgValueCompleter::new(completion::record_ref))]
    pub probe: Option<String>,
    /// How long the probe waits for the record to arrive in OpenAir (30s, 5m, 2h; a plain number is seconds).
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "5m",
        value_parser = seconds,
        requires = "probe"
    )]
    pub timeout: u64,
}

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Show the settings record, with what is wrong and how to fix it.
    Show {
        #[command(flatten)]
        policy: PolicyArg,
    },
    /// Change settings: KEY=VALUE (enable, error-email, include-leads, include-prospects, openair-url,
    /// openair-db-id, suitesignon-record, soap-customer, ...). An empty value clears.
    Set {
        /// One or more settings to change, each KEY=VALUE.
        #[arg(required = true, value_name = "KEY=VALUE", add = ArgValueCompleter::new(completion::settings_keys))]
        assignments: Vec<String>,
        /// OpenAir's admin form already includes the leads/prospects being included here (the checklist does
        /// OpenAir's setting first); without a terminal, including them is refused until this is given.
        #[arg(long)]
        openair_done: bool,
    },
    /// Edit the settings in $VISUAL / $EDITOR, then review and apply the changes.
    Edit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CertFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum CertCommand {
    /// What the certificate says (subject, issuer, serial, key, validity, days left, SHA-256, placeholder, signing
    /// probe, OpenAir's rotation window). With FILE: a local PEM, DER or PKCS#12 file, offline.
    Inspect(CertInspectArgs),
    /// Exit 0 when the certificate is valid beyond the window; 1 when it expires inside it, is missing, is the
    /// placeholder, or fails the signing probe.
    Check(CertCheckArgs),
    /// Guide "Generate new real-time import certificate" and wait until NetSuite holds a newer one that signs.
    Rotate(CertRotateArgs),
}

#[derive(Debug, Args)]
pub struct CertInspectArgs {
    /// A local PEM, DER or PKCS#12 file, inspected offline [default: the account's custcertificate_oa_realtime].
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// The environment variable holding a PKCS#12 file's password.
    #[arg(long, value_name = "VARIABLE")]
    pub password_env: Option<String>,
    /// How to print it.
    #[arg(long, value_enum, default_value_t = CertFormat::Text)]
    pub format: CertFormat,
}

#[derive(Debug, Args)]
pub struct CertCheckArgs {
    /// Exit 1 when the certificate expires within DAYS (14, 14d, 2w: a plain number is days). Without it, the
    /// judgement `status` makes: warn within the desired state's certificate_window_days (14), fail once OpenAir's
    /// rotation window (one to two weeks before expiry) has passed without a new certificate.
    #[arg(long, value_name = "DAYS", value_parser = days)]
    pub within: Option<i64>,
    /// The desired state whose certificate_window_days applies without --within.
    #[command(flatten)]
    pub desired: DesiredArg,
}

#[derive(Debug, Args)]
pub struct CertRotateArgs {
    /// Do nothing (exit 0) unless the certificate expires within DAYS (14, 14d, 2w: a plain number is days).
    #[arg(long, value_name = "DAYS", value_parser = days)]
    pub if_expiring_within: Option<i64>,
    /// How long to watch for the new certificate (30s, 5m, 2h; a plain number is seconds).
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = seconds)]
    pub timeout: u64,
}

fn key_kind(s: &str) -> Result<crate::certinfo::KeyKind, String> {
    s.parse()
        .map_err(|e: crate::certinfo::CertError| e.to_string())
}

fn validity_days(s: &str) -> Result<i64, String> {
    let d: i64 = s
        .parse()
        .map_err(|_| format!("'{s}' is not a number of days"))?;
    if (1..=730).contains(&d) {
        Ok(d)
    } else {
        Err(format!(
            "{d} days: NetSuite caps M2M certificates at two years (730 days)"
        ))
    }
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Make a key pair and a self-signed certificate NetSuite accepts for OAuth 2.0 M2M, and say where to upload it.
    Init {
        /// ec-p256, ec-p384, rsa3072 or rsa4096.
        #[arg(long, default_value = "ec-p256", value_parser = key_kind)]
        key: crate::certinfo::KeyKind,
        /// Validity in days (at most 730).
        #[arg(long, default_value = "365", value_parser = validity_days)]
        days: i64,
        /// Where to write the files [default: $XDG_CONFIG_HOME/oa-rt/keys].
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
    },
    /// The profile's M2M certificate, and whether NetSuite gives it a token.
    Status,
    /// Replace the profile's M2M certificate: new key, upload, prove, switch, revoke the old one (crash-safe).
    Rotate {
        /// ec-p256, ec-p384, rsa3072 or rsa4096.
        #[arg(long, default_value = "ec-p256", value_parser = key_kind)]
        key: crate::certinfo::KeyKind,
        /// Validity in days (at most 730).
        #[arg(long, default_value = "365", value_parser = validity_days)]
        days: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum CompanionCommand {
    /// Write the companion RESTlet (SuiteScript 2.1 source, SDF objects, install guide) into DIR.
    Export {
        /// The directory to write the SuiteCloud project into (created; must be empty if it exists).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Add a profile to the config file. Secrets are given as env:VARIABLE or file:PATH, never as values.
    Add(Box<ProfileAddArgs>),
    /// List the profiles.
    List,
    /// Show a profile; secrets appear only as where they come from.
    Show {
        /// Profile name [default: the selected profile].
        #[arg(add = ArgValueCandidates::new(completion::profiles))]
        name: Option<String>,
    },
    /// Check that both services accept the profile's credentials, with each round-trip time.
    Test {
        /// Profile name [default: the selected profile].
        #[arg(add = ArgValueCandidates::new(completion::profiles))]
        name: Option<String>,
        /// Also ask, read-only, every question oa-rt relies on: each SuiteQL table and column set, the settings
        /// record, each companion RESTlet action, the M2M certificate endpoints and the OpenAir reads. Each is
        /// available, refused (with the permission the role oa-rt signs in with lacks and where to grant it) or
        /// unknown (with the service's answer); with --json, a report to attach to a bug report. Exit 1 when
        /// something is refused or unclear.
        #[arg(long)]
        deep: bool,
    },
    /// Make a profile the default: the one used when neither --profile nor OA_RT_PROFILE names one.
    Use {
        /// Profile name.
        #[arg(add = ArgValueCandidates::new(completion::profiles))]
        name: String,
    },
    /// Remove a profile from the config file (asks first; --yes answers yes). Its key and secret files are left
    /// where they are, and named.
    Remove {
        /// Profile name.
        #[arg(add = ArgValueCandidates::new(completion::profiles))]
        name: String,
    },
    /// Rename a profile; the default follows it. Refused when NEW exists.
    Rename {
        /// The profile's name now.
        #[arg(add = ArgValueCandidates::new(completion::profiles))]
        old: String,
        /// Its new name.
        new: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NsAuthMethod {
    M2m,
    Tba,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OaAuthMethod {
    Token,
    Login,
}

#[derive(Debug, Args)]
pub struct ProfileAddArgs {
    /// Profile name.
    pub name: String,

    /// NetSuite account id: 1234567, 1234567_SB1, 1234567_RP.
    #[arg(long, value_name = "ID")]
    pub ns_account: String,
    /// The integration role.
    #[arg(long, value_name = "NAME", default_value = crate::config::DEFAULT_ROLE)]
    pub ns_role: String,
    /// NetSuite authentication.
    #[arg(long, value_enum, default_value_t = NsAuthMethod::M2m)]
    pub ns_auth: NsAuthMethod,
    /// M2M: the integration's client id.
    #[arg(long, value_name = "ID", required_if_eq("ns_auth", "m2m"))]
    pub ns_client_id: Option<String>,
    /// M2M: the certificate id of the M2M mapping (the JWT kid).
    #[arg(long, value_name = "ID", required_if_eq("ns_auth", "m2m"))]
    pub ns_certificate_id: Option<String>,
    /// M2M: the private key file (PEM, mode 0600).
    #[arg(long, value_name = "FILE", required_if_eq("ns_auth", "m2m"))]
    pub ns_private_key_file: Option<PathBuf>,
    /// TBA: consumer key, as env:VARIABLE or file:PATH.
    #[arg(long, value_name = "SOURCE", required_if_eq("ns_auth", "tba"))]
    pub ns_consumer_key: Option<String>,
    /// TBA: consumer secret, as env:VARIABLE or file:PATH.
    #[arg(long, value_name = "SOURCE", required_if_eq("ns_auth", "tba"))]
    pub ns_consumer_secret: Option<String>,
    /// TBA: token id, as env:VARIABLE or file:PATH.
    #[arg(long, value_name = "SOURCE", required_if_eq("ns_auth", "tba"))]
    pub ns_token_id: Option<String>,
    /// TBA: token secret, as env:VARIABLE or file:PATH.
    #[arg(long, value_name = "SOURCE", required_if_eq("ns_auth", "tba"))]
    pub ns_token_secret: Option<String>,
    /// Replace both NetSuite hosts (suitetalk and restlets) with this URL (an emulator; needs --advanced).
    #[arg(
        long,
        value_name = "URL",
        requires = "advanced",
        help_heading = "Advanced"
    )]
    pub ns_base_url: Option<url::Url>,
    /// The RESTlet host, as Setup > Company > Company Information > Company URLs shows it (default
    /// https://<account>.restlets.api.netsuite.com).
    #[arg(long, value_name = "URL")]
    pub ns_restlet_url: Option<url::Url>,

    /// OpenAir company id.
    #[arg(long, value_name = "ID")]
    pub oa_company: String,
    /// OpenAir environment (must match the NetSuite account: sandbox with _SB accounts).
    #[arg(long, value_enum, value_name = "ENV")]
    pub oa_environment: OpenAirEnvironment,
    /// OpenAir domain family.
    #[arg(
        long,
        value_enum,
        value_name = "DOMAIN",
        default_value = "netsuitesuiteprojectspro.com"
    )]
    pub oa_domain: OpenAirDomain,
    /// OpenAir authentication.
    #[arg(long, value_enum, default_value_t = OaAuthMethod::Token)]
    pub oa_auth: OaAuthMethod,
    /// token: the OAuth 2.0 access token, as env:VARIABLE or file:PATH.
    #[arg(long, value_name = "SOURCE", required_if_eq("oa_auth", "token"))]
    pub oa_access_token: Option<String>,
    /// login: the user.
    #[arg(long, value_name = "USER", required_if_eq("oa_auth", "login"))]
    pub oa_user: Option<String>,
    /// login: the password, as env:VARIABLE or file:PATH.
    #[arg(long, value_name = "SOURCE", required_if_eq("oa_auth", "login"))]
    pub oa_password: Option<String>,
    /// The XML API namespace (required with login).
    #[arg(long, value_name = "NAME", required_if_eq("oa_auth", "login"))]
    pub oa_namespace: Option<String>,
    /// The XML API key, as env:VARIABLE or file:PATH (required with login).
    #[arg(long, value_name = "SOURCE", required_if_eq("oa_auth", "login"))]
    pub oa_api_key: Option<String>,
    /// The OpenAir account's address, when it is not <company>.app[.sandbox].<domain> (the settings record gets
    /// it) [default: derived from the company id, which never replaces a different value the record holds].
    #[arg(long, value_name = "URL")]
    pub oa_url: Option<url::Url>,
    /// The value for the settings record's OpenAir database id [default: the company id, which never replaces a
    /// different value the record holds].
    #[arg(long, value_name = "ID")]
    pub oa_db_id: Option<String>,
    /// Replace the OpenAir host with this URL (an emulator; needs --advanced).
    #[arg(
        long,
        value_name = "URL",
        requires = "advanced",
        help_heading = "Advanced"
    )]
    pub oa_base_url: Option<url::Url>,
    /// Accept the emulator-only options above, which point a profile at another host than the account's own; a
    /// real account never needs them (`oa-rt emulator serve --add-profile NAME` writes an emulator's profile).
    #[arg(long, help_heading = "Advanced")]
    pub advanced: bool,

    /// Make this the default profile.
    #[arg(long)]
    pub default: bool,
    /// Replace an existing profile of the same name.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum EmulatorCommand {
    /// Serve the emulator on a loopback port and print how to reach it.
    Serve(EmulatorServeArgs),
    /// List the scenarios.
    Scenarios,
    /// Perform what only the web UIs do (bundle installs, Scripted Records order, OpenAir admin form, ...).
    Ui(EmulatorUiArgs),
    /// Show the whole state, secrets redacted (a running emulator, or a state file).
    Dump(EmulatorTarget),
    /// Put the account back in its scenario's starting state (credentials are kept).
    Reset(EmulatorTarget),
}

/// Which emulator: a running one (by URL or profile) or a state file.
#[derive(Debug, Args)]
pub struct EmulatorTarget {
    /// A running emulator [default: the selected profile's, when it points at one].
    #[arg(
        long,
        env = "OA_RT_EMULATOR_URL",
        hide_env_values = true,
        value_name = "URL",
        conflicts_with = "state"
    )]
    pub url: Option<url::Url>,
    /// A state file of `emulator serve --state` (the emulator need not run).
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EmulatorUiArgs {
    /// A running emulator [default: the selected profile's, when it points at one].
    #[arg(
        long,
        env = "OA_RT_EMULATOR_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub url: Option<url::Url>,
    #[command(subcommand)]
    pub action: UiCommand,
}

/// on/off switches of the OpenAir admin form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Switch {
    On,
    Off,
}

/// The UI actions of the command line (`crate::platform::ui::UiAction` is what they become).
#[derive(Debug, Subcommand)]
pub enum UiCommand {
    /// NetSuite: install or update a bundle (Customization > SuiteBundler > Search & Install Bundles).
    InstallBundle {
        /// 369637, 369630 or 369619.
        bundle: String,
        /// The version to install or update to, like 5.06.
        #[arg(value_name = "VERSION")]
        to_version: String,
    },
    /// NetSuite: set the order on Customization > Scripting > Scripted Records > RECORD TYPE (drag the rows).
    Order {
        /// The record type, like CUSTOMER.
        record_type: String,
        /// Script ids in the new order, first to last (others keep their order after them).
        scripts: Vec<String>,
        /// Move this script to the end instead.
        #[arg(long, value_name = "SCRIPT")]
        last: Option<String>,
    },
    /// NetSuite: edit a script deployment in the UI (the UI is never refused like the API).
    EditDeployment {
        /// The deployment id, like customdeploy_oa_send_customer_v2.
        deployment: String,
        /// The Deployed box.
        #[arg(long)]
        deployed: Option<bool>,
        /// RELEASED, TESTING, ...
        #[arg(long)]
        status: Option<String>,
        /// The All Roles box of the Audience subtab.
        #[arg(long)]
        all_roles: Option<bool>,
        /// The internal id of the Execute As Role.
        #[arg(long, value_name = "ROLE_ID")]
        run_as_role: Option<i64>,
        /// DEBUG, AUDIT, ERROR or EMERGENCY.
        #[arg(long)]
        log_level: Option<String>,
        /// The event type the deployment is limited to, like CREATE (empty: every event).
        #[arg(long)]
        event_type: Option<String>,
    },
    /// NetSuite: set a role's permission (Setup > Users/Roles > Manage Roles > Permissions).
    SetPermission {
        /// Role name or internal id.
        role: String,
        /// Permission key, like ADMI_CERTIFICATES.
        permission: String,
        /// 0 None, 1 View, 2 Create, 3 Edit, 4 Full.
        level: u8,
    },
    /// NetSuite: save a record (runs its user event scripts, and the real-time import when it applies).
    SaveRecord {
        /// TYPE:ID, like customer:1001 (customer, lead, prospect, job, employee, projecttask).
        #[arg(add = ArgValueCompleter::new(completion::record_ref))]
        record: String,
        /// Execution context: userinterface, csvimport, suitescript, workflow, webservices, restlet.
        #[arg(long, default_value = "userinterface")]
        context: String,
        /// create, edit or xedit.
        #[arg(long, default_value = "edit")]
        event: String,
        /// Change a field before saving (repeatable).
        #[arg(long = "set", value_name = "FIELD=VALUE")]
        set: Vec<String>,
    },
    /// OpenAir: Administration > NetSuite Connector admin form boxes.
    OpenairAdmin {
        /// "Enable NetSuite real-time integration".
        #[arg(long, value_enum)]
        realtime: Option<Switch>,
        /// "Use OAuth 2.0 for NetSuite Single Sign-On Integration and Real-Time Record Import".
        #[arg(long, value_enum)]
        oauth2: Option<Switch>,
        /// "Include NetSuite leads marked 'Export to OpenAir' in the customers import".
        #[arg(long, value_enum)]
        leads: Option<Switch>,
        /// "Include NetSuite prospects marked 'Export to OpenAir' in the customers import".
        #[arg(long, value_enum)]
        prospects: Option<Switch>,
    },
    /// OpenAir: Administration > NetSuite Connector > Tips > "Generate new real-time import certificate".
    GenerateCertificate,
    /// OpenAir: start or finish a scheduled integration run.
    ScheduledRun {
        /// start or finish.
        #[arg(value_parser = ["start", "finish"])]
        state: String,
    },
    /// Move the emulated clock forward, like 30d, 12h, 90m.
    Clock {
        /// How far, like 30d, 12h, 90m (a plain number is seconds).
        #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
        advance: i64,
    },
}

/// `30d`, `12h`, `90m`, `45s`, `2w` (or plain seconds) as seconds; a leading `-` goes back.
pub fn parse_duration(s: &str) -> Result<i64, String> {
    let s = s.trim();
    let (sign, unsigned) = match s.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, s),
    };
    let (number, unit) = unsigned.split_at(
        unsigned
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(unsigned.len()),
    );
    let n: i64 = number
        .parse()
        .map_err(|_| format!("'{s}' is not a duration (like 30d, 12h, 90m)"))?;
    let factor = match unit {
        "" | "s" => 1,
        "m" => 60,
        "h" => 3_600,
        "d" => 86_400,
        "w" => 604_800,
        _ => return Err(format!("'{s}' is not a duration (units: s, m, h, d, w)")),
    };
    n.checked_mul(factor)
        .map(|v| sign * v)
        .ok_or_else(|| format!("'{s}' is too long a duration"))
}

/// A duration that cannot be negative, as seconds (`--timeout`, `--lock-wait`).
fn seconds(s: &str) -> Result<u64, String> {
    u64::try_from(parse_duration(s)?)
        .map_err(|_| format!("'{s}' is negative; a duration here is 0 or more"))
}

/// Days: a plain number is days; `14d`, `2w` (or any unit, in whole days) too. 0 to 3650.
fn days(s: &str) -> Result<i64, String> {
    let t = s.trim();
    let days = if t.chars().all(|c| c.is_ascii_digit()) && !t.is_empty() {
        t.parse::<i64>()
            .map_err(|_| format!("'{s}' is not a number of days"))?
    } else {
        parse_duration(t)? / 86_400
    };
    if (0..=3650).contains(&days) {
        Ok(days)
    } else {
        Err(format!("'{s}' is not between 0 and 3650 days"))
    }
}

fn probability(s: &str) -> Result<f64, String> {
    let p: f64 = s.parse().map_err(|_| format!("'{s}' is not a number"))?;
    if (0.0..=1.0).contains(&p) {
        Ok(p)
    } else {
        Err(format!("{p} is not a probability between 0 and 1"))
    }
}

#[derive(Debug, Args)]
pub struct EmulatorServeArgs {
    /// The account's starting condition.
    #[arg(long, default_value = "upgrade", value_parser = scenario_name, add = ArgValueCandidates::new(completion::scenarios))]
    pub scenario: String,
    /// Serve this NetSuite account id instead of the scenario's 1234567_SB1 (a production id, like 7654321,
    /// pairs it with a production OpenAir company): a second account to promote a desired state to.
    #[arg(long, value_name = "ID", value_parser = account_id)]
    pub account: Option<String>,
    /// Loopback port [default: any free port].
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Keep the state in this SQLite file (reused when it exists).
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Also add the served account's profile (M2M, its key and secret files in the credentials directory) to your
    /// config file (--config, OA_RT_CONFIG, or the default) as NAME. Refused when NAME exists there.
    #[arg(long, value_name = "NAME")]
    pub add_profile: Option<String>,
    /// Where to write the generated credentials and a ready config file
    /// [default: next to --state, else $XDG_STATE_HOME/oa-rt/emulator/PORT].
    #[arg(long, value_name = "DIR")]
    pub credentials_dir: Option<PathBuf>,
    /// Move the emulated clock by DURATION (30d, 12h, -90m; a plain number is seconds; may be negative): tokens,
    /// signatures and certificates are judged against it, as a real service judges them against its own clock.
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true, value_parser = parse_duration)]
    pub clock_offset: Option<i64>,
    /// Fault: add this many milliseconds to every answer.
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency: u64,
    /// Fault: answer this fraction of requests with HTTP 503.
    #[arg(long, value_name = "P", default_value = "0", value_parser = probability)]
    pub fail_rate: f64,
    /// Fault: refuse the first N requests as over the concurrency limit (REST 429, RESTlet 400 SSS_REQUEST_LIMIT_EXCEEDED).
    #[arg(long = "burst-429", value_name = "N", default_value_t = 0)]
    pub burst_429: u64,
    /// Fault: refuse requests beyond N in flight, as NetSuite's account concurrency limit does.
    #[arg(long, value_name = "N")]
    pub concurrency_limit: Option<usize>,
    /// Fault: drop this fraction of connections without an answer.
    #[arg(long, value_name = "P", default_value = "0", value_parser = probability)]
    pub drop_rate: f64,
    /// Fault: seed the random draws of --fail-rate and --drop-rate, so that sequential requests meet the same
    /// faults again (scripts/chaos passes one per trial) [default: random].
    #[arg(long, value_name = "N")]
    pub fault_seed: Option<u64>,
    /// Fault: this account has no such SuiteQL column (TABLE.COLUMN, repeatable): queries naming it get NetSuite's
    /// "Unknown identifier" refusal.
    #[arg(long, value_name = "TABLE.COLUMN", value_parser = table_column)]
    pub refuse_column: Vec<String>,
    /// Which oa-rt companion RESTlet the account has: the current one (answers `observe`), an older one (1.0.0,
    /// without `observe`: oa-rt reads through SuiteQL and single actions), or none deployed.
    #[arg(long, value_enum, default_value = "current")]
    pub companion: CompanionInstall,
    /// Fault: give each call of the companion RESTlet N governance units instead of NetSuite's 5,000, so that
    /// `observe` leaves deployments for later calls as it would on a very large account.
    #[arg(long, value_name = "N")]
    pub restlet_units: Option<u32>,
}

/// The companion RESTlet an emulated account has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompanionInstall {
    Current,
    Older,
    None,
}

fn table_column(s: &str) -> Result<String, String> {
    match s.split_once('.') {
        Some((t, c)) if !t.trim().is_empty() && !c.trim().is_empty() && !c.contains('.') => {
            Ok(s.trim().to_string())
        }
        _ => Err(format!(
            "'{s}' is not TABLE.COLUMN (e.g. usereventscriptdeployment.recordtype)"
        )),
    }
}

fn account_id(s: &str) -> Result<String, String> {
    crate::platform::account::AccountId::parse(s).map(|a| a.realm().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30d"), Ok(30 * 86_400));
        assert_eq!(parse_duration("12h"), Ok(43_200));
        assert_eq!(parse_duration("90"), Ok(90));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("3y").is_err());
        assert_eq!(parse_duration("-90m"), Ok(-5400));
        assert!(parse_duration("99999999999999999w").is_err());
        assert_eq!(seconds("5m"), Ok(300));
        assert_eq!(seconds("600"), Ok(600));
        assert!(seconds("-5m").is_err());
        assert_eq!(days("14"), Ok(14));
        assert_eq!(days("2w"), Ok(14));
        assert_eq!(days("36h"), Ok(1));
        assert!(days("3651").is_err());
        assert!(days("-1d").is_err());
    }

    /// Every option and argument says what it is in `--help` (and the man pages).
    #[test]
    fn every_option_is_documented() {
        use clap::CommandFactory;
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if id == "help" || id == "version" || arg.is_hide_set() {
                    continue;
                }
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path} {id}"));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "oa-rt", &mut missing);
        assert!(missing.is_empty(), "options without help: {missing:#?}");
    }
}
