import { test, expect, axeViolations } from "./fixtures/app.mjs";
import { MapPage, DERMAL, NEEDLING } from "./fixtures/map_page.mjs";

test("every region is on the figure and opens its panel with its name and sources", async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  const seen = new Set();
  for (const view of ["front", "back", "face"]) {
    await map.showView(view);
    const ids = await map.regionsOnView();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      await map.clickRegion(id);
      await expect(page).toHaveURL(new RegExp(`/map/${id}$`));
      const name = await map.region(id).getAttribute("aria-label");
      await expect(map.details.getByRole("heading", { level: 2 })).toHaveText(name.replace(/, (micro-dermal|microneedling)( and microneedling)?$/, ""));
      await expect(map.details.locator(".sources a").first()).toBeVisible();
      await expect(map.region(id)).toHaveAttribute("aria-pressed", "true");
      seen.add(id);
    }
  }
  expect([...seen].sort()).toEqual([...DERMAL, ...NEEDLING].sort());
});

test("keyboard alone reaches and opens a region on each view", async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  for (const [view, key] of [["front", "Enter"], ["back", " "], ["face", "Enter"]]) {
    await map.showView(view);
    // Tab from the view button into the figure until a region has focus.
    await page.getByTestId(`view-${view}`).focus();
    let focused = null;
    for (let i = 0; i < 12 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.dataset?.testid?.startsWith("region-") ? document.activeElement.dataset.testid.slice(7) : null);
    }
    expect(focused, `a region on the ${view} view takes focus`).not.toBeNull();
    await page.keyboard.press(key === " " ? "Space" : key);
    await expect(page).toHaveURL(new RegExp(`/map/${focused}$`));
    await expect(map.details).toBeVisible();
  }
});

for (const id of ["nape", "chin-jaw", "wrist"]) {
  test(`deep link /map/${id} opens that region on its view`, async ({ page }) => {
    const map = new MapPage(page);
    await map.open(`/map/${id}`);
    await expect(map.details).toBeVisible();
    await expect(map.region(id)).toHaveAttribute("aria-pressed", "true");
    const expectedView = { nape: "back", "chin-jaw": "face", wrist: "front" }[id];
    expect(await map.currentView()).toBe(expectedView);
  });
}

test("back and forward move between selections", async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  await map.clickRegion("belly");
  await map.clickRegion("hip");
  await expect(map.details.getByRole("heading", { level: 2 })).toHaveText(/Hip/);
  // The panel shows a tap at once; the address follows right after that frame.
  await expect(page).toHaveURL(/\/map\/hip$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/map\/belly$/);
  await expect(map.details.getByRole("heading", { level: 2 })).toHaveText(/Belly/);
  await page.goForward();
  await expect(page).toHaveURL(/\/map\/hip$/);
  await expect(map.details.getByRole("heading", { level: 2 })).toHaveText(/Hip/);
});

test("an unknown region id shows a friendly message and the map", async ({ page }) => {
  const map = new MapPage(page);
  await map.open("/map/not-a-place");
  await expect(page.getByTestId("unknown-region")).toContainText("no region");
  await expect(map.figure).toBeVisible();
});

test("the filter hides the other procedure", async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  await map.showView("face");
  await map.filter("dermal");
  expect((await map.regionsOnView()).sort()).toEqual(["cheekbone", "third-eye", "under-eye"]);
  await map.filter("microneedling");
  const ids = await map.regionsOnView();
  expect(ids).not.toContain("cheekbone");
  expect(ids).toContain("forehead");
  await expect(map.list.getByRole("link", { name: "Cheekbone" })).toHaveCount(0);
});

test("moving from / to a region keeps the page: its view and filter stay as the person set them", async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  await map.showView("face");
  await map.filter("microneedling");
  await page.evaluate(() => (window.__figure = document.querySelector("[data-testid=body-figure]")));
  await map.clickRegion("forehead");
  await expect(page).toHaveURL(/\/map\/forehead$/);
  await expect(map.details.getByRole("heading", { level: 2 })).toHaveText(/Forehead/);
  await expect(page.getByTestId("filter-microneedling")).toBeChecked();
  expect(await map.currentView()).toBe("face");
  expect(await page.evaluate(() => window.__figure === document.querySelector("[data-testid=body-figure]"))).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(map.details).toHaveCount(0);
  await expect(page.getByTestId("filter-microneedling")).toBeChecked();
});

