# Dermamap: `make serve` and `make test` set up a fresh machine themselves.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
ADDR ?= 127.0.0.1:8080

.PHONY: serve test dev bench setup setup-browsers build server test-host test-browser test-e2e clean

## serve: install what is missing, build the release, serve it on http://$(ADDR)/
serve: setup build server
	./target/release/dermamap-server --dir dist --addr $(ADDR)

## test: install what is missing, then run host, browser-unit and end-to-end tests
test: setup-browsers
	$(MAKE) test-host
	$(MAKE) test-browser
	$(MAKE) build server
	$(MAKE) test-e2e

## dev: trunk serve with live reload (debug build)
dev: setup
	trunk serve --port 8081

## bench: asset sizes and Lighthouse figures for the release build (not pass/fail)
bench: setup-browsers build server
	node tests/bench/bench.mjs

setup:
	scripts/setup.sh

setup-browsers:
	scripts/setup.sh --browsers

build:
	trunk build --release

server:
	cargo build --release -p dermamap-server

test-host:
	cargo test --workspace

test-browser:
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 cargo test -p dermamap --target wasm32-unknown-unknown

test-e2e:
	npx playwright test

clean:
	rm -rf dist target/release/dermamap-server
