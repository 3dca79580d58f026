//! A small HTTP/1.1 load generator for `make bench`'s load section: `conns` keep-alive
//! connections each send one request after another for `secs` seconds; prints one JSON line
//! with requests per second and latency percentiles. Raw sockets and Content-Length only,
//! which is all a static server answers with.
//!
//! `cargo run --release -p dermamap-server --example load -- 127.0.0.1:8080 /index.html 50 5 [gzip|br|identity]`

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn connect(addr: &str) -> Result<TcpStream, String> {
    let stream = TcpStream::connect(addr).await.map_err(|e| e.to_string())?;
    stream.set_nodelay(true).map_err(|e| e.to_string())?;
    Ok(stream)
}

/// One client: a keep-alive connection, reopened when the server closes it between
/// responses (nginx does after `keepalive_requests`); the reconnect counts in the latency.
async fn one_connection(
    addr: String,
    request: Vec<u8>,
    until: Instant,
) -> Result<Vec<Duration>, String> {
    let mut latencies = Vec::new();
    let mut stream = connect(&addr).await?;
    while Instant::now() < until {
        let start = Instant::now();
        match one_request(&mut stream, &request).await {
            Ok(()) => latencies.push(start.elapsed()),
            Err(Closed) => {
                stream = connect(&addr).await?;
                one_request(&mut stream, &request)
                    .await
                    .map_err(|e| e.to_string())?;
                latencies.push(start.elapsed());
            }
            Err(Failed(e)) => return Err(e),
        }
    }
    Ok(latencies)
}

enum RequestError {
    /// The server closed the connection before answering: reconnect.
    Closed,
    Failed(String),
}
use RequestError::{Closed, Failed};

impl std::fmt::Display for RequestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Closed => f.write_str("connection closed"),
            Failed(e) => f.write_str(e),
        }
    }
}

async fn one_request(stream: &mut TcpStream, request: &[u8]) -> Result<(), RequestError> {
    let mut buf = vec![0u8; 64 * 1024];
    let mut have = 0usize;
    {
        if stream.write_all(request).await.is_err() {
            return Err(Closed);
        }
        // Head.
        let head_end = loop {
            if let Some(p) = buf[..have].windows(4).position(|w| w == b"\r\n\r\n") {
                break p + 4;
            }
            if have == buf.len() {
                return Err(Failed("response head too large".into()));
            }
            let n = match stream.read(&mut buf[have..]).await {
                Ok(n) => n,
                Err(_) if have == 0 => return Err(Closed),
                Err(e) => return Err(Failed(e.to_string())),
            };
            if n == 0 {
                return Err(if have == 0 {
                    Closed
                } else {
                    Failed("closed mid-head".into())
                });
            }
            have += n;
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
        if !head.starts_with("http/1.1 200") {
            return Err(Failed(format!(
                "status: {}",
                head.lines().next().unwrap_or("")
            )));
        }
        let len: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|v| v.trim().parse().ok())
            .ok_or(Failed("no content-length".into()))?;
        // Body: what is buffered, then the rest. One request at a time per connection, so
        // nothing of a next response can be in the buffer.
        let mut body = have - head_end;
        while body < len {
            let n = stream
                .read(&mut buf[..])
                .await
                .map_err(|e| Failed(e.to_string()))?;
            if n == 0 {
                return Err(Failed("connection closed mid-body".into()));
            }
            body += n;
        }
    }
    Ok(())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 1)]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 4 {
        eprintln!("usage: load <host:port> <path> <connections> <seconds> [accept-encoding]");
        std::process::exit(2);
    }
    let (addr, path) = (args[0].clone(), args[1].clone());
    let conns: usize = args[2].parse().expect("connections");
    let secs: f64 = args[3].parse().expect("seconds");
    let coding = args.get(4).cloned().unwrap_or_else(|| "identity".into());
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept-Encoding: {coding}\r\nUser-Agent: dermamap-load\r\n\r\n").into_bytes();
    let started = Instant::now();
    let until = started + Duration::from_secs_f64(secs);
    let tasks: Vec<_> = (0..conns)
        .map(|_| tokio::spawn(one_connection(addr.clone(), request.clone(), until)))
        .collect();
    let mut all = Vec::new();
    let mut errors = Vec::new();
    for t in tasks {
        match t.await {
            Ok(Ok(l)) => all.extend(l),
            Ok(Err(e)) => errors.push(e),
            Err(e) => errors.push(e.to_string()),
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort();
    let pct = |p: f64| -> f64 {
        if all.is_empty() {
            return f64::NAN;
        }
        let i = ((all.len() as f64 * p).ceil() as usize).clamp(1, all.len()) - 1;
        all[i].as_secs_f64() * 1000.0
    };
    println!(
        "{{\"requests\":{},\"rps\":{:.0},\"p50_ms\":{:.2},\"p99_ms\":{:.2},\"errors\":{}}}",
        all.len(),
        all.len() as f64 / elapsed,
        pct(0.50),
        pct(0.99),
        serde_json_escape(&errors)
    );
}

fn serde_json_escape(errors: &[String]) -> String {
    let mut uniq: Vec<&String> = errors.iter().collect();
    uniq.dedup();
    let items: Vec<String> = uniq
        .iter()
        .take(3)
        .map(|e| format!("\"{}\"", e.replace('\\', "\\\\").replace('"', "'")))
        .collect();
    format!("[{}]", items.join(","))
}
