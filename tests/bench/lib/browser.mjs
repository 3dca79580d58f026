// Browser helpers (Playwright)
import { chromium } from "playwright-core";
import { CHROMIUM, CHROME_FLAGS, MOBILE } from "./common.mjs";

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--headless", ...CHROME_FLAGS] });
}

export async function newPage(browser, { cpuThrottle = 1 } = {}) {
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
export const APP_MOUNTED = 'html[data-app="ready"]';

export async function appReady(page) {
  await page.locator(APP_MOUNTED).waitFor({ state: "attached", timeout: 30_000 });
}

/** A point inside a region's own shape (a pair of zones has its centre elsewhere). */
export async function regionPoint(page, id) {
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
 *   dom      - the text changed (MutationObserver),
 *   answered - the same, from the first `answerEvent` instead, if one is given (the event the
 *              app answers: a tap's click, not the pointerdown before it; the app's own work),
 *   frame    - the next animation frame began (that frame paints the change),
 *   painted  - a second animation frame began (the change has been painted).
 */
export function armProbe({ selector, startEvents, answerEvent }) {
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
    let answeredAt = null;
    const onStart = () => (start ??= performance.now());
    for (const type of startEvents) addEventListener(type, onStart, { capture: true, once: true });
    if (answerEvent) addEventListener(answerEvent, () => (answeredAt ??= performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (start === null || text() === before) return;
      observer.disconnect();
      clearTimeout(timer);
      const now = performance.now();
      const dom = now - start;
      const answered = answeredAt === null ? null : now - answeredAt;
      requestAnimationFrame(() => {
        const frame = performance.now() - start;
        requestAnimationFrame(() => {
          const painted = performance.now() - start;
          nextPaint().then((event) => resolve({ dom, answered, frame, painted, event }));
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

export const probeResult = (page) => page.evaluate(() => window.__benchProbe);
