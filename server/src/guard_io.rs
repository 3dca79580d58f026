//! The socket as hyper sees it, with two guards hyper does not give:
//!
//! - an idle timeout: a connection with nothing read or written for `idle` is closed (hyper's
//!   header-read timeout covers a slow header, not a silent keep-alive connection);
//! - security headers on responses hyper writes itself (400 for a malformed request, 431 for
//!   an oversized header): such a head lacks our Content-Security-Policy, so the headers are
//!   added after its status line. Our own responses always carry them and pass unchanged.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};

pub(crate) struct GuardedIo<T> {
    inner: T,
    idle: Duration,
    deadline: Pin<Box<Sleep>>,
    /// The last read or write: the deadline is moved only when it fires (moving a timer on
    /// every read and write would cost more than the reads).
    last: Instant,
    /// Header lines (each ending in CRLF) added to a head that lacks them.
    extra: &'static [u8],
    /// A patched head still to be written.
    pending: Vec<u8>,
    written: usize,
}

impl<T> GuardedIo<T> {
    pub(crate) fn new(inner: T, idle: Duration, extra: &'static [u8]) -> Self {
        GuardedIo {
            inner,
            idle,
            deadline: Box::pin(tokio::time::sleep(idle)),
            last: Instant::now(),
            extra,
            pending: Vec::new(),
            written: 0,
        }
    }

    fn touch(&mut self) {
        self.last = Instant::now();
    }

    /// Ready when the connection has been idle for `idle`; otherwise re-arms the timer for
    /// the time left and is pending.
    fn poll_idle(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        loop {
            ready!(self.deadline.as_mut().poll(cx));
            let due = self.last + self.idle;
            if due <= Instant::now() {
                return Poll::Ready(());
            }
            self.deadline.as_mut().reset(due);
        }
    }
}

impl<T: AsyncWrite + Unpin> GuardedIo<T> {
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while self.written < self.pending.len() {
            let n =
                ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending[self.written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.written += n;
            self.touch();
        }
        self.pending.clear();
        self.written = 0;
        Poll::Ready(Ok(()))
    }
}

/// `buf` with `extra` after the status line, when `buf` starts a response head that has no
/// Content-Security-Policy; `None` otherwise.
pub(crate) fn patch_head(buf: &[u8], extra: &[u8]) -> Option<Vec<u8>> {
    if !(buf.starts_with(b"HTTP/1.1 ") || buf.starts_with(b"HTTP/1.0 ")) {
        return None;
    }
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = buf[..end].to_ascii_lowercase();
    if head.windows(24).any(|w| w == b"content-security-policy:") {
        return None;
    }
    let line_end = buf.windows(2).position(|w| w == b"\r\n")? + 2;
    let mut out = Vec::with_capacity(buf.len() + extra.len());
    out.extend_from_slice(&buf[..line_end]);
    out.extend_from_slice(extra);
    out.extend_from_slice(&buf[line_end..]);
    Some(out)
}

impl<T: AsyncRead + Unpin> AsyncRead for GuardedIo<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        match Pin::new(&mut this.inner).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                if buf.filled().len() > before {
                    this.touch();
                }
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => match this.poll_idle(cx) {
                Poll::Ready(()) => Poll::Ready(Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "idle connection",
                ))),
                Poll::Pending => Poll::Pending,
            },
        }
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for GuardedIo<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        if let Some(patched) = patch_head(buf, this.extra) {
            this.pending = patched;
            this.written = 0;
            if let Poll::Ready(Err(e)) = this.drain(cx) {
                return Poll::Ready(Err(e));
            }
            return Poll::Ready(Ok(buf.len()));
        }
        let n = ready!(Pin::new(&mut this.inner).poll_write(cx, buf))?;
        this.touch();
        Poll::Ready(Ok(n))
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        Pin::new(&mut this.inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        Pin::new(&mut this.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_without_our_policy_get_the_headers() {
        let extra =
            b"content-security-policy: default-src 'none'\r\nx-content-type-options: nosniff\r\n";
        let hyper_400 = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\ndate: x\r\n\r\n";
        let out = String::from_utf8(patch_head(hyper_400, extra).unwrap()).unwrap();
        assert_eq!(
            out,
            "HTTP/1.1 400 Bad Request\r\ncontent-security-policy: default-src 'none'\r\nx-content-type-options: nosniff\r\ncontent-length: 0\r\ndate: x\r\n\r\n"
        );
        let ours = b"HTTP/1.1 200 OK\r\nContent-Security-Policy: x\r\n\r\nbody";
        assert_eq!(patch_head(ours, extra), None);
        assert_eq!(patch_head(b"body bytes HTTP/1.1 ", extra), None);
        assert_eq!(patch_head(b"HTTP/1.1 200 OK\r\npartial", extra), None);
    }
}