test("the list gives the same regions as links", async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  const links = map.list.getByRole("link");
  await expect(links).toHaveCount(DERMAL.length + NEEDLING.length);
  await map.list.getByRole("link", { name: /Nape/ }).click();
  await expect(page).toHaveURL(/\/map\/nape$/);
  expect(await map.currentView()).toBe("back");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a tap on the figure or the list shows that region's details on screen, and the page does not jump to the top", async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const heading = map.details.getByRole("heading", { level: 2 });
    await map.region("belly").scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollBy(0, 200));
    const before = await page.evaluate(() => scrollY);
    expect(before).toBeGreaterThan(0);
    await map.region("belly").tap();
    await expect(page).toHaveURL(/\/map\/belly$/);
    await expect(heading).toContainText("Belly");
    await expect(heading).toBeInViewport();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThanOrEqual(before);
    // The list, below the panel: its link opens the region in place, on screen too.
    await map.list.getByRole("link", { name: /Nape/ }).tap();
    await expect(page).toHaveURL(/\/map\/nape$/);
    await expect(heading).toContainText("Nape");
    await expect(heading).toBeInViewport();
    await expect(map.list.getByRole("link", { name: /Nape/ })).toHaveAttribute("aria-current", "page");
    // And it looks current.
    await expect(map.list.getByRole("link", { name: /Nape/ })).toHaveCSS("font-weight", "700");
    expect(await map.currentView()).toBe("back");
  });
});

test("on a wide screen a tap keeps the page where it is", async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  await page.evaluate(() => scrollTo(0, 120));
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(120);
  await map.clickRegion("hip");
  await expect(page).toHaveURL(/\/map\/hip$/);
  await expect(map.details.getByRole("heading", { level: 2 })).toContainText("Hip");
  await page.waitForTimeout(100);
  expect(await page.evaluate(() => scrollY)).toBe(120);
  // A region low on the figure, the panel beside it partly above: the page stays too.
  await map.region("thigh").scrollIntoViewIfNeeded();
  const at = await page.evaluate(() => scrollY);
  await map.clickRegion("thigh");
  await expect(map.details.getByRole("heading", { level: 2 })).toContainText("Thigh");
  await page.waitForTimeout(100);
  expect(await page.evaluate(() => scrollY)).toBe(at);
});

test("the panel links to the estimator and aftercare pre-filled", async ({ page }) => {
  const map = new MapPage(page);
  await map.open("/map/hip");
  // Where the links lead (the prerendered page's links are relative to its <base>).
  const target = (id) => page.getByTestId(id).evaluate((a) => a.href);
  expect(await target("estimate-link")).toMatch(/^https?:\/\/[^/]+\/estimator\?procedure=dermal&region=hip$/);
  expect(await target("aftercare-link")).toMatch(/^https?:\/\/[^/]+\/aftercare\?procedure=dermal&region=hip$/);
});

test("axe finds no violations on the map and on an open panel", async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  expect(await axeViolations(page)).toEqual([]);
  await map.open("/map/cheekbone");
  await expect(map.details).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("a 360 x 740 phone has no horizontal scroll, and screenshots of each view", async ({ page }) => {
  const map = new MapPage(page);
  for (const [w, h, size] of [[360, 740, "phone"], [1280, 900, "desktop"]]) {
    await page.setViewportSize({ width: w, height: h });
    await map.open("/map/hand");
    for (const view of ["front", "back", "face"]) {
      await map.showView(view);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `no horizontal scroll on ${view} at ${w}px`).toBeLessThanOrEqual(0);
      await map.figure.screenshot({ path: `tests/output/screens/${view}-${size}.png` });
    }
  }
});
