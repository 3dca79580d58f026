// Installable, offline, safe updates (public/manifest.webmanifest, public/sw.js, src/pwa.rs).
// Runs against the release build: the service worker is registered only in release builds.
import { test, expect, appReady, axeViolations } from "./fixtures/app.mjs";
import { chromium } from "@playwright/test";
import { chromiumArgs } from "../../playwright.config.mjs";
import { AftercarePage, isoDaysAgo } from "./fixtures/aftercare_page.mjs";
import { startServer } from "./global-setup.mjs";
import { LANG_FILE, walk, writePrecache } from "../../scripts/precache.mjs";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:http";
import { join } from "node:path";

const ROOT = process.env.DERMAMAP_URL;
const GUIDE = process.env.DERMAMAP_GUIDE_URL;

/** Waits until the service worker is active and controls this page (it claims on install). */
async function controlledByWorker(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    }
    return { scope: reg.scope, script: navigator.serviceWorker.controller.scriptURL };
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf) {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return `${buf.readUInt32BE(16)}x${buf.readUInt32BE(20)}`;
}

// Installability is judged for a real profile: Playwright's default contexts are
// incognito-like, where Chrome reports "in-incognito". So this test launches its own.
test("installable: no installability errors, and the icons are the declared sizes", async () => {
  const profile = mkdtempSync(join(tmpdir(), "dermamap-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: chromiumArgs,
  });
  const problems = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (msg) => msg.type() === "error" && problems.push(msg.text()));
    page.on("pageerror", (err) => problems.push(err.message));
    await page.goto(`${ROOT}/`);
    await appReady(page);
    await controlledByWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);

    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifestUrl = new URL(href, await page.evaluate(() => document.baseURI)).href;
    const res = await page.request.get(manifestUrl);
    expect(res.headers()["content-type"]).toContain("application/manifest+json");
    const manifest = await res.json();
    expect(manifest).toMatchObject({ start_url: "./", scope: "./", display: "standalone", short_name: "Dermamap" });
    const pngs = manifest.icons.filter((i) => i.type === "image/png");
    for (const icon of pngs) {
      expect(icon.purpose, 'one purpose per icon, never "any maskable"').toMatch(/^(any|maskable)$/);
      const img = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(img.ok()).toBe(true);
      expect(pngSize(await img.body())).toBe(icon.sizes);
    }
    const has = (purpose, sizes) => pngs.some((i) => i.purpose === purpose && i.sizes === sizes);
    expect(has("any", "192x192") && has("any", "512x512") && has("maskable", "512x512")).toBe(true);
    expect(problems, "no console errors or page errors").toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

/** Saves a plan, goes offline (every request aborted) and visits each route. */
async function worksOffline(page, context, base) {
  await page.goto(`${base}/aftercare`);
  await appReady(page);
  const { scope } = await controlledByWorker(page);
  expect(scope).toBe(`${new URL(base).origin}${new URL(base).pathname.replace(/\/?$/, "/")}`);
  const ac = new AftercarePage(page);
  await page.getByTestId("start-plan").waitFor();
  await ac.startPlan({ procedure: "dermal", region: "nape", date: isoDaysAgo(3), name: "Offline nape" });
  await expect(ac.plan("Offline nape")).toHaveCount(1);

  await context.setOffline(true);
  await context.route("**", (route) => route.abort());
  const h1 = page.getByRole("heading", { level: 1 });

  const reloaded = await page.reload();
  expect(reloaded.fromServiceWorker()).toBe(true);
  await appReady(page);
  await expect(h1).toContainText("Aftercare");
  await expect(ac.plan("Offline nape").getByTestId("plan-title")).toHaveText("Day 3 of your Offline nape");

  for (const [path, heading] of [["/", "Body map"], ["/map/nape", "Body map"], ["/estimator", "estimator"], ["/aftercare", "Aftercare"]]) {
    const res = await page.goto(`${base}${path}`);
    expect(res.fromServiceWorker(), `${path} answered by the service worker`).toBe(true);
    await appReady(page);
    await expect(h1).toContainText(heading);
  }
  await expect(ac.plan("Offline nape")).toHaveCount(1);
  // Offline, a deep link is answered with its own prerendered page, not a shell.
  for (const [path, text] of [["map/nape", 'data-testid="region-details"'], ["about/dermal", 'data-testid="about-dermal"'], ["sources", 'id="src-']]) {
    const html = await page.evaluate((p) => fetch(p).then((r) => r.text()), path);
    expect(html, path).toContain(text);
  }
  await page.goto(`${base}/map/nape`);
  await expect(page.getByTestId("region-details").getByRole("heading", { level: 2 })).toContainText("Nape");
  await page.goto(`${base}/no/such/page`);
  await expect(page.getByTestId("not-found")).toBeVisible();
}

