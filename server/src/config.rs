//! The command line: flags, their defaults and validation, and the usage text.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

pub const DEFAULT_DIR: &str = "dist";
pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_FRAME_ANCESTORS: &str = "*";
pub const DEFAULT_BASE: &str = "/";
/// A client has this long to send a whole request header.
pub const DEFAULT_HEADER_TIMEOUT_SECS: u64 = 10;
/// A connection with nothing read or written for this long is closed.
pub const DEFAULT_IDLE_TIMEOUT_SECS: u64 = 60;
/// Connections served at once; the rest wait in the listen queue. Lowered at start to what
/// the open-file limit allows (see `connections::open_file_budget`).
pub const DEFAULT_MAX_CONNECTIONS: usize = 10_000;
/// On SIGTERM or SIGINT, requests in flight get this long to finish.
pub const DRAIN: Duration = Duration::from_secs(5);

pub const USAGE: &str = "\
Usage: dermamap-server [OPTIONS]

Serves Dermamap's Trunk build with SPA fallback, precompressed assets and a strict CSP.

Options:
  --dir <path>               directory to serve (default: dist)
  --addr <host:port>         listen address; port 0 picks a free port (default: 127.0.0.1:8080)
  --base <prefix>            URL prefix the app is hosted under, e.g. /guide/ (default: /)
  --frame-ancestors <value>  CSP frame-ancestors source list, e.g. \"'self' https://example.org\"
                             or \"'none'\" (default: *, any site may embed)
  --header-timeout <secs>    time a client has to send a request header (default: 10)
  --idle-timeout <secs>      close a connection idle this long (default: 60)
  --max-connections <n>      connections served at once (default: 10000, or fewer if the
                             open-file limit is lower)
  --write-headers            write <dir>/_headers for static hosts (the same CSP and cache
                             rules) and exit
  --help                     print this help
";

/// Runtime configuration, produced by [`parse_args`] or built directly in tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub dir: PathBuf,
    pub addr: String,
    /// Validated source list for the CSP `frame-ancestors` directive.
    pub frame_ancestors: String,
    /// Normalised prefix: always starts and ends with `/`.
    pub base: String,
    pub header_timeout: Duration,
    pub idle_timeout: Duration,
    pub max_connections: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            dir: PathBuf::from(DEFAULT_DIR),
            addr: DEFAULT_ADDR.to_string(),
            frame_ancestors: DEFAULT_FRAME_ANCESTORS.to_string(),
            base: DEFAULT_BASE.to_string(),
            header_timeout: Duration::from_secs(DEFAULT_HEADER_TIMEOUT_SECS),
            idle_timeout: Duration::from_secs(DEFAULT_IDLE_TIMEOUT_SECS),
            max_connections: DEFAULT_MAX_CONNECTIONS,
        }
    }
}

impl Config {
    /// Config for serving `dir` with every other setting at its default.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Config {
            dir: dir.into(),
            ..Config::default()
        }
    }
}

/// What the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Serve(Config),
    /// Write `<dir>/_headers` for static hosts, then exit (run by `make build`).
    WriteHeaders(Config),
    Help,
}

/// A bad command line; `main` prints it and exits with status 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Parses the arguments after the program name. Accepts `--flag value` and
/// `--flag=value`; a repeated flag takes its last value.
pub fn parse_args<I, S>(args: I) -> Result<Command, UsageError>
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    let mut config = Config::default();
    let mut write_headers = false;
    let mut args = args.into_iter().map(Into::into);
    while let Some(arg) = args.next() {
        if arg == "--help" || arg == "-h" {
            return Ok(Command::Help);
        }
        if arg == "--write-headers" {
            write_headers = true;
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        if !matches!(
            flag.as_str(),
            "--dir"
                | "--addr"
                | "--frame-ancestors"
                | "--base"
                | "--header-timeout"
                | "--idle-timeout"
                | "--max-connections"
        ) {
            return Err(UsageError(if flag.starts_with('-') {
                format!("unknown option `{flag}`")
            } else {
                format!("unexpected argument `{arg}`")
            }));
        }
        let value = match inline.or_else(|| args.next()) {
            Some(v) => v,
            None => return Err(UsageError(format!("`{flag}` needs a value"))),
        };
        match flag.as_str() {
            "--dir" => {
                if value.is_empty() {
                    return Err(UsageError("`--dir` must not be empty".into()));
                }
                config.dir = PathBuf::from(value);
            }
            "--addr" => {
                validate_addr(&value).map_err(|e| UsageError(format!("invalid --addr: {e}")))?;
                config.addr = value;
            }
            "--frame-ancestors" => {
                validate_frame_ancestors(&value)
                    .map_err(|e| UsageError(format!("invalid --frame-ancestors: {e}")))?;
                config.frame_ancestors = value;
            }
            "--base" => {
                config.base = normalize_base(&value)
                    .map_err(|e| UsageError(format!("invalid --base: {e}")))?;
            }
            "--header-timeout" => config.header_timeout = seconds(&flag, &value)?,
            "--idle-timeout" => config.idle_timeout = seconds(&flag, &value)?,
            "--max-connections" => {
                config.max_connections = match value.parse::<usize>() {
                    Ok(n) if (1..=1_000_000).contains(&n) => n,
                    _ => {
                        return Err(UsageError(format!(
                    "invalid --max-connections: `{value}` is not a whole number from 1 to 1000000"
                )))
                    }
                }
            }
            _ => unreachable!(),
        }
    }
    Ok(if write_headers {
        Command::WriteHeaders(config)
    } else {
        Command::Serve(config)
    })
}

