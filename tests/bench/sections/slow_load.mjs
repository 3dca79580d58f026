// 5. A real load on a slow connection (not simulated): what a person on a weak phone sees, and
// when. Lighthouse's LCP is a simulation from a fast local load; this throttles the load itself.
import { newPage, APP_MOUNTED, appReady, regionPoint } from "../lib/browser.mjs";
import { CPU_THROTTLE, BUDGET, secs, median, verdict } from "../lib/common.mjs";

// Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, 4x CPU.
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
export const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS || 3);

/** Runs in the page: the time the app has mounted (`selector` is APP_MOUNTED). */
export function watchAppMount(selector) {
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      window.__appMountedAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-app"] });
}

/** A phone-sized page on the slow-4G profile, 4x CPU, no cache. */
export async function slowPage(browser) {
  const opened = await newPage(browser, { cpuThrottle: CPU_THROTTLE });
  await opened.cdp.send("Network.enable");
  await opened.cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await opened.cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  return opened;
}

export async function measureSlowLoad(browser, base) {
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
export const TAP_REGION = { id: "sternum", name: "Sternum" };

/** Runs in every document of the tab: the wall-clock time (ms since the epoch) a region's
 * details show `name`, and whether the app showed them (in the document loaded for /), not
 * the prerendered region page a link opened. */
export function watchRegionShown(name) {
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

export function slowLoadRows(slow) {
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