test("offline: the map, deep links, estimator and saved aftercare plan all load", async ({ page, context }) => {
  await worksOffline(page, context, ROOT);
});

test("offline under a sub-path (/guide/)", async ({ page, context }) => {
  await worksOffline(page, context, GUIDE);
});

test("offline in Spanish: the language read is kept, another is added when switched to, none is cached unread", async ({ page, context }) => {
  await page.goto(`${ROOT}/es/aftercare`);
  await controlledByWorker(page);
  const cached = () => page.evaluate(async () => {
    const urls = [];
    for (const key of await caches.keys()) {
      for (const req of await (await caches.open(key)).keys()) urls.push(new URL(req.url).pathname);
    }
    return urls;
  });
  // Installed from a Spanish page: Spanish pages and text, no German ones, no English pages.
  await expect.poll(async () => (await cached()).filter((u) => u.startsWith("/es/")).length).toBeGreaterThan(30);
  let urls = await cached();
  // A language's text: both its parts (lang/es-<version>.json, lang/es.pages-<version>.json).
  const text = (lang) => urls.filter((u) => LANG_FILE.exec(u.slice(1))?.[1] === lang).map((u) => u.replace(/-[0-9a-f]{16}\.json$/, ""));
  expect(text("es").sort()).toEqual(["/lang/es", "/lang/es.pages"]);
  expect(urls.filter((u) => u.startsWith("/de/") || /^\/lang\/(de|en)[.-]/.test(u))).toEqual([]);
  expect(urls).not.toContain("/map/nape");
  // A visit in German keeps German too.
  await page.goto(`${ROOT}/de/`);
  await expect.poll(async () => (await cached()).filter((u) => u.startsWith("/de/")).length).toBeGreaterThan(30);
  urls = await cached();
  expect(text("de").sort()).toEqual(["/lang/de", "/lang/de.pages"]);

  await context.setOffline(true);
  await context.route("**", (route) => route.abort());
  for (const [path, lang, heading] of [["/es/map/nape", "es", "Mapa"], ["/de/estimator", "de", "rechner"], ["/es/aftercare", "es", "uidados"]]) {
    const res = await page.goto(`${ROOT}${path}`);
    expect(res.fromServiceWorker(), `${path} answered by the service worker`).toBe(true);
    await appReady(page);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
  }
  // A page whose language is not kept (English here) opens in a language that is, not as
  // "Page not found"; the link's query goes with it.
  for (const [path, kept] of [["/map/nape", "/de/map/nape"], ["/estimator?procedure=dermal&region=hip", "/de/estimator?procedure=dermal&region=hip"]]) {
    await page.goto(`${ROOT}${path}`);
    // (The estimator then writes its other choices into the query.)
    await expect(page).toHaveURL((u) => `${u}`.startsWith(`${ROOT}${kept}`));
    await appReady(page);
    await expect(page.getByTestId("not-found")).toHaveCount(0);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
  }
  await expect(page.getByTestId("region")).toHaveValue("hip");
  // Followed from a Spanish page, the same page opens in Spanish.
  await page.goto(`${ROOT}/map/nape`, { referer: `${ROOT}/es/aftercare` });
  await expect(page).toHaveURL(`${ROOT}/es/map/nape`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});

/** Makes dir a new build as a rebuild would: every page (index.html and the prerendered
 * pages) carries the build marker (and, with `script`, a changed inline script, so the CSP's
 * hash changes), without stale .br/.gz twins, with its own precache list and sw.js. */
function markBuild(dir, marker, { script = false } = {}) {
  const pages = walk(dir).filter((f) => f.endsWith(".html"));
  for (const page of pages) {
    let html = readFileSync(page, "utf8");
    // The first inline script (minified: scripts/page-template.mjs), so its CSP hash changes.
    if (script) html = html.replace(/(<script>)(?:\/\* v\d \*\/)?/, `$1/* ${marker} */`);
    html = html.replace(/<meta name="dermamap-build"[^>]*>/, "").replace("<head>", `<head><meta name="dermamap-build" content="${marker}">`);
    writeFileSync(page, html);
    for (const ext of [".br", ".gz"]) rmSync(page + ext, { force: true });
  }
  for (const f of ["sw.js", "precache.json"]) {
    for (const ext of [".br", ".gz"]) rmSync(join(dir, f + ext), { force: true });
  }
  writePrecache(dir);
}

function stop(server) {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once("exit", () => resolve());
    server.child.kill();
  });
}

