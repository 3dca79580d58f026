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
// BENCH_BEFORE=<results file> (default: bench/results/latest.json as it was; `none` for none),
// or BENCH_BEFORE_DIST=<a dist/ of the build before>: both builds measured in this run, their
// Lighthouse runs and first visits (sections 2 and 7) alternating.
import { rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { launchBrowser } from "./lib/browser.mjs";
import { ROOT, RESULTS, TAPS, CPU_THROTTLE, BUDGET, log } from "./lib/common.mjs";
import { beforeFromRows, readBefore, renderTable, gitDescribe, writeResults } from "./lib/report.mjs";
import { snapshotDist, startServer } from "./lib/serve.mjs";
import { measureFirstView, measureLanguages, languageRows, firstViewRows } from "./sections/first_view.mjs";
import { measureTaps, measureTapFloor, measureEstimator, interactionRows, tapFloorRows } from "./sections/interaction.mjs";
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

/** A build to measure: its snapshot of dist/ and the server serving it. */
async function serveBuild(source) {
  const dir = await snapshotDist(source);
  const server = await startServer(dir);
  return { dir, server, url: server.url };
}

/**
 * Every section, for `now` and, when given, `before` (the build before, measured in the same
 * run): sections 2 and 7, the noisy ones, alternate the two builds run by run; the others
 * measure one build, then the other.
 */
async function measureAll(browser, now, before) {
  const builds = before ? [now, before] : [now];
  const each = async (name, section, fn) => {
    const results = [];
    for (const [k, build] of builds.entries()) results.push(await attempt(k ? `${name} (build before)` : name, () => fn(build), section));
    return results;
  };
  const together = async (name, section, fn) => {
    const result = await attempt(name, () => fn(builds.map((b) => b.url)), section);
    return result.error ? builds.map(() => result) : result;
  };
  const firstView = await each("first-view transfer", "first-view", (b) => measureFirstView(browser, b.url, b.dir));
  const languages = await each("first view by language", "languages", (b) => measureLanguages(browser, b.url, b.dir));
  const taps = await each(`tap -> panel, ${TAPS} taps`, "taps", (b) => measureTaps(browser, b.url));
  // The same taps with the CPU as it is (no throttling): what a fast phone or a laptop gets.
  const tapsUnthrottled = await each(`tap -> panel, ${TAPS} taps, CPU not throttled`, "taps", (b) => measureTaps(browser, b.url, 1));
  // The browser's floor: the same probe on a page that does nothing but change a heading
  // (one page, whatever the builds: it measures the browser, not a build).
  const floor = await attempt(`tap -> text on an empty page, ${TAPS} taps`, async () => ({
    throttled: await measureTapFloor(browser),
    unthrottled: await measureTapFloor(browser, 1),
  }), "taps");
  const estimator = await each(`estimator recompute, ${TAPS} changes`, "estimator", (b) => measureEstimator(browser, b.url));
  const memory = await each("memory", "memory", (b) => measureMemory(browser, b.url));
  const slowLoad = await each("slow 4G load", "slow", (b) => measureSlowLoad(browser, b.url));
  const repeatVisit = await each("first and repeat visit", "repeat", (b) => measureRepeatVisit(browser, b.url));
  const routeBlocking = await together("blocking time by route", "blocking", (urls) => measureRouteBlocking(browser, urls));
  const lighthouse = process.env.BENCH_SKIP_LIGHTHOUSE
    ? builds.map(() => ({ error: "skipped (BENCH_SKIP_LIGHTHOUSE)" }))
    : await together("lighthouse", "lighthouse", (urls) => measureLighthouse(browser, urls));
  return builds.map((_, k) => ({
    firstView: firstView[k],
    languages: languages[k],
    lighthouse: lighthouse[k],
    interaction: { taps: taps[k], tapsUnthrottled: tapsUnthrottled[k], tapFloor: floor, estimator: estimator[k] },
    memory: memory[k],
    slowLoad: slowLoad[k],
    repeatVisit: repeatVisit[k],
    routeBlocking: routeBlocking[k],
  }));
}

/** `dir` as the README would name it: from the repository when inside it. */
function shortPath(dir) {
  const inRepo = relative(ROOT, dir);
  return inRepo && !inRepo.startsWith("..") ? inRepo : dir;
}

/** The table's rows for one build's figures. */
function rowsOf(m) {
  return [
    ...(m.firstView.error ? [{ section: "1 first view", figure: "first view", value: `not measured: ${m.firstView.error}`, budget: "", verdict: "n/m" }] : firstViewRows(m.firstView)),
    ...languageRows(m.languages),
    ...lighthouseRows(m.lighthouse),
    ...interactionRows("tap region -> details panel", m.interaction.taps, BUDGET.tapP95Ms),
    ...(m.interaction.tapsUnthrottled ? interactionRows("tap region -> details panel, CPU not throttled", m.interaction.tapsUnthrottled, BUDGET.tapP95Ms) : []),
    ...(m.interaction.tapFloor ? tapFloorRows(m.interaction.tapFloor) : []),
    ...interactionRows("estimator anchors -> cost total", m.interaction.estimator, null),
    ...memoryRows(m.memory),
    ...slowLoadRows(m.slowLoad),
    ...repeatVisitRows(m.repeatVisit),
    ...routeBlockingRows(m.routeBlocking),
  ];
}

async function main() {
  const timestamp = new Date().toISOString();
  const beforeDist = process.env.BENCH_BEFORE_DIST ? resolve(process.env.BENCH_BEFORE_DIST) : null;
  // Read before this run writes latest.json.
  const earlier = beforeDist ? null : readBefore();
  const now = await serveBuild();
  log(`serving a snapshot of dist/ (${now.dir}) at ${now.url}`);
  const builds = [now];
  let browser;
  try {
    if (beforeDist) {
      builds.push(await serveBuild(beforeDist));
      log(`and the build before, ${beforeDist} (${builds[1].dir}), at ${builds[1].url}`);
    }
    browser = await launchBrowser();
    const [measured, measuredBefore] = await measureAll(browser, now, builds[1]);
    const rows = rowsOf(measured);
    const before = measuredBefore
      ? { ...beforeFromRows(rowsOf(measuredBefore), `build in ${shortPath(beforeDist)}`), file: beforeDist }
      : earlier;
    const meta = {
      timestamp,
      commit: gitDescribe(),
      node: process.version,
      chromium: browser.version(),
      lighthouse: measured.lighthouse.version ?? null,
      server: now.url,
      cpuThrottleForInteraction: CPU_THROTTLE,
      units: "KiB = 1024 bytes; times in ms",
      before: before && { file: before.file, label: before.label ?? null, commit: before.commit ?? null, timestamp: before.timestamp ?? null, error: before.error ?? null },
    };
    const report = { meta, budgets: BUDGET, ...measured, table: rows, ...(measuredBefore ? { buildBefore: { dist: beforeDist, ...measuredBefore, table: rowsOf(measuredBefore) } } : {}) };
    const file = writeResults(report);

    console.log(`Dermamap bench ${timestamp} (commit ${meta.commit}, ${meta.node}, Chromium ${meta.chromium}, Lighthouse ${meta.lighthouse ?? "n/a"})`);
    if (before?.error) console.log(`before: ${before.file} not read (${before.error}); this run's figures only`);
    else if (measuredBefore) console.log(`before: the build in ${beforeDist}, measured in this run (sections 2 and 7 alternating with this one); "now" is dist/`);
    else if (before) console.log(`before: ${before.file} (commit ${before.commit ?? "?"}, ${before.timestamp ?? "?"}); "now" is this run`);
    console.log(renderTable(rows, before));
    console.log(`verdict: ok = within budget, over = budget missed, n/m = not measured. Written to ${relative(ROOT, file)} and ${relative(ROOT, join(RESULTS, "latest.json"))}`);
    return rows.some((r) => r.verdict === "n/m") ? 1 : 0;
  } finally {
    await browser?.close();
    for (const build of builds) {
      build.server.child.kill();
      rmSync(build.dir, { recursive: true, force: true });
    }
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`bench: could not measure: ${e.stack || e}`);
    process.exit(1);
  },
);
