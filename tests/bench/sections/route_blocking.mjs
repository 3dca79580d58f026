// 7. Blocking time as the page sees it: a first visit of each Lighthouse route in a real
// Chromium at 4x CPU (no network throttling, a fresh profile each time), counted as Total
// Blocking Time is, from the first contentful paint until the app is ready and 500 ms more
// (`blockingSince`); beside it, every long task's time over 50 ms from navigation on
// (the navigation's own tasks before the paint included). Lighthouse's TBT is simulated from
// one fast load and moves by tens of milliseconds between runs; this is measured, as a second
// opinion on the same budget.
import { newPage, appReady } from "../lib/browser.mjs";
import { inTurn } from "../lib/in_turn.mjs";
import { LH_ROUTES, CPU_THROTTLE, BUDGET, sleep, ms, median, verdict } from "../lib/common.mjs";
import { watchLongTasks, longestTask, blockingSince } from "./repeat_visit.mjs";

export const FIRST_VISITS = 5;

/**
 * Each route's first visits for each of `bases` (this build, and the build before when one is
 * given), the builds' visits alternating, each in turn first. One result per base, in order.
 */
export async function measureRouteBlocking(browser, bases) {
  const perBase = bases.map(() => ({}));
  for (const route of LH_ROUTES) {
    const runs = bases.map(() => []);
    for (let i = 0; i < FIRST_VISITS; i++) {
      for (const k of inTurn(bases.length, i)) runs[k].push(await firstVisit(browser, `${bases[k]}${route}`));
    }
    for (const k of bases.keys()) {
      perBase[k][route] = {
        blocking: median(runs[k].map((r) => r.blocking)),
        fromNavigation: median(runs[k].map((r) => r.fromNavigation)),
        longestTask: median(runs[k].map((r) => r.longestTask)),
        runs: runs[k],
      };
    }
  }
  return perBase.map((routes) => ({ routes }));
}

/** One first visit of `url` in a fresh profile at 4x CPU: its long tasks, counted. */
async function firstVisit(browser, url) {
  const { context, page, errors } = await newPage(browser, { cpuThrottle: CPU_THROTTLE });
  try {
    await page.addInitScript(watchLongTasks);
    await page.goto(url);
    await appReady(page);
    await sleep(500);
    const { longTasks, fcp } = await page.evaluate(() => ({
      longTasks: window.__longTasks,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    }));
    if (errors.length) throw new Error(errors[0]);
    return {
      blocking: fcp === null ? null : blockingSince(longTasks, fcp),
      fromNavigation: blockingSince(longTasks, 0),
      longestTask: longestTask(longTasks),
      fcp,
      // [start, duration] of each, to count them again another way.
      longTasks,
    };
  } finally {
    await context.close();
  }
}

export function routeBlockingRows(rb) {
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
