#!/usr/bin/env node
// Dermamap benchmark: first-view transfer, Lighthouse, interaction latency and memory of the
// release build, each figure printed beside its budget (see tests/bench/README.md).
//
//   node tests/bench/bench.mjs        (needs dist/ and target/release/dermamap-server;
//                                      `make bench` builds both first)
//
// Sections: 1 first-view transfer, 2 Lighthouse, 3 interaction, 4 memory, 5 a real slow-4G load,
// 6 first against repeat visit (see tests/bench/README.md).
// Figures, not pass/fail: exits 0 when budgets are missed, 1 only when a figure could not be
// measured. Progress goes to stderr; stdout carries only the table. Results are written to
// bench/results/<timestamp>.json and bench/results/latest.json.
// Knobs for quick runs: BENCH_LH_RUNS (3), BENCH_TAPS (100), BENCH_SLOW_RUNS (3),
// BENCH_SKIP_LIGHTHOUSE=1.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { LANG_FILE } from "../../scripts/precache.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, "dist");
const SERVER = join(ROOT, "target/release/dermamap-server");
const RESULTS = process.env.BENCH_RESULTS ? resolve(process.env.BENCH_RESULTS) : join(ROOT, "bench/results");

const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";
const CHROME_FLAGS = ["--disable-gpu", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const LH_ROUTES = ["/", "/map/nape", "/estimator", "/aftercare", "/embed"];
const LH_RUNS = Number(process.env.BENCH_LH_RUNS || 3);
const TAPS = Number(process.env.BENCH_TAPS || 100);
const WARMUP = 5; // interactions before the measured ones (JIT, first-render caches)
const CPU_THROTTLE = 4;
// A mid-range phone, close to Lighthouse's mobile emulation.
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

const KiB = 1024;
// Issue 17's budgets: first view of / at most 150 KB transferred (aim 100), Lighthouse 100,
// LCP <= 1.0 s, blocking time <= 50 ms, CLS 0, the map usable within 1.5 s on slow 4G, tap to
// painted p95 <= 16 ms.
const BUDGET = { firstViewSent: 150 * KiB, score: 100, lcpMs: 1000, tbtMs: 50, cls: 0, tapP95Ms: 16, slowUsableMs: 1500 };

// ---------------------------------------------------------------------------------------------
// Small helpers

const log = (...a) => console.error("[bench]", ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const kib = (b) => (b == null ? "n/a" : `${(b / KiB).toFixed(1)} KiB`);
const ms = (v) => (v == null ? "n/a" : `${v.toFixed(1)} ms`);
const secs = (v) => (v == null ? "n/a" : `${(v / 1000).toFixed(2)} s`);

function median(values) {
  const v = values.filter((x) => x != null).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  const v = values.filter((x) => x != null).sort((a, b) => a - b);
  return v.length ? v[Math.max(0, Math.ceil((p / 100) * v.length) - 1)] : null;
}

const stats = (values) => ({ n: values.length, median: median(values), p95: percentile(values, 95), max: percentile(values, 100) });

/** "ok" when value <= limit, "over" when not, "n/m" when there is no value. */
function verdict(value, limit, atLeast = false) {
  if (value == null) return "n/m";
  return (atLeast ? value >= limit : value <= limit) ? "ok" : "over";
}

// ---------------------------------------------------------------------------------------------
// Serving a snapshot of dist/
//
// Other people rebuild dist/ while the bench runs, and dermamap-server hashes index.html's
// inline scripts for its CSP when it starts; serving a private copy keeps the files, the CSP
// and the sizes we compute consistent for the whole run.

async function snapshotDist() {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/index.html is missing: run `make build` first");
  for (let attempt = 1; attempt <= 5; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), "dermamap-bench-"));
    cpSync(DIST, dir, { recursive: true });
    if (referencedFilesExist(dir)) return dir;
    rmSync(dir, { recursive: true, force: true });
    log(`dist/ is changing (build in progress?), retrying snapshot (${attempt}/5)`);
    await sleep(3000);
  }
  throw new Error("dist/ kept changing: could not take a consistent snapshot");
}

