// A debug build hydrates every prerendered page without a warning (issue 17). Only a debug
// build reports a hydration mismatch with its place in the code (a release build panics
// without one, which the other specs catch); `make test` builds one into target/dist-debug
// and runs this spec against it (DERMAMAP_DEBUG_DIST). Skipped without it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, appReady } from "./fixtures/app.mjs";
import { startServer } from "./global-setup.mjs";

const DIST = process.env.DERMAMAP_DEBUG_DIST;
test.skip(!DIST, "set DERMAMAP_DEBUG_DIST to a debug build (make test does)");

let server;
test.beforeAll(async () => {
  server = await startServer([], DIST);
});
test.afterAll(() => server?.child.kill());

/** Every page the sitemap lists (every language), and the not-found page. */
function pages() {
  const xml = readFileSync(join(DIST, "sitemap.xml"), "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

test("every page of a debug build hydrates with an empty console", async ({ page }) => {
  test.setTimeout(240_000);
  const list = pages();
  expect(list.length).toBeGreaterThan(90);
  const logged = [];
  page.on("console", (m) => {
    // The studio page's preview frames the embed same-origin with scripts, which Chromium
    // warns about; the embed is this site's own page (README, "For studios").
    if (/can escape its sandboxing/.test(m.text())) return;
    // Leptos warns, in debug builds, the first time a hydrate build mounts a view afresh
    // (`mount_to`, as the app does for the update/install controls and unprerendered pages):
    // that is on purpose here, the `csr` feature it suggests is for apps that never hydrate.
    if (/trying to use Leptos in client-side rendering mode/.test(m.text())) return;
    // The not-found page's own status, which Chromium logs as a failed load.
    if (/status of 404/.test(m.text()) && /\/no\/such\/page$/.test(page.url()) && m.location().url === page.url()) return;
    if (["error", "warning"].includes(m.type())) logged.push(`${page.url()}: ${m.text().slice(0, 300)}`);
  });
  // And pages whose state comes from the address, which they take on after hydrating.
  const withState = ["/embed", "/embed?name=Ink&cur=GBP&dermal=60-80&services=microneedling&accent=%23123456&tab=estimator",
    "/estimator?procedure=microneedling&region=neck&depth=0.5", "/de/estimator?procedure=dermal&region=hip&anchors=3",
    "/aftercare?procedure=microneedling&region=cheeks", "/es/embed", "/de/embed?lang=de&name=Tinte&cur=EUR"];
  // The not-found page answers any address and is rendered afresh, not hydrated.
  const notFound = ["/no/such/page", "/es/no/such/page", "/de/no/such/page"];
  // A debug build registers no service worker: the hold below holds every load.
  let release;
  await page.route("**/*_bg.wasm", async (route) => {
    await new Promise((resolve) => (release = resolve));
    await route.continue();
  });
  const rebuilt = [];
  for (const path of [...list, ...withState, ...notFound]) {
    await page.goto(`${server.url}${path}`, { app: false });
    await expect.poll(() => release, `${path}: the wasm was requested`).toBeTruthy();
    await page.evaluate(() => { window.arrived = document.querySelector("#boot > *"); });
    release();
    release = undefined;
    await appReady(page);
    // Hydrated: the app attached to the prerendered nodes, it did not build its own.
    const same = await page.evaluate(() => window.arrived?.isConnected && document.querySelector("#boot > *") === window.arrived);
    if (!same && !notFound.includes(path)) rebuilt.push(path);
  }
  expect(logged).toEqual([]);
  expect(rebuilt, "pages the app built again instead of hydrating").toEqual([]);
});
