// 6. First visit against a repeat visit (4x CPU): the longest main-thread task while the app
// starts, and when it has mounted. A repeat visit is served by the service worker, and V8 may
// reuse compiled wasm from its code cache; the first is what Lighthouse measures.
import { newPage, APP_MOUNTED, appReady } from "../lib/browser.mjs";
import { CPU_THROTTLE, sleep, ms, secs, median } from "../lib/common.mjs";
import { watchAppMount } from "./slow_load.mjs";

/** Runs in the page: records each long task, [start, duration], buffered from navigation on
 * (`window.__longTasks`, counted by [`blockingSince`]). */
export function watchLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
}

export const longestTask = (tasks) => Math.max(0, ...tasks.map(([, duration]) => duration));

/** The blocking time of `tasks` from `since` (ms after navigation) on, as Total Blocking Time
 * counts it (Lighthouse's tbt-utils): each task cut off at `since`, then its time over 50 ms.
 * From the first contentful paint, that is TBT: the tasks before it (the navigation's own:
 * committing it, parsing the HTML, the first style and layout) are not the app's, and a plain
 * page of text has them too. From 0, every task's time over 50 ms. */
export const blockingSince = (tasks, since) =>
  tasks.reduce((sum, [start, duration]) => sum + Math.max(0, start + duration - Math.max(start, since) - 50), 0);

export async function measureRepeatVisit(browser, base) {
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

export function repeatVisitRows(rv) {
  const section = "6 first/repeat visit";
  if (rv.error) return [{ section, figure: "repeat visit", value: `not measured: ${rv.error}`, budget: "", verdict: "n/m" }];
  const row = (figure, v) => ({ section, figure, value: `longest task ${ms(v.longestTask)} | app mounted ${secs(v.appMounted)}`, budget: "", verdict: "" });
  return [
    row("/ first visit, 4x CPU, no throttled network", rv.first),
    row(`/ repeat visit (median of 3${rv.servedByServiceWorker ? ", via service worker" : ""})`, rv.repeat),
  ];
}