function referencedFilesExist(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const refs = [...html.matchAll(/["'](?:\.\/)?([\w./-]+\.(?:js|wasm|css))["']/g)].map((m) => m[1]);
  return refs.length > 0 && refs.every((f) => existsSync(join(dir, f)));
}

function startServer(dir) {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`make server\` first`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(SERVER, ["--dir", dir, "--addr", "127.0.0.1:0"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const collect = (chunk) => {
      out += chunk;
      const m = out.match(/^Dermamap serving .+ on (http:\/\/\S+?)\/?$/m);
      if (m) resolvePromise({ url: m[1], child });
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", (c) => (out += c));
    child.on("exit", (code) => reject(new Error(`dermamap-server exited with ${code}: ${out.trim()}`)));
    setTimeout(() => reject(new Error(`dermamap-server did not start within 10 s: ${out.trim()}`)), 10_000);
  });
}

// ---------------------------------------------------------------------------------------------
// Browser helpers (Playwright)

async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--headless", ...CHROME_FLAGS] });
}

async function newPage(browser, { cpuThrottle = 1 } = {}) {
  const context = await browser.newContext(MOBILE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuThrottle !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottle });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return { context, page, cdp, errors };
}

/** The wasm app runs once it has hydrated the prerendered page and shown the device's state
 * (`<html data-app="ready">`, set by the app). */
const APP_MOUNTED = 'html[data-app="ready"]';

async function appReady(page) {
  await page.locator(APP_MOUNTED).waitFor({ state: "attached", timeout: 30_000 });
}

/** A point inside a region's own shape (a pair of zones has its centre elsewhere). */
async function regionPoint(page, id) {
  const region = page.getByTestId(`region-${id}`);
  await region.scrollIntoViewIfNeeded();
  const point = await region.evaluate((g) => {
    const r = g.getBoundingClientRect();
    for (let fy = 0.5; fy < 1; fy += 0.05) {
      for (const y of [r.y + r.height * fy, r.y + r.height * (1 - fy)]) {
        for (let fx = 0.05; fx < 1; fx += 0.05) {
          const x = r.x + r.width * fx;
          if (document.elementFromPoint(x, y)?.closest("[data-testid^=region-]") === g) return { x, y };
        }
      }
    }
    return null;
  });
  if (!point) throw new Error(`no tappable spot inside region ${id}`);
  return point;
}

/**
 * Runs in the page. Arms window.__benchProbe: a promise that resolves once `selector`'s text
 * differs from what it is now, with times measured from the first of `startEvents` (capture
 * phase on window, so before any app handler):
 *   dom     - the text changed (MutationObserver),
 *   frame   - the next animation frame began (that frame paints the change),
 *   painted - a second animation frame began (the change has been painted).
 */
function armProbe({ selector, startEvents }) {
  const text = () => document.querySelector(selector)?.textContent ?? null;
  const before = text();
  // The browser's own measure of the interaction (Event Timing, what INP reads): from the
  // input's timestamp to the paint after its handlers, for the interaction that starts after
  // the probe is armed (its input timestamp can be well before the handler runs: a busy page's
  // input delay is part of the figure). Entries under 16 ms are not reported (the API's
  // floor): an input without an entry counts as 16 ms; no input at all is missing (null),
  // never a number.
  const armedAt = performance.now();
  // Whether a person's input (not a script's) came after arming: a tap or a key press.
  let input = false;
  for (const type of ["pointerdown", "keydown"]) {
    addEventListener(type, (e) => { input ||= e.isTrusted; }, { capture: true, once: true });
  }
  const events = [];
  const timing = new PerformanceObserver((list) => events.push(...list.getEntries()));
  timing.observe({ type: "event", durationThreshold: 16 });
  const nextPaint = () => new Promise((resolve) => {
    setTimeout(() => {
      timing.disconnect();
      const mine = events.filter((e) => e.interactionId > 0 && e.startTime >= armedAt);
      if (mine.length) {
        // Every entry of the first interaction after arming (pointerdown, pointerup, click
        // or keydown, keyup): its duration is the longest of them.
        const id = Math.min(...mine.map((e) => e.interactionId));
        resolve(Math.max(...mine.filter((e) => e.interactionId === id).map((e) => e.duration)));
      } else if (input) {
        resolve(16);
      } else {
        resolve(null);
      }
    }, 300);
  });
  window.__benchProbe = new Promise((resolve, reject) => {
    let start = null;
    const onStart = () => (start ??= performance.now());
    for (const type of startEvents) addEventListener(type, onStart, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (start === null || text() === before) return;
      observer.disconnect();
      clearTimeout(timer);
      const dom = performance.now() - start;
      requestAnimationFrame(() => {
        const frame = performance.now() - start;
        requestAnimationFrame(() => {
          const painted = performance.now() - start;
          nextPaint().then((event) => resolve({ dom, frame, painted, event }));
        });
      });
    });
    observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${selector} did not change within 10 s`));
    }, 10_000);
  });
}

const probeResult = (page) => page.evaluate(() => window.__benchProbe);

// ---------------------------------------------------------------------------------------------
// 1. First-view transfer

async function firstViewRequests(browser, base, path = "/") {
  const context = await browser.newContext(MOBILE);
  const requests = [];
  context.on("request", (r) => requests.push(r));
  const page = await context.newPage();
  await page.goto(`${base}${path}`, { waitUntil: "load" });
  await appReady(page);
  await page.getByTestId("body-figure").waitFor();
  await page.waitForLoadState("networkidle");
  // Headless Chromium does not fetch the favicon or the manifest; a real browser does.
  const linked = await page.$$eval('link[rel~="icon"], link[rel="manifest"], link[rel="apple-touch-icon"]', (ls) => ls.map((l) => l.href));
  const seen = new Map();
  for (const r of requests) {
    if (!/^https?:/.test(r.url()) || seen.has(r.url())) continue;
    const response = await r.response();
    const headers = response ? await response.allHeaders() : {};
    const sizes = response ? await r.sizes().catch(() => null) : null;
    seen.set(r.url(), {
      url: r.url(),
      type: r.resourceType(),
      status: response?.status() ?? null,
      encoding: headers["content-encoding"] || "identity",
      // Chromium reports a negative body size for a response it took from a cache while a
      // fetch of the same file was under way (a page's prefetch racing the worker's
      // precache): not a size.
      transferred: sizes && sizes.responseBodySize >= 0 ? sizes.responseBodySize : null,
      serviceWorker: Boolean(r.serviceWorker()),
      fetched: true,
    });
  }
  for (const url of linked) {
    if (!seen.has(url)) seen.set(url, { url, type: "linked", status: null, encoding: null, transferred: null, serviceWorker: false, fetched: false });
  }
  await context.close();
  return [...seen.values()];
}

/** The file in the served directory that a URL maps to; the SPA shell for routes. */
function fileForUrl(dir, base, url) {
  let path = decodeURIComponent(new URL(url).pathname);
  if (!url.startsWith(base)) return null;
  path = path.replace(/^\/+/, "");
  const file = resolve(dir, path);
  if (!file.startsWith(dir + sep) && file !== dir) return null;
  if (path === "" || !existsSync(file) || statSync(file).isDirectory()) return join(dir, "index.html");
  return file;
}

function compressedSizes(file) {
  const data = readFileSync(file);
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
}

async function measureFirstView(browser, base, dir, path = "/") {
  const requests = await firstViewRequests(browser, base, path);
  const assets = [];
  for (const r of requests) {
    const file = fileForUrl(dir, base, r.url);
    const name = file ? file.slice(dir.length + 1) : new URL(r.url).pathname;
    assets.push({ ...r, file: file ? name : null, ...(file ? compressedSizes(file) : { raw: null, gzip: null, brotli: null }) });
  }
  const firstView = assets.filter((a) => !a.serviceWorker);
  const sum = (key) => firstView.reduce((t, a) => t + (a[key] ?? 0), 0);
  const total = { raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli"), transferred: sum("transferred") };
  return { assets, total, budgetSent: BUDGET.firstViewSent };
}

// Issue 18: what a visitor of one language downloads, each home page in turn; a language's
// text (lang/<code>-<version>.json, and lang/<code>.pages-<version>.json if a page's code asks
// for it) must be the only one fetched.
const LANGUAGE_HOMES = [["en", "/"], ["es", "/es"], ["de", "/de"]];

async function measureLanguages(browser, base, dir) {
  const out = [];
  for (const [lang, path] of LANGUAGE_HOMES) {
    const fv = await measureFirstView(browser, base, dir, path);
    // The text the page fetched, and what the service worker then precached.
    const text = fv.assets.filter((a) => LANG_FILE.test((a.file ?? "").replace(/^.*?(?=lang\/)/, "")));
    const catalogs = text.map((a) => a.file);
    const precached = text.filter((a) => a.serviceWorker).map((a) => a.file);
    out.push({ lang, path, total: fv.total, count: fv.assets.filter((a) => !a.serviceWorker).length, catalogs, precached });
  }
  return out;
}

function languageRows(langs) {
  if (langs.error) return [{ section: "1b first view by language", figure: "languages", value: `not measured: ${langs.error}`, budget: "", verdict: "n/m" }];
  return langs.map((l) => {
    const others = l.catalogs.filter((c) => LANG_FILE.exec(c.replace(/^.*?(?=lang\/)/, ""))?.[1] !== l.lang);
    return {
      section: "1b first view by language",
      figure: `${l.lang} ${l.path} (${l.count} assets; text: ${l.catalogs.map((c) => (l.precached?.includes(c) ? `${c} (service worker)` : c)).join(", ") || "none fetched"})`,
      value: `raw ${kib(l.total.raw)} | br ${kib(l.total.brotli)} | sent ${kib(l.total.transferred)}`,
      budget: "no other language's text",
      verdict: others.length ? `FAIL (${others.join(", ")})` : "ok",
    };
  });
}

function firstViewRows(fv) {
  const rows = fv.assets.map((a) => ({
    section: "1 first view",
    figure: `${a.file ?? a.url} (${a.serviceWorker ? "service worker" : a.type}${a.fetched ? "" : ", linked, not fetched headless"})`,
    value: `raw ${kib(a.raw)} | gz ${kib(a.gzip)} | br ${kib(a.brotli)}` + (a.fetched ? ` | sent ${a.encoding} ${kib(a.transferred)}` : ""),
    budget: "",
    verdict: "",
  }));
  const t = fv.total;
  rows.push({
    section: "1 first view",
    figure: `TOTAL (${fv.assets.filter((a) => !a.serviceWorker).length} assets)`,
    value: `raw ${kib(t.raw)} | gz ${kib(t.gzip)} | br ${kib(t.brotli)} | sent ${kib(t.transferred)}`,
    budget: `sent <= ${kib(BUDGET.firstViewSent)}`,
    verdict: verdict(t.transferred, BUDGET.firstViewSent),
  });
  // What paints before the app: index.html alone carries the static first screen and the
  // whole stylesheet. Shown for the record; the budget above counts the app too.
  const doc = fv.assets.find((a) => a.type === "document");
  if (doc) {
    rows.push({
      section: "1 first view",
      figure: "static first screen (index.html only)",
      value: `raw ${kib(doc.raw)} | gz ${kib(doc.gzip)} | br ${kib(doc.brotli)}`,
      budget: "",
      verdict: "",
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 2. Lighthouse (mobile, default simulated throttling)

async function loadLighthouse() {
  const { default: lighthouse } = await import("lighthouse");
  const launcher = await import("chrome-launcher");
  const { version } = JSON.parse(readFileSync(join(ROOT, "node_modules/lighthouse/package.json"), "utf8"));
  return { lighthouse, launcher, version };
}

async function lighthouseOnce({ lighthouse, launcher }, url) {
  const chrome = await launcher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...CHROME_FLAGS] });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      formFactor: "mobile",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
    const metric = (a) => lhr.audits[a]?.numericValue ?? null;
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      fcp: metric("first-contentful-paint"),
      lcp: metric("largest-contentful-paint"),
      tbt: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      failedAudits: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
        .map((a) => a.id),
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}

/** What the route shows: the app's not-found page counts as "not implemented". */
async function routeNote(browser, base, route) {
  const { context, page } = await newPage(browser);
  try {
    const response = await page.goto(`${base}${route}`);
    await appReady(page);
    const notFound = await page.getByTestId("not-found").count();
    return notFound ? `HTTP ${response.status()}, app shows its not-found page (route not implemented)` : "";
  } catch (e) {
    return `route check failed: ${e.message.split("\n")[0]}`;
  } finally {
    await context.close();
  }
}

async function measureLighthouse(browser, base) {
  let lh;
  try {
    lh = await loadLighthouse();
  } catch (e) {
    return { error: `lighthouse cannot run on node ${process.version}: ${e.message.split("\n")[0]}` };
  }
  const routes = {};
  for (const route of LH_ROUTES) {
    const runs = [];
    const errors = [];
    for (let i = 1; i <= LH_RUNS; i++) {
      log(`lighthouse ${route} run ${i}/${LH_RUNS}`);
      try {
        runs.push(await lighthouseOnce(lh, `${base}${route}`));
      } catch (e) {
        errors.push(e.message.split("\n")[0]);
      }
    }
    const med = {};
    for (const k of ["performance", "accessibility", "bestPractices", "seo", "fcp", "lcp", "tbt", "cls"]) med[k] = median(runs.map((r) => r[k]));
    const failedAudits = [...new Set(runs.flatMap((r) => r.failedAudits))];
    routes[route] = { runs, errors, median: runs.length ? med : null, failedAudits, note: await routeNote(browser, base, route) };
  }
  return { version: lh.version, runsPerRoute: LH_RUNS, routes };
}

function lighthouseRows(lh) {
  const section = "2 lighthouse";
  if (lh.error) return [{ section, figure: "all routes", value: `not measured: ${lh.error}`, budget: "", verdict: "n/m" }];
  const rows = [];
  for (const [route, r] of Object.entries(lh.routes)) {
    const label = (what) => `${route} ${what}`;
    if (!r.median) {
      rows.push({ section, figure: label("all"), value: `not measured: ${r.errors.join("; ")}`, budget: "", verdict: "n/m" });
      continue;
    }
    const m = r.median;
    const scores = [m.performance, m.accessibility, m.bestPractices, m.seo];
    const note = [r.note, r.errors.length ? `${r.errors.length} run(s) failed: ${r.errors[0]}` : ""].filter(Boolean).join("; ");
    rows.push({
      section,
      figure: label("perf/a11y/bp/seo"),
      value: scores.map((s) => s ?? "n/a").join(" / ") + (note ? `  [${note}]` : ""),
      budget: "100 / 100 / 100 / 100",
      verdict: scores.some((s) => s == null) ? "n/m" : verdict(Math.min(...scores), BUDGET.score, true),
    });
    rows.push({ section, figure: label("FCP"), value: secs(m.fcp), budget: "", verdict: "" });
    rows.push({ section, figure: label("LCP"), value: secs(m.lcp), budget: `<= ${secs(BUDGET.lcpMs)}`, verdict: verdict(m.lcp, BUDGET.lcpMs) });
    rows.push({ section, figure: label("TBT"), value: m.tbt == null ? "n/a" : `${Math.round(m.tbt)} ms`, budget: `${BUDGET.tbtMs} ms`, verdict: verdict(m.tbt, BUDGET.tbtMs) });
    rows.push({ section, figure: label("CLS"), value: m.cls == null ? "n/a" : m.cls.toFixed(3), budget: `${BUDGET.cls}`, verdict: verdict(m.cls, BUDGET.cls) });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 3. Interaction latency (4x CPU throttling)

async function measureTaps(browser, base) {
  const { context, page, errors } = await newPage(browser, { cpuThrottle: CPU_THROTTLE });
  try {
    await page.goto(`${base}/`);
    await appReady(page);
    await page.getByTestId("view-front").click();
    const regions = ["hip", "belly"];
    const samples = [];
    for (let i = 0; i < WARMUP + TAPS; i++) {
      const point = await regionPoint(page, regions[i % 2]);
      await page.evaluate(armProbe, { selector: "[data-testid=region-details] h2", startEvents: ["pointerdown", "click"] });
      await page.touchscreen.tap(point.x, point.y);
      const sample = await probeResult(page);
      if (i >= WARMUP) samples.push(sample);
    }
    return summarise(samples, errors);
  } finally {
    await context.close();
  }
}

async function measureEstimator(browser, base) {
  const { context, page, errors } = await newPage(browser, { cpuThrottle: CPU_THROTTLE });
  try {
    await page.goto(`${base}/estimator?procedure=dermal&region=hip`);
    await appReady(page);
    const anchors = page.getByTestId("anchors");
    await page.getByTestId("cost-total").waitFor();
    await anchors.focus();
    const samples = [];
    for (let i = 0; i < WARMUP + TAPS; i++) {
      // A key press, as a person changes the number (an interaction Event Timing measures;
      // Playwright's fill() is none): up, then down, each a different total.
      await page.evaluate(armProbe, { selector: "[data-testid=cost-total]", startEvents: ["input"] });
      await page.keyboard.press(i % 2 === 0 ? "ArrowUp" : "ArrowDown");
      const sample = await probeResult(page);
      if (i >= WARMUP) samples.push(sample);
    }
    return summarise(samples, errors);
  } finally {
    await context.close();
  }
}

function summarise(samples, errors) {
  return {
    cpuThrottle: CPU_THROTTLE,
    warmup: WARMUP,
    domMs: stats(samples.map((s) => s.dom)),
    frameMs: stats(samples.map((s) => s.frame)),
    paintedMs: stats(samples.map((s) => s.painted)),
    eventMs: stats(samples.map((s) => s.event).filter((v) => v != null)),
    eventMissing: samples.filter((s) => s.event == null).length,
    pageErrors: errors,
    samples: samples.map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v == null ? null : Math.round(v * 10) / 10]))),
  };
}

function interactionRows(name, result, budgetP95) {
  const section = "3 interaction";
  if (result.error) return [{ section, figure: name, value: `not measured: ${result.error}`, budget: "", verdict: "n/m" }];
  const fmt = (s) => `median ${ms(s.median)} | p95 ${ms(s.p95)} (n=${s.n})`;
  return [
    { section, figure: `${name}: DOM updated`, value: fmt(result.domMs), budget: "", verdict: "" },
    {
      section,
      // The second frame callback runs a whole frame after the one before the paint: this
      // figure is never under 16.7 ms (60 Hz), whatever the app does.
      figure: `${name}: painted (2x rAF; one frame more than the paint)`,
      value: fmt(result.paintedMs),
      budget: budgetP95 == null ? "" : `p95 <= ${budgetP95} ms`,
      verdict: budgetP95 == null ? "" : verdict(result.paintedMs.p95, budgetP95),
    },
    ...(result.eventMs ? [{
      section,
      figure: `${name}: input to next paint (Event Timing, as INP; 16 = under 16)`,
      value: result.eventMs.n === 0
        ? "not measured: no interaction was counted"
        : fmt(result.eventMs) + (result.eventMissing ? `, ${result.eventMissing} not counted` : ""),
      budget: budgetP95 == null ? "" : `p95 <= ${budgetP95} ms`,
      verdict: budgetP95 == null ? "" : verdict(result.eventMs.p95, budgetP95),
    }] : []),
  ];
}

// ---------------------------------------------------------------------------------------------
// 4. Memory after using every tool

/** Runs in the page before any script: keeps the wasm instance's exported memory. */
function hookWasmMemory() {
  const keep = (how) => (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result?.instance;
    const memory = instance?.exports?.memory;
    if (memory instanceof WebAssembly.Memory && !window.__benchWasm) window.__benchWasm = { memory, how };
    return result;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then(keep(`WebAssembly.${name}`));
    };
  }
  addEventListener("TrunkApplicationStarted", (e) => keep("TrunkApplicationStarted")({ instance: { exports: e.detail?.wasm } }));
}

async function memorySnapshot(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => (window.__benchWasm ? { bytes: window.__benchWasm.memory.buffer.byteLength, how: window.__benchWasm.how } : null));
  return { jsHeapUsed: heap.usedSize, jsHeapTotal: heap.totalSize, wasmMemory: wasm?.bytes ?? null, wasmMemoryFrom: wasm?.how ?? null };
}

async function navigateInApp(page, linkText, readyTestId) {
  await page.locator("header.site-header nav a", { hasText: new RegExp(`^${linkText}$`) }).click();
  await page.getByTestId(readyTestId).waitFor();
}

async function useEveryTool(page) {
  // Map: open a region.
  const point = await regionPoint(page, "hip");
  await page.touchscreen.tap(point.x, point.y);
  await page.getByTestId("region-details").waitFor();
  // Estimator: a dermal estimate with three anchors.
  await navigateInApp(page, "Estimator", "estimator-form");
  await page.getByTestId("procedure").selectOption("dermal");
  await page.getByTestId("region").selectOption("hip");
  await page.getByTestId("anchors").fill("3");
  await page.getByTestId("cost-total").filter({ hasText: "$150" }).waitFor();
  // Aftercare: start a plan.
  await navigateInApp(page, "Aftercare", "start-plan");
  await page.getByTestId("plan-procedure").selectOption("dermal");
  await page.getByTestId("plan-region").selectOption("hip");
  await page.getByTestId("plan-name").fill("Bench");
  await page.getByTestId("start-plan-button").click();
  await page.getByTestId("plan").filter({ hasText: "Bench" }).waitFor();
}

async function measureMemory(browser, base) {
  const { context, page, cdp, errors } = await newPage(browser);
  try {
    await page.addInitScript(hookWasmMemory);
    await page.goto(`${base}/`);
    await appReady(page);
    await page.getByTestId("body-figure").waitFor();
    const afterLoad = await memorySnapshot(page, cdp);
    await useEveryTool(page);
    const afterUse = await memorySnapshot(page, cdp);
    return { afterLoad, afterUse, pageErrors: errors };
  } finally {
    await context.close();
  }
}

function memoryRows(mem) {
  const section = "4 memory";
  if (mem.error) return [{ section, figure: "memory", value: `not measured: ${mem.error}`, budget: "", verdict: "n/m" }];
  const row = (figure, value) => ({ section, figure, value, budget: "", verdict: value.includes("n/a") ? "n/m" : "" });
  return [
    row("JS heap used after load (after GC)", kib(mem.afterLoad.jsHeapUsed)),
    row("JS heap used after every tool (after GC)", `${kib(mem.afterUse.jsHeapUsed)} (heap total ${kib(mem.afterUse.jsHeapTotal)})`),
    row("wasm memory after load", kib(mem.afterLoad.wasmMemory)),
    row("wasm memory after every tool", `${kib(mem.afterUse.wasmMemory)} (via ${mem.afterUse.wasmMemoryFrom ?? "n/a"})`),
  ];
}

// ---------------------------------------------------------------------------------------------
// 5. A real load on a slow connection (not simulated): what a person on a weak phone sees, and
// when. Lighthouse's LCP is a simulation from a fast local load; this throttles the load itself.

// Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, 4x CPU.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS || 3);

/** Runs in the page: the time the app has mounted (`selector` is APP_MOUNTED). */
function watchAppMount(selector) {
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      window.__appMountedAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-app"] });
}

/** A phone-sized page on the slow-4G profile, 4x CPU, no cache. */
async function slowPage(browser) {
  const opened = await newPage(browser, { cpuThrottle: CPU_THROTTLE });
  await opened.cdp.send("Network.enable");
  await opened.cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await opened.cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  return opened;
}

async function measureSlowLoad(browser, base) {
  const runs = [];
  for (let i = 0; i < SLOW_RUNS; i++) {
    const { context, page, errors } = await slowPage(browser);
    try {
      await page.addInitScript(watchAppMount, APP_MOUNTED);
      await page.goto(`${base}/`, { timeout: 60_000 });
      await appReady(page);
      runs.push(await page.evaluate(() => new Promise((resolve) => {
        const lcp = [];
        new PerformanceObserver((l) => lcp.push(...l.getEntries())).observe({ type: "largest-contentful-paint", buffered: true });
        setTimeout(() => resolve({
          fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
          lcp: lcp.at(-1)?.startTime ?? null,
          appMounted: window.__appMountedAt ?? null,
        }), 100);
      })));
      if (errors.length) throw new Error(errors[0]);
    } finally {
      await context.close();
    }
  }
  // A person who taps a region as soon as the figure shows: its details show from the
  // prerendered region page (a link) if the app has not started yet, from the app otherwise.
  const taps = [];
  for (let i = 0; i < SLOW_RUNS; i++) {
    const { context, page, errors } = await slowPage(browser);
    try {
      await page.addInitScript(watchRegionShown, TAP_REGION.name);
      await page.goto(`${base}/`, { waitUntil: "commit", timeout: 60_000 });
      const started = await page.evaluate(() => performance.timeOrigin);
      await page.getByTestId(`region-${TAP_REGION.id}`).waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, { timeout: 60_000 });
      const point = await regionPoint(page, TAP_REGION.id);
      await page.touchscreen.tap(point.x, point.y);
      await page.waitForFunction(() => window.__regionShownAt != null, null, { timeout: 60_000 });
      const { shownAt, byApp } = await page.evaluate(() => ({ shownAt: window.__regionShownAt, byApp: window.__regionShownByApp }));
      taps.push({ shown: shownAt - started, byApp });
      if (errors.length) throw new Error(errors[0]);
    } finally {
      await context.close();
    }
  }
  const med = (k) => median(runs.map((r) => r[k]).filter((v) => v != null));
  return {
    network: SLOW_4G, cpuThrottle: CPU_THROTTLE, runs, taps,
    median: { fcp: med("fcp"), lcp: med("lcp"), appMounted: med("appMounted"), tapShown: median(taps.map((t) => t.shown)) },
  };
}

/** The region tapped as soon as the figure shows (on the front view, which / opens on). */
const TAP_REGION = { id: "sternum", name: "Sternum" };

/** Runs in every document of the tab: the wall-clock time (ms since the epoch) a region's
 * details show `name`, and whether the app showed them (in the document loaded for /), not
 * the prerendered region page a link opened. */
function watchRegionShown(name) {
  const check = () => {
    const heading = document.querySelector('[data-testid="region-details"] h2');
    if (window.__regionShownAt == null && heading?.textContent.includes(name)) {
      window.__regionShownAt = performance.timeOrigin + performance.now();
      const loadedFor = performance.getEntriesByType("navigation")[0]?.name ?? location.href;
      window.__regionShownByApp = !new URL(loadedFor).pathname.includes("/map/");
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

function slowLoadRows(slow) {
  const section = "5 slow 4G load";
  if (slow.error) return [{ section, figure: "slow load", value: `not measured: ${slow.error}`, budget: "", verdict: "n/m" }];
  const row = (figure, value, budget) => ({
    section, figure, value: `${secs(value)} (median of ${slow.runs.length})`,
    budget: budget ? `<= ${secs(budget)}` : "",
    verdict: value == null ? "n/m" : budget ? verdict(value, budget) : "",
  });
  return [
    row("/ first contentful paint (prerendered page)", slow.median.fcp),
    row("/ largest contentful paint", slow.median.lcp),
    row("/ app running (hydrated)", slow.median.appMounted),
    {
      ...row("/ map usable: a tap at first paint -> details shown", slow.median.tapShown, BUDGET.slowUsableMs),
      value: `${secs(slow.median.tapShown)} (median of ${slow.taps.length}; ${slow.taps.filter((t) => !t.byApp).length} shown by the region's prerendered page, the tap being before the app ran)`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// 6. First visit against a repeat visit (4x CPU): the longest main-thread task while the app
// starts, and when it has mounted. A repeat visit is served by the service worker, and V8 may
// reuse compiled wasm from its code cache; the first is what Lighthouse measures.

/** Runs in the page: records each long task, [start, duration], buffered from navigation on
 * (`window.__longTasks`, counted by [`blockingSince`]). */
function watchLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
}

const longestTask = (tasks) => Math.max(0, ...tasks.map(([, duration]) => duration));

/** The blocking time of `tasks` from `since` (ms after navigation) on, as Total Blocking Time
 * counts it (Lighthouse's tbt-utils): each task cut off at `since`, then its time over 50 ms.
 * From the first contentful paint, that is TBT: the tasks before it (the navigation's own:
 * committing it, parsing the HTML, the first style and layout) are not the app's, and a plain
 * page of text has them too. From 0, every task's time over 50 ms. */
const blockingSince = (tasks, since) =>
  tasks.reduce((sum, [start, duration]) => sum + Math.max(0, start + duration - Math.max(start, since) - 50), 0);

async function measureRepeatVisit(browser, base) {
  const { context, page, errors } = await newPage(browser, { cpuThrottle: CPU_THROTTLE });
  try {
    await page.addInitScript(watchLongTasks);
    await page.addInitScript(watchAppMount, APP_MOUNTED);
    const visit = async (go) => {
      await go();
      await appReady(page);
      await sleep(500);
      const seen = await page.evaluate(() => ({ longTasks: window.__longTasks, appMounted: window.__appMountedAt ?? null }));
      return { longestTask: longestTask(seen.longTasks), appMounted: seen.appMounted };
    };
    const first = await visit(() => page.goto(`${base}/`));
    // Let the service worker install and take control, and V8 finish its background work.
    await page.evaluate(() => navigator.serviceWorker?.ready);
    await sleep(3000);
    const repeats = [];
    for (let i = 0; i < 3; i++) repeats.push(await visit(() => page.reload()));
    if (errors.length) throw new Error(errors[0]);
    const controlled = await page.evaluate(() => !!navigator.serviceWorker?.controller);
    return {
      first,
      repeat: { longestTask: median(repeats.map((r) => r.longestTask)), appMounted: median(repeats.map((r) => r.appMounted)) },
      repeats,
      servedByServiceWorker: controlled,
    };
  } finally {
    await context.close();
  }
}

function repeatVisitRows(rv) {
  const section = "6 first/repeat visit";
  if (rv.error) return [{ section, figure: "repeat visit", value: `not measured: ${rv.error}`, budget: "", verdict: "n/m" }];
  const row = (figure, v) => ({ section, figure, value: `longest task ${ms(v.longestTask)} | app mounted ${secs(v.appMounted)}`, budget: "", verdict: "" });
  return [
    row("/ first visit, 4x CPU, no throttled network", rv.first),
    row(`/ repeat visit (median of 3${rv.servedByServiceWorker ? ", via service worker" : ""})`, rv.repeat),
  ];
}

// ---------------------------------------------------------------------------------------------
// 7. Blocking time as the page sees it: a first visit of each Lighthouse route in a real
// Chromium at 4x CPU (no network throttling, a fresh profile each time), counted as Total
// Blocking Time is, from the first contentful paint until the app is ready and 500 ms more
// (`blockingSince`); beside it, every long task's time over 50 ms from navigation on
// (the navigation's own tasks before the paint included). Lighthouse's TBT is simulated from
// one fast load and moves by tens of milliseconds between runs; this is measured, as a second
// opinion on the same budget.
const FIRST_VISITS = 5;

async function measureRouteBlocking(browser, base) {
  const routes = {};
  for (const route of LH_ROUTES) {
    const runs = [];
    for (let i = 0; i < FIRST_VISITS; i++) {
      const { context, page, errors } = await newPage(browser, { cpuThrottle: CPU_THROTTLE });
      try {
        await page.addInitScript(watchLongTasks);
        await page.goto(`${base}${route}`);
        await appReady(page);
        await sleep(500);
        const { longTasks, fcp } = await page.evaluate(() => ({
          longTasks: window.__longTasks,
          fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
        }));
        runs.push({
          blocking: fcp === null ? null : blockingSince(longTasks, fcp),
          fromNavigation: blockingSince(longTasks, 0),
          longestTask: longestTask(longTasks),
          fcp,
          // [start, duration] of each, to count them again another way.
          longTasks,
        });
        if (errors.length) throw new Error(errors[0]);
      } finally {
        await context.close();
      }
    }
    routes[route] = {
      blocking: median(runs.map((r) => r.blocking)),
      fromNavigation: median(runs.map((r) => r.fromNavigation)),
      longestTask: median(runs.map((r) => r.longestTask)),
      runs,
    };
  }
  return { routes };
}

function routeBlockingRows(rb) {
  const section = "7 blocking, measured";
  if (rb.error) return [{ section, figure: "blocking time", value: `not measured: ${rb.error}`, budget: "", verdict: "n/m" }];
  return Object.entries(rb.routes).map(([route, r]) => ({
    section,
    figure: `${route} first visit, 4x CPU: blocking time after the first paint (median of ${r.runs.length})`,
    value: `${ms(r.blocking)} (runs ${r.runs.map((x) => Math.round(x.blocking)).join(", ")}) | from navigation ${ms(r.fromNavigation)} | longest task ${ms(r.longestTask)}`,
    budget: `${ms(BUDGET.tbtMs)}`,
    verdict: verdict(r.blocking, BUDGET.tbtMs),
  }));
}

// ---------------------------------------------------------------------------------------------
// Report

function renderTable(rows) {
  const head = { section: "#", figure: "figure", value: "value", budget: "budget", verdict: "verdict" };
  const cols = Object.keys(head);
  const all = [head, ...rows];
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...all.map((r) => String(r[c] ?? "").length))]));
  const line = (r) => "| " + cols.map((c) => String(r[c] ?? "").padEnd(width[c])).join(" | ") + " |";
  const rule = "|" + cols.map((c) => "-".repeat(width[c] + 2)).join("|") + "|";
  return [line(head), rule, ...rows.map(line)].join("\n");
}

function gitDescribe() {
  try {
    const sha = execFileSync("git", ["-C", ROOT, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["-C", ROOT, "status", "--porcelain"], { encoding: "utf8" }).trim() ? "+dirty" : "";
    return sha + dirty;
  } catch {
    return null;
  }
}

function writeResults(report) {
  mkdirSync(RESULTS, { recursive: true });
  const stamp = report.meta.timestamp.replace(/[:.]/g, "-");
  const json = JSON.stringify(report, null, 2) + "\n";
  const file = join(RESULTS, `${stamp}.json`);
  writeFileSync(file, json);
  writeFileSync(join(RESULTS, "latest.json"), json);
  return file;
}

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
    };
    const report = { meta, budgets: BUDGET, firstView, languages, lighthouse, interaction: { taps, estimator }, memory, slowLoad, repeatVisit, routeBlocking, table: rows };
    const file = writeResults(report);

    console.log(`Dermamap bench ${timestamp} (commit ${meta.commit}, ${meta.node}, Chromium ${meta.chromium}, Lighthouse ${meta.lighthouse ?? "n/a"})`);
    console.log(renderTable(rows));
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
