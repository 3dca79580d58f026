// 2. Lighthouse (mobile, default simulated throttling)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { newPage, appReady } from "../lib/browser.mjs";
import { inTurn } from "../lib/in_turn.mjs";
import { ROOT, CHROMIUM, CHROME_FLAGS, LH_ROUTES, LH_RUNS, BUDGET, log, secs, median, verdict } from "../lib/common.mjs";

export async function loadLighthouse() {
  const { default: lighthouse } = await import("lighthouse");
  const launcher = await import("chrome-launcher");
  const { version } = JSON.parse(readFileSync(join(ROOT, "node_modules/lighthouse/package.json"), "utf8"));
  return { lighthouse, launcher, version };
}

export async function lighthouseOnce({ lighthouse, launcher }, url) {
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
    // The element Lighthouse took as the largest contentful paint (the issue asks for the
    // body figure): its selector, as Lighthouse 13 reports it (the LCP breakdown insight's
    // node; older versions had an audit of its own).
    const lcpNode = lhr.audits["lcp-breakdown-insight"]?.details?.items?.find((i) => i.type === "node")
      ?? lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      fcp: metric("first-contentful-paint"),
      lcp: metric("largest-contentful-paint"),
      tbt: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      lcpElement: lcpNode ? lcpNode.selector ?? lcpNode.nodeLabel ?? null : null,
      failedAudits: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
        .map((a) => a.id),
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}

/** What the route shows, from one load of it: a note (the app's not-found page counts as "not
 * implemented") and whether the page has the body figure (the LCP budget names it for those;
 * null when the check failed). */
export async function routeCheck(browser, base, route) {
  const { context, page } = await newPage(browser);
  try {
    const response = await page.goto(`${base}${route}`);
    await appReady(page);
    const notFound = await page.getByTestId("not-found").count();
    return {
      note: notFound ? `HTTP ${response.status()}, app shows its not-found page (route not implemented)` : "",
      figure: (await page.getByTestId("body-figure").count()) > 0,
    };
  } catch (e) {
    return { note: `route check failed: ${e.message.split("\n")[0]}`, figure: null };
  } finally {
    await context.close();
  }
}

/**
 * Lighthouse on each route, `LH_RUNS` times, for each of `bases` (this build, and the build
 * before when one is given): the builds' runs alternate, each in turn first, so that the
 * machine's drift falls on both alike. One result per base, in the same order.
 */
export async function measureLighthouse(browser, bases) {
  let lh;
  try {
    lh = await loadLighthouse();
  } catch (e) {
    return { error: `lighthouse cannot run on node ${process.version}: ${e.message.split("\n")[0]}` };
  }
  const perBase = bases.map(() => ({}));
  for (const route of LH_ROUTES) {
    const runs = bases.map(() => []);
    const errors = bases.map(() => []);
    for (let i = 1; i <= LH_RUNS; i++) {
      for (const k of inTurn(bases.length, i)) {
        log(`lighthouse ${route} run ${i}/${LH_RUNS}${bases.length > 1 ? (k ? " (before)" : " (now)") : ""}`);
        try {
          runs[k].push(await lighthouseOnce(lh, `${bases[k]}${route}`));
        } catch (e) {
          errors[k].push(e.message.split("\n")[0]);
        }
      }
    }
    for (const [k, base] of bases.entries()) {
      const med = {};
      for (const key of ["performance", "accessibility", "bestPractices", "seo", "fcp", "lcp", "tbt", "cls"]) med[key] = median(runs[k].map((r) => r[key]));
      const failedAudits = [...new Set(runs[k].flatMap((r) => r.failedAudits))];
      perBase[k][route] = { runs: runs[k], errors: errors[k], median: runs[k].length ? med : null, failedAudits, ...(await routeCheck(browser, base, route)) };
    }
  }
  return perBase.map((routes) => ({ version: lh.version, runsPerRoute: LH_RUNS, routes }));
}

export function lighthouseRows(lh) {
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
    // Which element that was, in each run (the budget wants the body figure).
    const elements = [...new Set(r.runs.map((run) => run.lcpElement ?? "not reported"))];
    // Pages without the figure (the estimator, aftercare) have no budget for it.
    const isFigure = elements.every((e) => /body-figure|figure-outline/.test(e));
    rows.push(r.figure === false
      ? { section, figure: label("LCP element"), value: `${elements.join(" | ")} (no body figure on this page)`, budget: "", verdict: "" }
      : { section, figure: label("LCP element"), value: elements.join(" | "), budget: "the body figure", verdict: isFigure ? "ok" : "over" });
    rows.push({ section, figure: label("TBT"), value: m.tbt == null ? "n/a" : `${Math.round(m.tbt)} ms`, budget: `${BUDGET.tbtMs} ms`, verdict: verdict(m.tbt, BUDGET.tbtMs) });
    rows.push({ section, figure: label("CLS"), value: m.cls == null ? "n/a" : m.cls.toFixed(3), budget: `${BUDGET.cls}`, verdict: verdict(m.cls, BUDGET.cls) });
  }
  return rows;
}
