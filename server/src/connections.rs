//! Serving connections: our own accept loop around hyper, so that each connection gets
//! TCP_NODELAY, a header-read timeout, an idle timeout and a small header buffer; the number
//! of connections stays under what the open-file limit allows; and SIGTERM or SIGINT stops
//! accepting and lets requests in flight finish for up to [`DRAIN`].

use std::future::Future;
use std::io;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{watch, Semaphore};
use tokio_util::task::TaskTracker;

use crate::guard_io::GuardedIo;
use crate::{Config, DRAIN};

/// hyper's buffer per connection, which caps a request head (431 past it; browsers send a
/// few KiB) and the memory a slow client can hold.
const MAX_HEAD_BYTES: usize = 64 * 1024;
/// File descriptors kept back for files being served, logs and the listener.
const SPARE_FILES: u64 = 64;

/// Raises the soft open-file limit to the hard one and returns how many connections fit
/// under it (each needs a socket and, while a file streams, an open file).
pub fn open_file_budget() -> u64 {
    #[cfg(unix)]
    {
        let mut lim = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit/setrlimit only read and write the struct passed.
        unsafe {
            if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) != 0 {
                return 1024;
            }
            if lim.rlim_cur < lim.rlim_max {
                let raised = libc::rlimit {
                    rlim_cur: lim.rlim_max,
                    rlim_max: lim.rlim_max,
                };
                if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                    lim = raised;
                }
            }
        }
        (lim.rlim_cur.saturating_sub(SPARE_FILES) / 2).max(16)
    }
    #[cfg(not(unix))]
    {
        1024
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then drains. Returns how many
/// connections were still open when the drain time ran out.
pub async fn serve_connections(
    listener: TcpListener,
    router: Router,
    config: &Config,
    error_headers: &'static [u8],
    shutdown: impl Future<Output = ()>,
) -> io::Result<usize> {
    let cap = (config.max_connections as u64).min(open_file_budget()) as usize;
    let permits = Arc::new(Semaphore::new(cap));
    let (stop_tx, stop_rx) = watch::channel(false);
    let tracker = TaskTracker::new();
    let header_timeout = config.header_timeout;
    let idle = config.idle_timeout;
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            p = permits.clone().acquire_owned() => match p { Ok(p) => p, Err(_) => break },
            _ = &mut shutdown => break,
        };
        let stream = tokio::select! {
            r = listener.accept() => match r {
                Ok((s, _)) => s,
                Err(e) => {
                    // Out of files or a reset before accept: wait a moment, never spin or exit.
                    if !matches!(e.kind(), io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset) {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let service = TowerToHyperService::new(router.clone());
        let mut stop = stop_rx.clone();
        tracker.spawn(async move {
            let _permit = permit;
            let io = TokioIo::new(GuardedIo::new(stream, idle, error_headers));
            let conn = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout)
                .max_buf_size(MAX_HEAD_BYTES)
                .writev(false)
                .serve_connection(io, service);
            tokio::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = async { stop.wait_for(|s| *s).await.map(|_| ()) } => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
            }
        });
    }
    drop(listener);
    let _ = stop_tx.send(true);
    tracker.close();
    let left = match tokio::time::timeout(DRAIN, tracker.wait()).await {
        Ok(()) => 0,
        Err(_) => tracker.len(),
    };
    Ok(left)
}
