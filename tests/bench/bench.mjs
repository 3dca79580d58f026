#!/usr/bin/env node
// Dermamap benchmark: first-view transfer, Lighthouse, interaction latency and memory of the
// release build, each figure printed beside its budget (see tests/bench/README.md).
//
//   node tests/bench/bench.mjs        (needs dist/ and target/release/dermamap-server;
//                                      `make bench` builds both first)
//
// Sections (one file each in sections/, see tests/bench/README.md): 1 first-view transfer,
// 2 Lighthouse, 3 interaction, 4 memory, 5 a real slow-4G load, 6 first against repeat visit,
// 7 blocking time by route. lib/ holds the settings and budgets, the snapshot of dist/ served,
// the browser helpers and the report.
// Figures, not pass/fail: exits 0 when budgets are missed, 1 only when a figure could not be
// measured. Progress goes to stderr; stdout carries only the table. Results are written to
// bench/results/<timestamp>.json and bench/results/latest.json.
// Knobs for quick runs: BENCH_LH_RUNS (3), BENCH_TAPS (100), BENCH_SLOW_RUNS (3),
// BENCH_SKIP_LIGHTHOUSE=1. The table prints each figure of an earlier run beside this one's:
// BENCH_BEFORE=<results file> (default: bench/results/latest.json as it was; `none` for none).
import { rmSync } from "node:fs";
import { join, relative } from "node:path";
import { launchBrowser } from "./lib/browser.mjs";
import { ROOT, RESULTS, TAPS, CPU_THROTTLE, BUDGET, log } from "./lib/common.mjs";
import { readBefore, renderTable, gitDescribe, writeResults } from "./lib/report.mjs";
import { snapshotDist, startServer } from "./lib/serve.mjs";
import { measureFirstView, measureLanguages, languageRows, firstViewRows } from "./sections/first_view.mjs";
import { measureTaps, measureEstimator, interactionRows } from "./sections/interaction.mjs";
import { measureLighthouse, lighthouseRows } from "./sections/lighthouse.mjs";
import { measureMemory, memoryRows } from "./sections/memory.mjs";
import { measureRepeatVisit, repeatVisitRows } from "./sections/repeat_visit.mjs";
import { measureRouteBlocking, routeBlockingRows } from "./sections/route_blocking.mjs";
import { measureSlowLoad, slowLoadRows } from "./sections/slow_load.mjs";

/** The sections to measure (`BENCH_ONLY=slow,lighthouse`), or all. */
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(",") : null;

/** Runs one measurement; a failure becomes { error } so the other figures still get measured. */
async function attempt(name, fn, section) {
  if (ONLY && !ONLY.includes(section)) return { error: "skipped (BENCH_ONLY)" };
  log(`measuring: ${name}`);
  const t0 = Date.now();
  try {
    const result = await fn();
    log(`done: ${name} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    return result;
  } catch (e) {
    log(`FAILED: ${name}: ${e.stack || e}`);
    return { error: String(e.message || e).split("\n")[0] };
  }
}

async function main() {
  const timestamp = new Date().toISOString();
  // Read before this run writes latest.json.
  const before = readBefore();
  const dir = await snapshotDist();
  const server = await startServer(dir);
  log(`serving a snapshot of dist/ (${dir}) at ${server.url}`);
  let browser;
  try {
    browser = await launchBrowser();
    const firstView = await attempt("first-view transfer", () => measureFirstView(browser, server.url, dir), "first-view");
    const languages = await attempt("first view by language", () => measureLanguages(browser, server.url, dir), "languages");
    const taps = await attempt(`tap -> panel, ${TAPS} taps`, () => measureTaps(browser, server.url), "taps");
    const estimator = await attempt(`estimator recompute, ${TAPS} changes`, () => measureEstimator(browser, server.url), "estimator");
    const memory = await attempt("memory", () => measureMemory(browser, server.url), "memory");
    const slowLoad = await attempt("slow 4G load", () => measureSlowLoad(browser, server.url), "slow");
    const repeatVisit = await attempt("first and repeat visit", () => measureRepeatVisit(browser, server.url), "repeat");
    const routeBlocking = await attempt("blocking time by route", () => measureRouteBlocking(browser, server.url), "blocking");
    const lighthouse = process.env.BENCH_SKIP_LIGHTHOUSE
      ? { error: "skipped (BENCH_SKIP_LIGHTHOUSE)" }
      : await attempt("lighthouse", () => measureLighthouse(browser, server.url), "lighthouse");

    const rows = [
      ...(firstView.error ? [{ section: "1 first view", figure: "first view", value: `not measured: ${firstView.error}`, budget: "", verdict: "n/m" }] : firstViewRows(firstView)),
      ...languageRows(languages),
      ...lighthouseRows(lighthouse),
      ...interactionRows("tap region -> details panel", taps, BUDGET.tapP95Ms),
      ...interactionRows("estimator anchors -> cost total", estimator, null),
      ...memoryRows(memory),
      ...slowLoadRows(slowLoad),
      ...repeatVisitRows(repeatVisit),
      ...routeBlockingRows(routeBlocking),
    ];
    const meta = {
      timestamp,
      commit: gitDescribe(),
      node: process.version,
      chromium: browser.version(),
      lighthouse: lighthouse.version ?? null,
      server: server.url,
      cpuThrottleForInteraction: CPU_THROTTLE,
      units: "KiB = 1024 bytes; times in ms",
      before: before && { file: before.file, commit: before.commit ?? null, timestamp: before.timestamp ?? null, error: before.error ?? null },
    };
    const report = { meta, budgets: BUDGET, firstView, languages, lighthouse, interaction: { taps, estimator }, memory, slowLoad, repeatVisit, routeBlocking, table: rows };
    const file = writeResults(report);

    console.log(`Dermamap bench ${timestamp} (commit ${meta.commit}, ${meta.node}, Chromium ${meta.chromium}, Lighthouse ${meta.lighthouse ?? "n/a"})`);
    if (before?.error) console.log(`before: ${before.file} not read (${before.error}); this run's figures only`);
    else if (before) console.log(`before: ${before.file} (commit ${before.commit ?? "?"}, ${before.timestamp ?? "?"}); "now" is this run`);
    console.log(renderTable(rows, before));
    console.log(`verdict: ok = within budget, over = budget missed, n/m = not measured. Written to ${relative(ROOT, file)} and ${relative(ROOT, join(RESULTS, "latest.json"))}`);
    return rows.some((r) => r.verdict === "n/m") ? 1 : 0;
  } finally {
    await browser?.close();
    server.child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`bench: could not measure: ${e.stack || e}`);
    process.exit(1);
  },
);