test("update: a new version waits for the person, and replaces the old one whole", async ({ page }) => {
  test.setTimeout(60_000);
  // Two builds that differ in one asset (index.html carries a build marker), each with its
  // own precache list and sw.js, as post-build writes them.
  const tmp = mkdtempSync(join(tmpdir(), "dermamap-pwa-"));
  const dirs = {};
  for (const v of ["v1", "v2"]) {
    const dir = (dirs[v] = join(tmp, v));
    cpSync("dist", dir, { recursive: true });
    markBuild(dir, v);
  }
  const build = page.locator('meta[name="dermamap-build"]');
  const notice = page.getByTestId("update-notice");
  const cacheNames = () => page.evaluate(() => caches.keys());
  const v1Version = JSON.parse(readFileSync(join(dirs.v1, "precache.json"), "utf8")).version;
  const v2Version = JSON.parse(readFileSync(join(dirs.v2, "precache.json"), "utf8")).version;
  expect(v1Version).not.toBe(v2Version);

  let server = await startServer([], dirs.v1);
  try {
    const url = server.url;
    await page.goto(`${url}/`);
    await appReady(page);
    await controlledByWorker(page);
    await expect(build).toHaveAttribute("content", "v1");
    expect(await cacheNames()).toEqual([expect.stringContaining(v1Version)]);
    await expect(notice).toHaveCount(0);

    // Deploy v2 at the same address.
    await stop(server);
    server = await startServer(["--addr", new URL(url).host], dirs.v2);
    expect(server.url).toBe(url);

    // The navigation makes the browser fetch sw.js: v2 installs and waits; the page is v1.
    await page.goto(`${url}/estimator`);
    await appReady(page);
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toContainText("A new version is ready");
    await expect(page.getByRole("status").filter({ has: notice })).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    await expect(build).toHaveAttribute("content", "v1");
    const both = await cacheNames();
    expect(both).toHaveLength(2);
    expect(both.some((k) => k.endsWith(`:${v1Version}`)) && both.some((k) => k.endsWith(`:${v2Version}`))).toBe(true);

    // Declining keeps v1 working, across navigations and reloads.
    await page.getByTestId("update-later").click();
    await expect(notice).toHaveCount(0);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Aftercare" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Aftercare");
    await page.reload();
    await appReady(page);
    await expect(build).toHaveAttribute("content", "v1");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Aftercare");
    await expect(notice).toBeVisible();

    // Accepting: one reload, then everything is v2 and v1's cache is gone.
    let loads = 0;
    page.on("load", () => loads++);
    await page.getByRole("button", { name: "Reload" }).click();
    await expect(build).toHaveAttribute("content", "v2");
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Aftercare");
    await expect.poll(cacheNames).toEqual([expect.stringContaining(v2Version)]);
    const sw = await page.evaluate(async () => (await fetch("sw.js")).text());
    expect(sw).toContain(`const VERSION = "${v2Version}"`);
    await expect(notice).toHaveCount(0);
    await page.waitForTimeout(1000);
    expect(loads).toBe(1);
  } finally {
    await stop(server);
    rmSync(tmp, { recursive: true, force: true });
  }
});

test("inside a studio's iframe the app runs and registers no worker", async ({ page }) => {
  const host = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Studio</title><link rel="icon" href="data:,"></head>
<body><iframe title="Dermamap" src="${ROOT}/about" width="800" height="600"></iframe></body></html>`);
  });
  await new Promise((resolve) => host.listen(0, "127.0.0.1", resolve));
  try {
    // Another site ("localhost" against the app's 127.0.0.1): this Chromium refuses service
    // workers there altogether; the app must simply run. Then another origin on the same
    // site, where the frame could register one: it must not.
    for (const hostname of ["localhost", "127.0.0.1"]) {
      await page.goto(`http://${hostname}:${host.address().port}/`, { app: false });
      const frame = page.frameLocator("iframe");
      await appReady(frame);
      await expect(frame.getByRole("heading", { level: 1 })).toContainText("Sources and disclaimer");
      await expect(frame.locator(".pwa")).toHaveCount(0);
    }
    await page.waitForTimeout(1000);
    const app = page.frames().find((f) => f.url().startsWith(ROOT));
    expect(await app.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  } finally {
    await new Promise((resolve) => host.close(resolve));
  }
});

