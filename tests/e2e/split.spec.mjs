// The wasm split by route (issue 17): the map's page runs on the main module alone; every
// other page's code is a chunk, loaded when it is opened, or before, when a link to it is on
// screen once the page runs, hovered or focused.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mainHash, requestsInTurn } from "../../scripts/split-wasm.mjs";
import { test, expect, appReady } from "./fixtures/app.mjs";

/** The wasm files a page fetches, in order. */
function wasmRequests(page) {
  const seen = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith(".wasm")) seen.push(path.slice(path.lastIndexOf("/") + 1));
  });
  return seen;
}

const isChunk = (name) => !/^dermamap-[0-9a-f]+_bg\.wasm$/.test(name);
/** Whether a page's own chunk was fetched (`split_<page>_page-<hash>.wasm`, src/pages/lazy_routes.rs). */
const pageCode = (seen, route) => seen.some((n) => n.startsWith(`split_${route}_page-`));

test("the map runs on the main module alone; the pages linked on screen load a little later", async ({ page }) => {
  const seen = wasmRequests(page);
  await page.goto("/");
  expect(seen.filter((n) => !isChunk(n)), "the main module").toHaveLength(1);
  expect(seen.filter(isChunk), "no page's code before the map runs").toEqual([]);
  // The header links the estimator and aftercare: their code follows without a click.
  await expect.poll(() => pageCode(seen, "estimator") && pageCode(seen, "aftercare"), { timeout: 10_000 }).toBe(true);
  // Opening one then needs nothing more of its own.
  const before = seen.length;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Estimator" }).click();
  await page.getByTestId("estimator-form").waitFor();
  expect(seen.slice(before).filter((n) => n.startsWith("split_estimator_page-"))).toEqual([]);
});

test("a link's page loads when the link is focused or hovered, not while it is off screen", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 320 });
  const seen = wasmRequests(page);
  await page.goto("/about");
  const studio = page.getByTestId("studio-link");
  await expect(studio).not.toBeInViewport();
  // Past the on-screen prefetch (the header's links), the studio's page is still not loaded.
  await expect.poll(() => pageCode(seen, "estimator"), { timeout: 10_000 }).toBe(true);
  expect(pageCode(seen, "studio")).toBe(false);
  await studio.focus();
  await expect.poll(() => pageCode(seen, "studio"), { timeout: 10_000 }).toBe(true);
  await studio.click();
  await expect(page).toHaveURL(/\/studio$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // Hovering: the sources page, linked from the last source of the region's details (off
  // screen in this small window), once the on-screen pass is over.
  await page.goto("/map/nape");
  const link = page.locator('[data-testid="region-details"] a[href*="sources"]').last();
  await expect(link).not.toBeInViewport();
  await page.waitForTimeout(2500);
  expect(pageCode(seen, "sources")).toBe(false);
  await link.hover();
  await expect.poll(() => pageCode(seen, "sources"), { timeout: 10_000 }).toBe(true);
});

test("a deep link to a split page hydrates it once its code has loaded, then works", async ({ page }) => {
  const seen = wasmRequests(page);
  await page.goto("/estimator?procedure=dermal&region=nape&anchors=2");
  expect(pageCode(seen, "estimator")).toBe(true);
  await expect(page.getByTestId("estimator-form")).toBeVisible();
  await page.getByLabel(/anchors/i).first().fill("3");
  await expect(page).toHaveURL(/anchors=3/);
});

test("a page's pieces of code are requested each from a run of script of its own, not two dozen at once", async ({ page }) => {
  // Each fetch() call, with the synchronous run of script it was made in (a run ends at the
  // next microtask checkpoint). That each run is a task of its own is the loader's, tested
  // below without a browser.
  await page.addInitScript(() => {
    const fetch = window.fetch;
    let run = null;
    let runs = 0;
    window.wasmRuns = [];
    window.fetch = function (input, init) {
      if (run === null) {
        run = ++runs;
        queueMicrotask(() => { run = null; });
      }
      const url = String(input instanceof Request ? input.url : input);
      if (/\.wasm$/.test(url) && isChunk(url.slice(url.lastIndexOf("/") + 1))) window.wasmRuns.push(run);
      return fetch.call(this, input, init);
    };
    const isChunk = (name) => !/^dermamap-[0-9a-f]+_bg\.wasm$/.test(name);
  });
  // The embed needs the most pieces: its own, the map's, the estimator's and aftercare's.
  await page.goto("/embed");
  const runs = await page.evaluate(() => window.wasmRuns);
  expect(runs.length, "the embed's code is in pieces").toBeGreaterThan(5);
  expect(new Set(runs).size, `pieces requested in the same task: ${runs.join(" ")}`).toBe(runs.length);
});

