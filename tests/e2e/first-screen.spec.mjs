// The static first screen in index.html: what a person sees while the wasm downloads, and
// how the app takes its place.
import { HASHED } from "../../scripts/hashed-name.mjs";
import { test, expect, appReady } from "./fixtures/app.mjs";

/** Holds the wasm download until `release()` is called, so the static screen can be read. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route("**/*_bg.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

const box = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
});

/** Sums layout shifts from page load on (the entries are buffered). */
const layoutShift = (page) => page.evaluate(() => new Promise((resolve) => {
  let sum = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
  }).observe({ type: "layout-shift", buffered: true });
  setTimeout(() => resolve(sum), 300);
}));

const pages = [
  { path: "/", heading: "Body map", nav: "Map" },
  { path: "/map/nape", heading: "Body map", nav: null },
  { path: "/estimator", heading: "Pain and cost estimator", nav: "Estimator" },
  { path: "/aftercare", heading: "Aftercare checklist", nav: "Aftercare" },
  { path: "/studio", heading: "Embed Dermamap on your studio's site", nav: null },
];

for (const p of pages) {
  test(`${p.path}: the heading and lede show before the wasm, and the app replaces them in place`, async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(p.path);
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toHaveText(p.heading);
    const lede = page.locator("p.lede").locator("visible=true");
    await expect(lede).toHaveCount(1);
    const before = await box(lede);
    const text = await lede.textContent();
    if (p.nav) {
      const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: p.nav, exact: true });
      expect(await link.evaluate((a) => getComputedStyle(a).fontWeight)).toBe("700");
    }

    release();
    await appReady(page);
    await expect(page.locator("#boot")).toHaveCount(0);
    await expect(h1).toHaveCount(1);
    await expect(h1).toHaveText(p.heading);
    await expect(page.locator("p.lede")).toHaveText(text);
    expect(await box(page.locator("p.lede"))).toEqual(before);
    expect(await layoutShift(page)).toBe(0);
    if (p.nav) {
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: p.nav, exact: true }))
        .toHaveAttribute("aria-current", "page");
    }
  });
}

test("an unknown path shows only the header until the app shows its 404 page", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/no/such/page");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
  release();
  await appReady(page);
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("the static links work before the app has loaded", async ({ page }) => {
  await holdWasm(page); // never released: the app does not arrive
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Aftercare" }).click();
  await expect(page).toHaveURL(/\/aftercare$/);
  await page.waitForLoadState(); // until the stylesheet applies, every static page is "visible"
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aftercare checklist");
  await expect(page.locator("#boot")).toHaveCount(1);
});

test("the app is downloaded only after the first screen has been painted", async ({ page }) => {
  await page.goto("/estimator");
  await appReady(page);
  const { fcp, wasm, js } = await page.evaluate((hashed) => {
    const start = (ext) => performance.getEntriesByType("resource")
      .find((e) => new RegExp(hashed).test(e.name) && e.name.endsWith(ext))?.startTime;
    return {
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      wasm: start("_bg.wasm"),
      js: start(".js"),
    };
  }, HASHED.source);
  expect(fcp).toBeGreaterThan(0);
  expect(js).toBeGreaterThanOrEqual(fcp);
  expect(wasm).toBeGreaterThanOrEqual(fcp);
});

for (const tab of [
  { query: "", heading: "Body map", label: "Body map" },
  { query: "&tab=estimator", heading: "Pain and cost estimator", label: "Estimator" },
  { query: "&tab=aftercare", heading: "Aftercare checklist", label: "Aftercare" },
]) {
  test(`the embed's first screen shows its opening tab${tab.query || " (map)"} without site chrome`, async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(`/embed?cur=EUR${tab.query}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tab.heading);
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    const selected = page.locator(`[data-boot-tab]`, { hasText: tab.label });
    expect(await selected.evaluate((el) => getComputedStyle(el).fontWeight)).toBe("700");
    const lede = page.locator("p.lede").locator("visible=true");
    const before = await box(lede);

    release();
    await page.getByTestId("embed").waitFor();
    await expect(page.getByRole("tab", { name: tab.label })).toHaveAttribute("aria-selected", "true");
    const after = page.getByRole("tabpanel").locator("p.lede");
    expect(await box(after)).toEqual(before);
    expect(await layoutShift(page)).toBe(0);
  });
}
