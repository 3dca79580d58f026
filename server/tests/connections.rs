//! The accept loop against real sockets: timeouts, the connection cap, headers on errors
//! hyper writes itself, TCP_NODELAY and the drain on SIGTERM.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Command as Proc, Stdio};
use std::time::{Duration, Instant};

use dermamap_server::{app, error_head_lines, serve_connections, Config};
use tokio::sync::oneshot;

mod running;

const INDEX: &str = "<!DOCTYPE html><html><head><title>t</title><script>var x=1;</script></head><body></body></html>";
const BIG: &str = "big-1a2b3c4d5e6f7a8b.js";

fn dist() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("index.html"), INDEX).unwrap();
    std::fs::write(d.path().join(BIG), vec![b'x'; 200 * 1024]).unwrap();
    std::fs::write(d.path().join("huge.bin"), vec![b'y'; 8 * 1024 * 1024]).unwrap();
    d
}

/// Serves `dist` in this process; dropping the sender stops it.
async fn start(
    dist: &std::path::Path,
    tweak: impl FnOnce(&mut Config),
) -> (SocketAddr, oneshot::Sender<()>) {
    let mut config = Config::new(dist);
    tweak(&mut config);
    let router = app(&config).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = oneshot::channel::<()>();
    let head: &'static [u8] = Box::leak(error_head_lines("*").into_boxed_slice());
    tokio::spawn(async move {
        let _ = serve_connections(listener, router, &config, head, async {
            let _ = rx.await;
        })
        .await;
    });
    (addr, tx)
}

/// Reads until the peer closes or `limit` passes; returns what came and whether it closed.
fn read_until_closed(stream: &mut TcpStream, limit: Duration) -> (String, bool) {
    stream
        .set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    let start = Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 65536];
    while start.elapsed() < limit {
        match stream.read(&mut buf) {
            Ok(0) => return (String::from_utf8_lossy(&got).into(), true),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return (String::from_utf8_lossy(&got).into(), true),
        }
    }
    (String::from_utf8_lossy(&got).into(), false)
}