test("the loader asks for each module in a task of its own, in the order asked, and a failed request still fails", async () => {
  // The rewrite on a loader of the same form, run with a channel whose messages are counted
  // as tasks and a fetch() that records the task it is called in.
  const loader = `import { initSync } from "./main.js";
export const asked = [
  fetch(new URL("./a.wasm", "http://x/")),
  fetch(new URL("./b.wasm", "http://x/")),
  fetch(new URL("./c.wasm", "http://x/")),
];
`;
  const rewritten = requestsInTurn(loader, 3).replace(/^import .*$/m, "");
  let task = 0;
  const calls = [];
  const queue = [];
  class Channel {
    constructor() {
      this.port1 = {};
      this.port2 = { postMessage: () => queue.push(() => this.port1.onmessage()) };
    }
  }
  const fetchStub = (url) => {
    calls.push([url.pathname, task]);
    return url.pathname === "/b.wasm" ? Promise.reject(new Error("offline")) : Promise.resolve(url.pathname);
  };
  const { asked } = new Function("MessageChannel", "fetch", rewritten.replace("export const asked", "const asked") + "\nreturn { asked };")(Channel, fetchStub);
  // As the loader does: a failure is handled where the module is instantiated.
  for (const request of asked) request.catch(() => {});
  expect(calls, "no request in the task that asked").toEqual([]);
  // Each message is a task: the microtasks it starts run before the next.
  while (queue.length) {
    task += 1;
    queue.shift()();
    await new Promise((go) => setImmediate(go));
  }
  expect(calls).toEqual([["/a.wasm", 1], ["/b.wasm", 2], ["/c.wasm", 3]]);
  const settled = await Promise.allSettled(asked);
  expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  expect(() => requestsInTurn(loader, 2)).toThrow(/form changed/);
});

