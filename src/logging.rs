//! `-v` logging on stderr. Every line passes through the redactor before it is written, so no code path can log
//! a secret by accident.

use std::io::Write;

use tracing_subscriber::Layer;
use tracing_subscriber::filter::Targets;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// -v: requests; -vv: bodies; -vvv: everything, dependencies included. `OA_RT_LOG` (`target=level` directives,
/// e.g. `warn,oa_rt=debug`) overrides. `Targets` rather than `EnvFilter`: the same directives without span and
/// field filters, and without the regex engine (issue 13, binary size).
pub fn init(verbosity: u8, ansi: bool) {
    let default = match verbosity {
        0 => "warn",
        1 => "warn,oa_rt=info",
        2 => "warn,oa_rt=debug",
        _ => "trace",
    };
    let filter = std::env::var("OA_RT_LOG")
        .ok()
        .and_then(|text| parse_filter(&text).ok())
        .unwrap_or_else(|| parse_filter(default).unwrap_or_default());
    let _ = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_target(false)
                .with_ansi(ansi)
                .without_time()
                .with_writer(RedactingStderr)
                .with_filter(filter),
        )
        .try_init();
}

/// A filter from `target=level` directives; an empty text means errors only (as `EnvFilter` read it).
fn parse_filter(text: &str) -> Result<Targets, tracing_subscriber::filter::ParseError> {
    if text.trim().is_empty() {
        return "error".parse();
    }
    text.parse()
}

/// Refuses an `OA_RT_LOG` that is not a valid filter (logging fell back to the default; the command must not run
/// as if the person had been heard).
pub fn check_env() -> Result<(), crate::error::Failure> {
    let Some(raw) = std::env::var_os("OA_RT_LOG") else {
        return Ok(());
    };
    let text = raw.to_string_lossy().into_owned();
    parse_filter(&text)
        .map(drop)
        .map_err(|e| {
            crate::error::Failure::usage(format!("OA_RT_LOG={text} is not a log filter: {e}"))
                .with_hint("for example OA_RT_LOG=oa_rt=debug or OA_RT_LOG=warn (or use -v, -vv); unset it for the default")
        })
}

struct RedactingStderr;

/// Buffers one event's line and writes it redacted when dropped.
struct LineWriter(Vec<u8>);

impl Write for LineWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for LineWriter {
    fn drop(&mut self) {
        let text = String::from_utf8_lossy(&self.0);
        let _ = std::io::stderr().write_all(crate::secret::redact(&text).as_bytes());
    }
}

impl<'a> MakeWriter<'a> for RedactingStderr {
    type Writer = LineWriter;
    fn make_writer(&'a self) -> Self::Writer {
        LineWriter(Vec::new())
    }
}
