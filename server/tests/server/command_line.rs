//! The command line: flags, a missing dir, and the real binary's exit codes and startup line.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command as Proc, Stdio};

use dermamap_server::{app, parse_args, Command, Config};

use crate::running;
use crate::support::{dist, fixture, served_index, sha256_source, LOADER};

#[test]
fn flag_parsing() {
    let Ok(Command::Serve(c)) = parse_args(Vec::<String>::new()) else {
        panic!()
    };
    assert_eq!(c.dir, Path::new("dist"));
    assert_eq!(c.addr, "127.0.0.1:8080");
    assert_eq!(c.frame_ancestors, "*");
    assert_eq!(c.base, "/");

    let Ok(Command::Serve(c)) = parse_args([
        "--dir",
        "out",
        "--addr",
        "0.0.0.0:0",
        "--frame-ancestors",
        "'none'",
        "--base=/guide",
    ]) else {
        panic!()
    };
    assert_eq!(
        (c.dir.to_str().unwrap(), c.addr.as_str()),
        ("out", "0.0.0.0:0")
    );
    assert_eq!(
        (c.frame_ancestors.as_str(), c.base.as_str()),
        ("'none'", "/guide/")
    );

    assert_eq!(parse_args(["--help"]), Ok(Command::Help));

    let err = |args: &[&str]| parse_args(args.iter().copied()).unwrap_err().to_string();
    assert!(err(&["--frame-ancestors", "'self'; script-src *"]).contains("frame-ancestors"));
    assert!(err(&["--frame-ancestors", "\"x\""]).contains("not allowed"));
    assert!(err(&["--frame-ancestors", ""]).contains("empty"));
    assert!(err(&["--dir"]).contains("needs a value"));
    assert!(err(&["--port", "1"]).contains("unknown option"));
    assert!(err(&["dist"]).contains("unexpected argument"));
    assert!(err(&["--addr", "nohost"]).contains("--addr"));
    assert!(err(&["--base", "/a/../b"]).contains("--base"));
}

#[test]
fn app_refuses_missing_dir() {
    let root = tempfile::tempdir().unwrap();
    assert!(app(&Config::new(root.path().join("nope"))).is_err());
}

// The real binary: exit codes and the startup line the Makefile parses.
#[test]
fn binary_exit_codes_and_startup_line() {
    let exe = env!("CARGO_BIN_EXE_dermamap-server");

    let out = Proc::new(exe)
        .args(["--frame-ancestors", "x;y"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--frame-ancestors"));

    let out = Proc::new(exe).arg("--bogus").output().unwrap();
    assert_eq!(out.status.code(), Some(2));

    let out = Proc::new(exe).arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--frame-ancestors"));

    let root = fixture();
    let dir = dist(&root);
    let (mut child, line) = running::start(&dir, Stdio::inherit());
    let result = std::panic::catch_unwind(|| {
        let prefix = format!("Dermamap serving {} on http://", dir.display());
        assert!(line.starts_with(&prefix), "{line:?}");
        let addr = line[prefix.len()..].trim_end().strip_suffix('/').unwrap();
        assert!(!addr.ends_with(":0"), "real port printed: {addr}");

        let mut s = std::net::TcpStream::connect(addr).unwrap();
        write!(
            s,
            "GET /map/nape HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut resp = String::new();
        s.read_to_string(&mut resp).unwrap();
        assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
        assert!(resp
            .to_ascii_lowercase()
            .contains("content-security-policy: default-src 'self'"));
        assert!(resp.contains(&sha256_source(LOADER)));
        assert!(resp.ends_with(&served_index("/")));
    });
    child.kill().unwrap();
    child.wait().unwrap();
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}
