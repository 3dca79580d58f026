// 3. Interaction latency (4x CPU throttling)
import { newPage, appReady, regionPoint, armProbe, probeResult } from "../lib/browser.mjs";
import { TAPS, WARMUP, CPU_THROTTLE, ms, stats, verdict } from "../lib/common.mjs";

/** `WARMUP` taps, then `TAPS` measured ones, each at `pointAt(i)`: the probe's figures for the
 * panel heading (`[data-testid=region-details] h2`) from the tap, and from its click. */
async function tapSamples(page, pointAt) {
  const samples = [];
  for (let i = 0; i < WARMUP + TAPS; i++) {
    const point = await pointAt(i);
    await page.evaluate(armProbe, { selector: "[data-testid=region-details] h2", startEvents: ["pointerdown", "click"], answerEvent: "click" });
    await page.touchscreen.tap(point.x, point.y);
    const sample = await probeResult(page);
    if (i >= WARMUP) samples.push(sample);
  }
  return samples;
}

/** Taps on the map's regions, at `cpuThrottle` (4x by default, as a mid-range phone). */
export async function measureTaps(browser, base, cpuThrottle = CPU_THROTTLE) {
  const { context, page, errors } = await newPage(browser, { cpuThrottle });
  try {
    await page.goto(`${base}/`);
    await appReady(page);
    await page.getByTestId("view-front").click();
    const regions = ["hip", "belly"];
    const samples = await tapSamples(page, (i) => regionPoint(page, regions[i % 2]));
    return summarise(samples, errors, "click", cpuThrottle);
  } finally {
    await context.close();
  }
}

/**
 * The same probe and taps on a page with nothing but a link and a heading whose text the tap
 * changes: what this browser shows for any page, the floor under the app's figures. In
 * headless Chromium here that is two frames (about 32 ms), however little the page does.
 */
export async function measureTapFloor(browser, cpuThrottle = CPU_THROTTLE) {
  const { context, page, errors } = await newPage(browser, { cpuThrottle });
  try {
    await page.setContent(`<!doctype html><meta name="viewport" content="width=device-width">
      <a href="#tapped" style="display:block;height:120px">Tap</a>
      <section data-testid="region-details"><h2>Before</h2></section>
      <script>
        let n = 0;
        document.querySelector("a").addEventListener("click", (e) => {
          e.preventDefault();
          document.querySelector("h2").textContent = "Tapped " + ++n;
        });
      </script>`);
    const samples = await tapSamples(page, async () => ({ x: 60, y: 60 }));
    return summarise(samples, errors, "click", cpuThrottle);
  } finally {
    await context.close();
  }
}

export async function measureEstimator(browser, base) {
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
    return summarise(samples, errors, undefined, CPU_THROTTLE);
  } finally {
    await context.close();
  }
}

export function summarise(samples, errors, answerEvent, cpuThrottle) {
  return {
    answerEvent,
    cpuThrottle,
    warmup: WARMUP,
    domMs: stats(samples.map((s) => s.dom)),
    answeredMs: stats(samples.map((s) => s.answered).filter((v) => v != null)),
    answeredMissing: answerEvent ? samples.filter((s) => s.answered == null).length : 0,
    frameMs: stats(samples.map((s) => s.frame)),
    paintedMs: stats(samples.map((s) => s.painted)),
    eventMs: stats(samples.map((s) => s.event).filter((v) => v != null)),
    eventMissing: samples.filter((s) => s.event == null).length,
    pageErrors: errors,
    samples: samples.map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v == null ? null : Math.round(v * 10) / 10]))),
  };
}

export function interactionRows(name, result, budgetP95) {
  const section = "3 interaction";
  if (result.error) return [{ section, figure: name, value: `not measured: ${result.error}`, budget: "", verdict: "n/m" }];
  const fmt = (s) => `median ${ms(s.median)} | p95 ${ms(s.p95)} (n=${s.n})`;
  return [
    { section, figure: `${name}: DOM updated`, value: fmt(result.domMs), budget: "", verdict: "" },
    ...(result.answeredMs?.n ? [{
      section,
      figure: `${name}: DOM updated, from the ${result.answerEvent} the app answers (its own work)`,
      value: fmt(result.answeredMs) + (result.answeredMissing ? `, ${result.answeredMissing} without a ${result.answerEvent}` : ""),
      budget: "",
      verdict: "",
    }] : []),
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

/** The floor's rows: the same figures for the empty page, 4x and not throttled, no budget. */
export function tapFloorRows(floor) {
  if (floor.error) return [{ section: "3 interaction", figure: "tap on an empty page (this browser's floor)", value: `not measured: ${floor.error}`, budget: "", verdict: "n/m" }];
  return [
    ...interactionRows(`tap on an empty page (this browser's floor), ${floor.throttled.cpuThrottle}x CPU`, floor.throttled, null),
    ...interactionRows("tap on an empty page (this browser's floor), CPU not throttled", floor.unthrottled, null),
  ];
}