/// A timeout flag: whole or decimal seconds, more than 0 and at most an hour.
fn seconds(flag: &str, value: &str) -> Result<Duration, UsageError> {
    match value.parse::<f64>() {
        Ok(s) if s > 0.0 && s <= 3600.0 => Ok(Duration::from_secs_f64(s)),
        _ => Err(UsageError(format!(
            "invalid {flag}: `{value}` is not a number of seconds from 0 to 3600"
        ))),
    }
}

/// `host:port` with a numeric port; the host is resolved only when binding.
pub(crate) fn validate_addr(addr: &str) -> Result<(), String> {
    let (host, port) = addr
        .rsplit_once(':')
        .ok_or_else(|| format!("`{addr}` is not host:port"))?;
    if host.is_empty() {
        return Err(format!("`{addr}` has no host"));
    }
    port.parse::<u16>()
        .map_err(|_| format!("`{port}` is not a port number (0-65535)"))?;
    Ok(())
}

/// Only characters that occur in CSP source expressions are allowed, so the
/// value cannot end the directive (`;`), split the header (CR/LF) or smuggle
/// another policy (`,`).
pub fn validate_frame_ancestors(value: &str) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err("value is empty (use \"'none'\" to forbid all embedding)".into());
    }
    if let Some(bad) = value
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || " :/.*-'".contains(*c)))
    {
        return Err(format!(
            "character {bad:?} is not allowed; use letters, digits, spaces and :/.*-' only"
        ));
    }
    Ok(())
}

/// Turns `guide`, `/guide` or `/guide/` into `/guide/`. Segments are limited to
/// URL-safe characters so prefix matching on the raw request path is exact.
pub fn normalize_base(value: &str) -> Result<String, String> {
    let trimmed = value.trim_matches('/');
    if trimmed.is_empty() {
        return Ok("/".into());
    }
    for seg in trimmed.split('/') {
        if seg.is_empty() || seg == "." || seg == ".." {
            return Err(format!("`{value}` has an empty, `.` or `..` segment"));
        }
        if let Some(bad) = seg
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || "-._~".contains(*c)))
        {
            return Err(format!("character {bad:?} is not allowed in the prefix"));
        }
    }
    Ok(format!("/{trimmed}/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_ancestors_validation() {
        for ok in [
            "*",
            "'none'",
            "'self' https://*.example.org:8443",
            "https://a-b.example",
        ] {
            assert!(validate_frame_ancestors(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "  ",
            "'self'; script-src *",
            "a,b",
            "x\r\ny",
            "\"self\"",
            "a_b",
        ] {
            assert!(validate_frame_ancestors(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn base_normalisation() {
        assert_eq!(normalize_base("/").unwrap(), "/");
        assert_eq!(normalize_base("/guide").unwrap(), "/guide/");
        assert_eq!(normalize_base("guide/").unwrap(), "/guide/");
        assert_eq!(normalize_base("/a/b/").unwrap(), "/a/b/");
        assert!(normalize_base("/a//b/").is_err());
        assert!(normalize_base("/../").is_err());
        assert!(normalize_base("/a b/").is_err());
    }

    #[test]
    fn args() {
        assert_eq!(
            parse_args(Vec::<String>::new()),
            Ok(Command::Serve(Config::default()))
        );
        assert_eq!(parse_args(["--help"]), Ok(Command::Help));
        let Ok(Command::Serve(c)) = parse_args([
            "--dir",
            "out",
            "--addr=0.0.0.0:0",
            "--base",
            "/guide",
            "--frame-ancestors",
            "'self'",
        ]) else {
            panic!()
        };
        assert_eq!(c.dir, PathBuf::from("out"));
        assert_eq!(c.addr, "0.0.0.0:0");
        assert_eq!(c.base, "/guide/");
        assert_eq!(c.frame_ancestors, "'self'");
        assert!(parse_args(["--addr", "[::1]:8080"]).is_ok());
        for bad in [
            vec!["--dir"],
            vec!["--nope"],
            vec!["stray"],
            vec!["--addr", "8080"],
            vec!["--addr", "localhost:99999"],
            vec!["--frame-ancestors", "*; script-src *"],
            vec!["--base", "/a/../b"],
        ] {
            assert!(parse_args(bad.clone()).is_err(), "{bad:?}");
        }
        assert_eq!(
            parse_args(["--write-headers", "--dir", "out"]),
            Ok(Command::WriteHeaders(Config::new("out")))
        );
    }
}
