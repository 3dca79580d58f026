//! The real binary, started on a port the system picks: shared by the test binaries that run
//! it (`server`, through `#[path]`, and `connections`). Not a test target of its own: cargo
//! builds a folder under `tests/` only when it has a `main.rs`.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// `dermamap-server --dir <dir> --addr 127.0.0.1:0`, started, with the first line it printed
/// (the startup line naming the address it serves).
pub fn start(dir: &Path, stderr: Stdio) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dermamap-server"))
        .args(["--dir", dir.to_str().unwrap(), "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    (child, line)
}