/// One request on a fresh connection; the whole response.
fn fetch(addr: SocketAddr, path: &str) -> (String, Duration) {
    let start = Instant::now();
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let (text, closed) = read_until_closed(&mut s, Duration::from_secs(5));
    assert!(closed, "no full response for {path}");
    (text, start.elapsed())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_header_is_dropped_after_the_header_timeout() {
    let d = dist();
    let (addr, _stop) = start(d.path(), |c| c.header_timeout = Duration::from_millis(500)).await;
    let started = Instant::now();
    let closed = tokio::task::spawn_blocking(move || {
        let mut s = TcpStream::connect(addr).unwrap();
        s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").unwrap();
        read_until_closed(&mut s, Duration::from_secs(5)).1
    })
    .await
    .unwrap();
    assert!(closed, "a client that never finishes its header is kept");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_keep_alive_connection_is_closed() {
    let d = dist();
    let (addr, _stop) = start(d.path(), |c| c.idle_timeout = Duration::from_millis(500)).await;
    let (first, closed, took) = tokio::task::spawn_blocking(move || {
        let mut s = TcpStream::connect(addr).unwrap();
        s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let started = Instant::now();
        let (text, closed) = read_until_closed(&mut s, Duration::from_secs(5));
        (text, closed, started.elapsed())
    })
    .await
    .unwrap();
    assert!(first.starts_with("HTTP/1.1 200"), "{first}");
    assert!(
        closed && took < Duration::from_secs(3),
        "idle connection kept for {took:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_clients_are_served_while_1000_slow_clients_wait() {
    let d = dist();
    let (addr, _stop) = start(d.path(), |_| {}).await;
    let answered = tokio::task::spawn_blocking(move || {
        let mut slow = Vec::new();
        for _ in 0..1000 {
            let mut s = TcpStream::connect(addr).unwrap();
            s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
                .unwrap();
            slow.push(s);
        }
        let mut took = Vec::new();
        for _ in 0..5 {
            let (text, t) = fetch(addr, "/");
            assert!(text.starts_with("HTTP/1.1 200"), "{text}");
            took.push(t);
        }
        drop(slow);
        took
    })
    .await
    .unwrap();
    assert!(
        answered.iter().all(|t| *t < Duration::from_secs(2)),
        "{answered:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn responses_hyper_writes_itself_carry_the_security_headers() {
    let d = dist();
    let (addr, _stop) = start(d.path(), |_| {}).await;
    let (bad, big) = tokio::task::spawn_blocking(move || {
        let mut s = TcpStream::connect(addr).unwrap();
        s.write_all(b"NOT HTTP AT ALL\r\n\r\n").unwrap();
        let bad = read_until_closed(&mut s, Duration::from_secs(3)).0;
        let mut s = TcpStream::connect(addr).unwrap();
        let huge = format!(
            "GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
            "a".repeat(1024 * 1024)
        );
        let _ = s.write_all(huge.as_bytes());
        let big = read_until_closed(&mut s, Duration::from_secs(3)).0;
        (bad, big)
    })
    .await
    .unwrap();
    for (what, res) in [("malformed", &bad), ("oversized", &big)] {
        let lower = res.to_ascii_lowercase();
        assert!(lower.starts_with("http/1.1 4"), "{what}: {res}");
        for h in [
            "content-security-policy: default-src 'none'",
            "x-content-type-options: nosniff",
            "referrer-policy: no-referrer",
        ] {
            assert!(lower.contains(h), "{what} lacks {h}: {res}");
        }
    }
    assert!(big.starts_with("HTTP/1.1 431"), "{big}");
    // Our own errors carry them too.
    let (missing, _) = fetch(addr, "/missing.js");
    assert!(
        missing.starts_with("HTTP/1.1 404")
            && missing
                .to_ascii_lowercase()
                .contains("content-security-policy: ")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keep_alive_responses_are_not_delayed_by_nagle() {
    let d = dist();
    let (addr, _stop) = start(d.path(), |_| {}).await;
    let avg = tokio::task::spawn_blocking(move || {
        let mut s = TcpStream::connect(addr).unwrap();
        // The client sends each request in one segment, so only the server can add a delay.
        s.set_nodelay(true).unwrap();
        let mut reader = BufReader::new(s.try_clone().unwrap());
        let rounds = 30;
        let request =
            format!("GET /{BIG} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n");
        let start = Instant::now();
        for _ in 0..rounds {
            s.write_all(request.as_bytes()).unwrap();
            let mut len = 0usize;
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length: ") {
                    len = v.trim().parse().unwrap();
                }
                if line == "\r\n" {
                    break;
                }
            }
            let mut body = vec![0u8; len];
            reader.read_exact(&mut body).unwrap();
        }
        start.elapsed() / rounds
    })
    .await
    .unwrap();
    // With Nagle's algorithm and delayed ACKs each streamed file waited about 40 ms.
    assert!(
        avg < Duration::from_millis(20),
        "{avg:?} per keep-alive request"
    );
}

/// The binary: SIGTERM stops accepting, lets a download in flight finish, and exits within
/// the drain time even with idle and slow connections open.
#[test]
fn sigterm_drains_within_five_seconds() {
    let d = dist();
    let (mut child, line) = running::start(d.path(), Stdio::null());
    let addr: SocketAddr = line
        .trim()
        .rsplit("http://")
        .next()
        .unwrap()
        .trim_end_matches('/')
        .parse()
        .unwrap();

    let mut idle = TcpStream::connect(addr).unwrap();
    idle.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let mut slow = TcpStream::connect(addr).unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").unwrap();
    let mut download = TcpStream::connect(addr).unwrap();
    download
        .write_all(b"GET /huge.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut first = [0u8; 1024];
    download.read_exact(&mut first).unwrap();

    let started = Instant::now();
    let status = Proc::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    // The download in flight completes in full.
    let mut rest = Vec::new();
    download
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    download.read_to_end(&mut rest).unwrap();
    let head_and_body = [&first[..], &rest[..]].concat();
    let split = head_and_body
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap()
        + 4;
    assert_eq!(
        head_and_body.len() - split,
        8 * 1024 * 1024,
        "the download was cut short"
    );

    let exit = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            started.elapsed() < Duration::from_secs(7),
            "still running after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "{exit:?}");
    assert!(
        started.elapsed() < Duration::from_millis(5500),
        "{:?}",
        started.elapsed()
    );
    assert!(
        TcpStream::connect(addr).is_err(),
        "still accepting after shutdown"
    );
    drop((idle, slow));
}
