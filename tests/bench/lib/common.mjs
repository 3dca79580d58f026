// The bench's settings, budgets and small helpers, shared by every section.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, "dist");
export const SERVER = join(ROOT, "target/release/dermamap-server");
export const RESULTS = process.env.BENCH_RESULTS ? resolve(process.env.BENCH_RESULTS) : join(ROOT, "bench/results");

export const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";
export const CHROME_FLAGS = ["--disable-gpu", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
export const LH_ROUTES = ["/", "/map/nape", "/estimator", "/aftercare", "/embed"];
export const LH_RUNS = Number(process.env.BENCH_LH_RUNS || 3);
export const TAPS = Number(process.env.BENCH_TAPS || 100);
export const WARMUP = 5; // interactions before the measured ones (JIT, first-render caches)
export const CPU_THROTTLE = 4;
// A mid-range phone, close to Lighthouse's mobile emulation.
export const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

export const KiB = 1024;
// Issue 17's budgets: first view of / at most 150 KB transferred (aim 100), Lighthouse 100,
// LCP <= 1.0 s, blocking time <= 50 ms, CLS 0, the map usable within 1.5 s on slow 4G, tap to
// painted p95 <= 16 ms. "150 KB" as the issue writes it: 150,000 bytes (146.5 KiB; the table
// prints KiB).
export const BUDGET = { firstViewSent: 150 * 1000, score: 100, lcpMs: 1000, tbtMs: 50, cls: 0, tapP95Ms: 16, slowUsableMs: 1500 };

// ---------------------------------------------------------------------------------------------
// Small helpers

export const log = (...a) => console.error("[bench]", ...a);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const kib = (b) => (b == null ? "n/a" : `${(b / KiB).toFixed(1)} KiB`);
export const ms = (v) => (v == null ? "n/a" : `${v.toFixed(1)} ms`);
export const secs = (v) => (v == null ? "n/a" : `${(v / 1000).toFixed(2)} s`);

export function median(values) {
  const v = values.filter((x) => x != null).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const v = values.filter((x) => x != null).sort((a, b) => a - b);
  return v.length ? v[Math.max(0, Math.ceil((p / 100) * v.length) - 1)] : null;
}

export const stats = (values) => ({ n: values.length, median: median(values), p95: percentile(values, 95), max: percentile(values, 100) });

/** "ok" when value <= limit, "over" when not, "n/m" when there is no value. */
export function verdict(value, limit, atLeast = false) {
  if (value == null) return "n/m";
  return (atLeast ? value >= limit : value <= limit) ? "ok" : "over";
}
