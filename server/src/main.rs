//! `dermamap-server [--dir dist] [--addr 127.0.0.1:8080] [--base /] [--frame-ancestors '*']
//! [--header-timeout 10] [--idle-timeout 60] [--max-connections 10000]`
//! Flag parsing and socket setup only; request handling lives in lib.rs.

use std::process::ExitCode;

use dermamap_server::{
    app, error_head_lines, parse_args, serve_connections, write_static_headers, Command, USAGE,
};

#[tokio::main]
async fn main() -> ExitCode {
    let mut args = Vec::new();
    for arg in std::env::args_os().skip(1) {
        match arg.into_string() {
            Ok(a) => args.push(a),
            Err(a) => {
                eprintln!("dermamap-server: argument {a:?} is not valid UTF-8");
                return ExitCode::from(2);
            }
        }
    }
    let config = match parse_args(args) {
        Ok(Command::Serve(config)) => config,
        Ok(Command::WriteHeaders(config)) => {
            return match write_static_headers(&config.dir, &config.frame_ancestors) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!(
                        "dermamap-server: cannot write {}/_headers: {e}",
                        config.dir.display()
                    );
                    ExitCode::FAILURE
                }
            };
        }
        Ok(Command::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("dermamap-server: {e}\nTry `dermamap-server --help`.");
            return ExitCode::from(2);
        }
    };

    let router = match app(&config) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("dermamap-server: {e}");
            return ExitCode::FAILURE;
        }
    };
    if !config.dir.join("index.html").is_file() {
        eprintln!(
            "dermamap-server: warning: {} has no index.html; SPA fallback disabled",
            config.dir.display()
        );
    }

    let listener = match tokio::net::TcpListener::bind(&config.addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("dermamap-server: cannot listen on {}: {e}", config.addr);
            return ExitCode::FAILURE;
        }
    };
    let local = match listener.local_addr() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("dermamap-server: {e}");
            return ExitCode::FAILURE;
        }
    };
    // Parsed by tests and the Makefile: keep the format stable. With port 0
    // this is the only way to learn the real port.
    println!(
        "Dermamap serving {} on http://{local}/",
        config.dir.display()
    );
    if config.base != "/" {
        println!("(app mounted at {})", config.base);
    }

    // Leaked once: the lines live as long as the process.
    let error_head: &'static [u8] =
        Box::leak(error_head_lines(&config.frame_ancestors).into_boxed_slice());
    match serve_connections(listener, router, &config, error_head, shutdown_signal()).await {
        Ok(0) => ExitCode::SUCCESS,
        Ok(left) => {
            eprintln!("dermamap-server: stopped with {left} connection(s) still open after the drain time");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("dermamap-server: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Ctrl-C or SIGTERM (what container runtimes send) stop accepting and drain (at most
/// [`dermamap_server::DRAIN`]).
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}