test("the Install app button appears only when the browser offers installation", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await expect(page.getByTestId("install-app")).toHaveCount(0);
  // Headless Chromium never offers installation itself; fire the event the way it would.
  await page.evaluate(() => {
    const ev = new Event("beforeinstallprompt", { cancelable: true });
    ev.prompt = () => { window.__prompted = (window.__prompted || 0) + 1; return Promise.resolve(); };
    ev.userChoice = Promise.resolve({ outcome: "accepted" });
    window.dispatchEvent(ev);
    window.__defaultPrevented = ev.defaultPrevented;
  });
  expect(await page.evaluate(() => window.__defaultPrevented)).toBe(true);
  const button = page.getByTestId("install-app");
  await expect(button).toBeVisible();
  await button.click();
  await expect.poll(() => page.evaluate(() => window.__prompted)).toBe(1);
  await page.evaluate(() => window.dispatchEvent(new Event("appinstalled")));
  await expect(button).toHaveCount(0);
});

// Issue 16: the policy was computed once at start, so a dist rebuilt under a running server
// was served (and cached by the service worker) with the old hashes and broke the app.
test("a rebuild under the running server: 0 CSP violations online and from the service worker", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const tmp = mkdtempSync(join(tmpdir(), "dermamap-rebuild-"));
  const dir = join(tmp, "dist");
  cpSync("dist", dir, { recursive: true });
  const rebuild = (marker) => markBuild(dir, marker, { script: true });
  rebuild("v1");
  const server = await startServer([], dir);
  try {
    await page.goto(`${server.url}/`);
    await appReady(page);
    await controlledByWorker(page);
    const before = (await page.request.get(`${server.url}/`)).headers()["content-security-policy"];

    rebuild("v2"); // the same server keeps running
    const after = (await page.request.get(`${server.url}/`)).headers()["content-security-policy"];
    expect(after).not.toBe(before);

    // Online, a new visitor gets v2 with its own policy.
    const fresh = await browser.newContext({ serviceWorkers: "block" });
    const visitor = await fresh.newPage();
    const violations = [];
    visitor.on("console", (m) => m.type() === "error" && violations.push(m.text()));
    await visitor.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective}`)));
    await visitor.goto(`${server.url}/map/nape`);
    await appReady(visitor);
    await expect(visitor.locator('meta[name="dermamap-build"]')).toHaveAttribute("content", "v2");
    expect(violations).toEqual([]);
    await fresh.close();

    // The worker installs v2 with the policy of v2; after the person accepts, the app runs
    // from the worker, online and offline (the fixture fails this page on any violation).
    await page.goto(`${server.url}/estimator`);
    await appReady(page);
    await expect(page.getByTestId("update-notice")).toBeVisible({ timeout: 20_000 });
    await page.getByRole("button", { name: "Reload" }).click();
    await expect(page.locator('meta[name="dermamap-build"]')).toHaveAttribute("content", "v2");
    await appReady(page);
    await page.context().setOffline(true);
    await page.reload();
    await appReady(page);
    await expect(page.locator('meta[name="dermamap-build"]')).toHaveAttribute("content", "v2");
    await page.context().setOffline(false);
  } finally {
    await stop(server);
    rmSync(tmp, { recursive: true, force: true });
  }
});

// Bug (issue 16): "Reload" in one tab reloaded every open tab, losing what they held.
test("Reload acts on its own tab; another tab keeps its state and says it was updated", async ({ page }) => {
  test.setTimeout(60_000);
  const tmp = mkdtempSync(join(tmpdir(), "dermamap-tabs-"));
  const dir = join(tmp, "dist");
  cpSync("dist", dir, { recursive: true });
  const build = (marker) => markBuild(dir, marker);
  build("v1");
  const server = await startServer([], dir);
  try {
    await page.goto(`${server.url}/`);
    await appReady(page);
    await controlledByWorker(page);
    const other = await page.context().newPage();
    await other.goto(`${server.url}/aftercare`);
    await appReady(other);
    await other.getByTestId("plan-name").fill("Half-typed name");
    let otherLoads = 0;
    other.on("load", () => otherLoads++);

    build("v2");
    await page.goto(`${server.url}/estimator`);
    await appReady(page);
    await expect(page.getByTestId("update-notice")).toBeVisible({ timeout: 20_000 });
    await page.getByRole("button", { name: "Reload" }).click();
    await expect(page.locator('meta[name="dermamap-build"]')).toHaveAttribute("content", "v2");

    await expect(other.getByTestId("updated-elsewhere")).toBeVisible({ timeout: 10_000 });
    await expect(other.getByTestId("plan-name")).toHaveValue("Half-typed name");
    await expect(other.locator('meta[name="dermamap-build"]')).toHaveAttribute("content", "v1");
    expect(otherLoads).toBe(0);
    await other.getByTestId("updated-elsewhere-reload").click();
    await expect(other.locator('meta[name="dermamap-build"]')).toHaveAttribute("content", "v2");
    await other.close();
  } finally {
    await stop(server);
    rmSync(tmp, { recursive: true, force: true });
  }
});
