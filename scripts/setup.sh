#!/usr/bin/env bash
# Installs what Dermamap's build and tests need, skipping what is already there at the
# right version, so a second run takes seconds. Usage: scripts/setup.sh [--browsers | --nightly]
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen library in Cargo.lock.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '==> %s\n' "$*"; }

# The one pinned nightly: the release wasm's toolchain (the Makefile's `build`), with the
# source of std, which the release rebuilds at its own profile; `make fuzz` uses it too.
# `scripts/setup.sh --nightly` installs only it.
NIGHTLY=$(cat scripts/nightly-toolchain)
if ! rustup component list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src'; then
  step "installing $NIGHTLY with rust-src (about 10 seconds)"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src
fi
if [ "${1:-}" = "--nightly" ]; then exit 0; fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  step "installing trunk $TRUNK_VERSION (compiles for about 12 minutes on 2 cores)"
  # 0.22 needs a newer rustc than this machine's 1.95.
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
  step "installing wasm-bindgen-cli $WBG_VERSION (compiles for about 3 minutes)"
  # No --locked: its lockfile names a webpki-roots release the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

# wasm-split-cli: splits the wasm by route after the build (scripts/split-wasm.mjs).
WASM_SPLIT_VERSION=0.2.4
if ! command -v wasm-split-cli >/dev/null || ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  step "installing wasm-split-cli $WASM_SPLIT_VERSION (compiles for about 2 minutes)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --force
fi

# npm ci only when package-lock.json changed since the last install.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f node_modules/.dermamap-lock ] || [ "$(cat node_modules/.dermamap-lock)" != "$lock_sum" ]; then
  step "installing Node packages (npm ci)"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.dermamap-lock
fi

if [ "${1:-}" = "--browsers" ]; then
  # The tests' Debian packages, whatever is missing, in one apt round:
  # - chromium and chromium-driver: the browser-unit suites and the end-to-end tests;
  # - firefox-esr: the browser-unit suites run in both engines (make test-browser);
  # - nginx and its brotli_static module: the end-to-end tests against a real nginx
  #   (tests/e2e/nginx.mjs starts it with deploy/nginx/ on a free port; the module serves the
  #   build's .br files). nginx-light where the release has it, else nginx.
  missing=()
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    missing+=(chromium chromium-driver)
  fi
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  nginx=()
  if [ ! -x /usr/sbin/nginx ] || [ ! -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
    nginx=(libnginx-mod-http-brotli-static)
  fi
  if [ ${#missing[@]} -gt 0 ] || [ ${#nginx[@]} -gt 0 ]; then
    shown=("${missing[@]}")
    [ ${#nginx[@]} -eq 0 ] || shown+=(nginx "${nginx[@]}")
    step "installing Debian ${shown[*]}"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -q
    apt() { DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "$@"; }
    if [ ${#nginx[@]} -gt 0 ]; then
      apt "${missing[@]}" nginx-light "${nginx[@]}" || apt "${missing[@]}" nginx "${nginx[@]}"
    else
      apt "${missing[@]}"
    fi
  fi
  # geckodriver for Firefox, pinned, from crates.io.
  GECKODRIVER_VERSION=0.37.1
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR==1{print $2}')" != "$GECKODRIVER_VERSION" ]; then
    step "installing geckodriver $GECKODRIVER_VERSION (compiles for about 90 seconds)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION" --force
  fi
fi
step "tools ready: $(trunk --version), $NIGHTLY for the release wasm, wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), $(node_modules/.bin/wasm-opt --version | awk '{print $1, $3}'), wasm-split-cli $WASM_SPLIT_VERSION"
