// 1. First-view transfer
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";
import { LANG_FILE } from "../../../scripts/precache.mjs";
import { appReady } from "../lib/browser.mjs";
import { MOBILE, BUDGET, kib, verdict } from "../lib/common.mjs";

export async function firstViewRequests(browser, base, path = "/") {
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
export function fileForUrl(dir, base, url) {
  let path = decodeURIComponent(new URL(url).pathname);
  if (!url.startsWith(base)) return null;
  path = path.replace(/^\/+/, "");
  const file = resolve(dir, path);
  if (!file.startsWith(dir + sep) && file !== dir) return null;
  if (path === "" || !existsSync(file) || statSync(file).isDirectory()) return join(dir, "index.html");
  return file;
}

export function compressedSizes(file) {
  const data = readFileSync(file);
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
}

export async function measureFirstView(browser, base, dir, path = "/") {
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
export const LANGUAGE_HOMES = [["en", "/"], ["es", "/es"], ["de", "/de"]];

export async function measureLanguages(browser, base, dir) {
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

export function languageRows(langs) {
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

export function firstViewRows(fv) {
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