test.describe("a page whose code does not arrive", () => {
  // Nothing kept by a service worker: the chunks come from the network, which fails here.
  test.use({ serviceWorkers: "block" });

  /** The console errors these tests cause on purpose (the failed fetches, and the app saying
   * the page's code, or its text, did not load); anything else, a panic above all, still fails
   * the test. */
  const expected = /Failed to load resource|Failed to fetch|ERR_INTERNET_DISCONNECTED|the code of this page did not load|lang\/[a-z]{2}\.pages-[0-9a-f]{16}\.json could not be fetched/;
  const unexpected = (page) => page.problems.splice(0).filter((p) => !expected.test(p));

  test("online, it is opened from the server; if its code fails there too, the page stays readable", async ({ page }) => {
    await page.route(/\/split_estimator_page-[0-9a-f]+\.wasm$/, (route) => route.abort());
    await page.goto("/");
    await page.evaluate(() => { window.sameDocument = true; });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Estimator" }).click();
    await expect(page).toHaveURL(/\/estimator$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pain and cost estimator");
    expect(await page.evaluate(() => window.sameDocument), "opened by a full load").toBeUndefined();
    // The load's own code failed as well: the prerendered page stays, and says what does not respond.
    await expect(page.getByRole("status").filter({ hasText: "need it to respond" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Aftercare" })).toBeVisible();
    expect(unexpected(page)).toEqual([]);
  });

  test("offline, it says it could not be loaded, and Try again opens it once back online", async ({ page, context }) => {
    // Refused from the start (whatever the on-screen prefetch has tried), then offline.
    const chunk = /\/split_aftercare_page-[0-9a-f]+\.wasm$/;
    await page.route(chunk, (route) => route.abort());
    await page.goto("/");
    await appReady(page);
    await context.setOffline(true);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Aftercare" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not be loaded");
    await expect(page).toHaveURL(/\/aftercare$/);
    // The app still runs: the map opens again.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Map" }).click();
    await expect(page.getByTestId("map-page")).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not be loaded");
    await context.setOffline(false);
    await page.unroute(chunk);
    await page.getByRole("link", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aftercare checklist");
    await appReady(page);
    expect(unexpected(page)).toEqual([]);
  });

  test("on a connection that drops (the browser still says online), it stays and says so, after one try", async ({ page }) => {
    // The chunk fails after a while, as on a stalled connection.
    const chunkAsked = [];
    await page.route(/\/split_estimator_page-[0-9a-f]+\.wasm$/, async (route) => {
      chunkAsked.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.abort();
    });
    const failed = () => page.waitForEvent("console", { predicate: (m) => /Failed to fetch/.test(m.text()), timeout: 10_000 });
    await page.goto("/");
    await appReady(page);
    // The server no longer answers either: leaving would show the browser's error page.
    await page.route(/\/estimator$/, (route) => route.abort("internetdisconnected"));
    await page.evaluate(() => { window.sameDocument = true; });
    // The on-screen prefetch tries the header's pages once, and forgets the failure.
    const prefetchFailed = failed();
    await expect.poll(() => chunkAsked.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await prefetchFailed;
    // Hovering the link starts a load; the click (while it is under way) waits for the same
    // one, and the page's view does not start another when it fails.
    const before = chunkAsked.length;
    const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Estimator" });
    await link.hover();
    await expect.poll(() => chunkAsked.length).toBe(before + 1);
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not be loaded");
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => window.sameDocument), "still this document").toBe(true);
    expect(chunkAsked.length - before, "one load of the page's code for the hover and the click").toBe(1);
    expect(unexpected(page)).toEqual([]);
  });

  test("at an address that is not prerendered, a page whose code fails says so, and is not reloaded again and again", async ({ page }) => {
    await page.route(/\/split_about_procedure_page-[0-9a-f]+\.wasm$/, (route) => route.abort());
    let loads = 0;
    page.on("request", (r) => {
      if (r.resourceType() === "document" && new URL(r.url()).pathname === "/about/tattoo") loads++;
    });
    await page.goto("/about/tattoo");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not be loaded");
    await page.waitForTimeout(3000);
    expect(loads, "one load of the address").toBe(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not be loaded");
    expect(unexpected(page)).toEqual([]);
  });
});

// Servers and browsers keep a hashed file for good: its name must change whenever its bytes
// do. The split rewrites the main module's JS and wasm after Trunk named them.
test("every piece of the split wasm is named by what is served", async ({ request }) => {
  const dist = "dist";
  const names = readdirSync(dist);
  const one = (re) => {
    const found = names.filter((n) => re.test(n));
    expect(found, `${re}`).toHaveLength(1);
    return found[0];
  };
  const hashOf = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  const js = one(/^dermamap-[0-9a-f]{16}\.js$/);
  const wasm = one(/^dermamap-[0-9a-f]{16}_bg\.wasm$/);
  const loader = one(/^__wasm_split-[0-9a-f]{16}\.js$/);
  const read = (n) => readFileSync(`${dist}/${n}`);
  const stem = `dermamap-${mainHash(read(wasm), read(js).toString(), read(loader).toString())}`;
  expect([js, wasm]).toEqual([`${stem}.js`, `${stem}_bg.wasm`]);
  expect(loader).toBe(`__wasm_split-${hashOf(read(loader))}.js`);
  for (const chunk of names.filter((n) => n.endsWith(".wasm") && n !== wasm)) {
    expect(chunk).toMatch(new RegExp(`-${hashOf(read(chunk))}\\.wasm$`));
  }
  // And what is served names them: the page, the JS (its wasm and loader), the loader (the JS).
  const page = await (await request.get("/")).text();
  expect(page).toContain(`"./${js}"`);
  expect(page).toContain(`"./${wasm}"`);
  expect(read(js).toString()).toMatch(new RegExp(`(['"])${wasm}\\1`));
  expect(read(js).toString()).toContain(`"./${loader}"`);
  expect(read(loader).toString()).toContain(`"./${js}"`);
});
