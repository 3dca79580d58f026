# Dermamap: `make serve` and `make test` set up a fresh machine themselves.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
ADDR ?= 127.0.0.1:8080
# Where the site will be served: the sitemap's and canonical links' addresses (the prerender
# writes them at build time). Set it for a production build: make build SITE_URL=https://...
SITE_URL ?= http://$(ADDR)/
export DERMAMAP_SITE_URL := $(SITE_URL)

.PHONY: serve test dev bench setup setup-browsers build server lint test-host test-browser test-e2e test-debug-hydration clean fuzz

## serve: install what is missing, build the release, serve it on http://$(ADDR)/
serve: setup build server
	./target/release/dermamap-server --dir dist --addr $(ADDR)

## test: install what is missing, then check formatting and lints, run host, browser-unit
## and end-to-end tests
test: setup-browsers
	$(MAKE) lint
	$(MAKE) test-host
	$(MAKE) test-browser
	$(MAKE) build server
	$(MAKE) test-e2e
	$(MAKE) test-debug-hydration

## dev: trunk serve with live reload (debug build)
dev: setup server
	trunk serve --port 8081

## bench: asset sizes, Lighthouse figures and a load test against nginx for the release build (not pass/fail)
bench: setup-browsers build server
	cargo run --quiet --release -p dermamap-core --example estimate_bench
	node tests/bench/bench.mjs
	cargo build --quiet --release -p dermamap-server --example load
	node tests/bench/load.mjs

setup:
	scripts/setup.sh

setup-browsers:
	scripts/setup.sh --browsers

## build: the release in dist/, with dist/_headers written by dermamap-server (one CSP). The
## wasm is built with the pinned nightly and the flags of RELEASE_WASM_ENV: README.md, "The
## release wasm's own std".
NIGHTLY := $(shell cat scripts/nightly-toolchain)
RELEASE_WASM_ENV := RUSTUP_TOOLCHAIN=$(NIGHTLY) \
	CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
build: server
	@scripts/setup.sh
	$(RELEASE_WASM_ENV) trunk build --release
	./target/release/dermamap-server --dir dist --write-headers

## server: dermamap-server and the prerender (Trunk's post-build hook runs it), one cargo run
server:
	cargo build --release -p dermamap-server -p dermamap-prerender

## lint: rustfmt and clippy (warnings are errors) on the host crates and the wasm app
lint:
	cargo fmt --all --check
	cd fuzz && cargo fmt --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p dermamap --features hydrate --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy -p dermamap --features hydrate,split --target wasm32-unknown-unknown -- -D warnings
	# The domain's docs, private files included (their links are how the modules name them).
	RUSTDOCFLAGS="-D warnings" cargo doc -p dermamap-core --no-deps --document-private-items

test-host:
	cargo test --workspace
	node --test tests/scripts/

## test-browser: the components and storage in headless Chromium, then in headless Firefox
## (one build: the same test wasm runs in both)
test-browser:
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 cargo test -p dermamap --features hydrate --target wasm32-unknown-unknown
	GECKODRIVER=$(HOME)/.cargo/bin/geckodriver WASM_BINDGEN_TEST_TIMEOUT=120 cargo test -p dermamap --features hydrate --target wasm32-unknown-unknown

test-e2e:
	npx playwright test

## test-debug-hydration: a debug build (prerendered like the release) hydrates every page
## without a warning; only a debug build names the place of a mismatch
test-debug-hydration: server
	trunk build --dist target/dist-debug
	DERMAMAP_DEBUG_DIST=target/dist-debug npx playwright test tests/e2e/debug-hydration.spec.mjs

clean:
	rm -rf dist target/release/dermamap-server

## fuzz: install cargo-fuzz if missing, fuzz with the pinned nightly (scripts/nightly-toolchain) each parser of outside input for FUZZ_SECONDS
## (per target); fails on any crash, panic, timeout (5 s per input) or 2 GB RSS. New inputs
## go to fuzz/target/corpus/ (not committed); reproducers to fuzz/artifacts/. See fuzz/README.md.
FUZZ_SECONDS ?= 30
FUZZ_TARGETS ?= estimator_query stored_plans import_file embed_config
fuzz:
	@scripts/setup.sh --nightly
	@cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked || cargo install cargo-fuzz
	@failed=""; for t in $(FUZZ_TARGETS); do \
		mkdir -p "$(CURDIR)/fuzz/target/corpus/$$t"; \
		dict=""; [ -f "$(CURDIR)/fuzz/dicts/$$t.dict" ] && dict="-dict=$(CURDIR)/fuzz/dicts/$$t.dict"; \
		echo "== fuzz $$t for $(FUZZ_SECONDS)s"; \
		cargo +$(NIGHTLY) fuzz run --fuzz-dir fuzz $$t "$(CURDIR)/fuzz/target/corpus/$$t" "$(CURDIR)/fuzz/corpus/$$t" -- \
			-max_total_time=$(FUZZ_SECONDS) -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 $$dict || failed="$$failed $$t"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: failures in:$$failed (reproducers in fuzz/artifacts/)"; exit 1; fi
