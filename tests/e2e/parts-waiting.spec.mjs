// Input while a prerendered page's parts wait for their turn to hydrate: the first input makes
// every waiting part the app's before it is handled.
import { test, expect, appReady } from "./fixtures/app.mjs";
import { AftercarePage } from "./fixtures/aftercare_page.mjs";

/** Loads `address` and holds the app where its page is hydrated but its parts wait for their
 * turns: the app's short timers (up to 5 ms: the parts' turns, reading the device once no part
 * waits) are held until `release()`. The app's steps up to the hydration wait for a new task
 * with a promise's own resolver (`device::scheduling::next_task`), not a closure of the app's:
 * those run. */
async function loadWithPartsWaiting(page, address) {
  await page.addInitScript(() => {
    const setTimeout = window.setTimeout;
    const held = [];
    const isResolver = (fn) => typeof fn === "function" && /\[native code\]/.test(Function.prototype.toString.call(fn));
    window.setTimeout = (fn, ms, ...args) => {
      if (ms > 5 || isResolver(fn)) return setTimeout.call(window, fn, ms, ...args);
      held.push(() => fn(...args));
      return 0;
    };
    window.heldTimers = () => held.length;
    window.releaseTimers = () => {
      window.setTimeout = setTimeout;
      for (const go of held.splice(0)) setTimeout.call(window, go, 0);
    };
  });
  await page.goto(address, { app: false });
  const title = await page.title();
  // Before the hydration only the install and update controls' timer is held; the parts'
  // turns come with it.
  await page.waitForFunction(() => window.heldTimers() > 1, null, { timeout: 20_000 });
  // Anything else the hydration would do has been done well within this.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.heldTimers()), "the page's parts wait").toBeGreaterThan(1);
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  // The page's head tags are hydrated with the app's: the tab keeps its title meanwhile.
  await expect(page).toHaveTitle(title);
  await page.evaluate(() => { window.samePage = true; });
  return async () => {
    await page.evaluate(() => window.releaseTimers());
    await appReady(page);
  };
}

// The page's parts (header and footer; the map's controls, figure, details and list; the
// estimator's form, its sets of fields and result; the aftercare plans, form and backup; the
// embed's bar, tabs, panels and disclaimer) are hydrated each in a
// task of its own after the page's first hydration task. Input while they wait first hydrates
// every waiting part as the page was written, then reads the device, then is handled.
test.describe("input while the page's parts wait for their turn", () => {
  test.use({ serviceWorkers: "block" });
  // Without that, a link of the region list is taken by the router's own listener while the
  // panel still waits: the panel is then made with the new region on the old markup (a panic
  // in the release build, or the old region kept), and a region of the figure is a plain link
  // (the page is loaded again).
  for (const { address, taps } of [
    { address: "/", taps: [["sternum", "Sternum"], ["hip", "Hip"]] },
    { address: "/map/nape", taps: [["back-dimples", "Back dimples"], ["back", "Back"]] },
    { address: "/es/", taps: [["sternum", "Esternón"], ["hip", "Cadera"]] },
  ]) {
    test(`${address}: a tap is the app's and opens its region`, async ({ page }) => {
      const release = await loadWithPartsWaiting(page, address);
      const heading = page.getByTestId("region-details").getByRole("heading", { level: 2 });
      const [[first, firstName], [second, secondName]] = taps;
      // A link of the region list, which the router takes over; then one of the figure's regions.
      await page.getByTestId("region-list").getByRole("link", { name: firstName }).click();
      await expect(heading).toContainText(firstName);
      expect(await page.evaluate(() => window.samePage), "a move within the app, not a page load").toBe(true);
      await release();
      await expect(page).toHaveURL(new RegExp(`/map/${first}$`));
      await expect(heading).toContainText(firstName);
      // Still the app's: the next tap opens the next region in place.
      await page.getByTestId(`region-${second}`).click();
      await expect(page).toHaveURL(new RegExp(`/map/${second}$`));
      expect(await page.evaluate(() => window.samePage)).toBe(true);
      await expect(heading).toContainText(secondName);
    });
  }

  // The back button while the parts wait: the router's history listener would otherwise move
  // the map to the other address before the details panel is hydrated on the old one.
  test("/map/nape: the back button to the map is the app's", async ({ page }) => {
    // Two entries of one document, as after a move within the app from / to /map/nape.
    await page.addInitScript(() => {
      if (location.pathname !== "/map/nape" || history.state?.made) return;
      history.replaceState({ made: true }, "", "/");
      history.pushState({ made: true }, "", "/map/nape");
    });
    const release = await loadWithPartsWaiting(page, "/map/nape");
    const details = page.getByTestId("region-details");
    await expect(details.getByRole("heading", { level: 2 })).toContainText("Nape of the neck");
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator(".details-empty")).toBeVisible();
    await expect(details).toHaveCount(0);
    expect(await page.evaluate(() => window.samePage), "a move within the app, not a page load").toBe(true);
    await release();
    // The figure stays on the back view it showed.
    await page.getByTestId("region-back-dimples").click();
    await expect(page).toHaveURL(/\/map\/back-dimples$/);
    await expect(details.getByRole("heading", { level: 2 })).toContainText("Back dimples");
  });

  // Without the device read first, the plan started by that one click is replaced by the saved
  // plans a moment later, and the link's choices arrive after it was started without them.
  test("aftercare from a link: one click on Start adds to the saved plans, with the link's choices", async ({ page }) => {
    const aftercare = new AftercarePage(page);
    await aftercare.open();
    await aftercare.startPlan({ procedure: "microneedling", name: "Earlier" });
    await expect(aftercare.plans).toHaveCount(1);
    const release = await loadWithPartsWaiting(page, "/aftercare?procedure=dermal&region=hip");
    await page.getByTestId("start-plan-button").click();
    await release();
    await expect(aftercare.plans).toHaveCount(2);
    await expect(aftercare.plan("Earlier")).toHaveCount(1);
    await expect(aftercare.plans.filter({ hasText: "Hip" })).toHaveCount(1);
    expect(await page.evaluate(() => window.samePage)).toBe(true);
    // Both saved: the next visit (a page without held timers) shows them.
    const again = await page.context().newPage();
    await again.goto("/aftercare");
    await appReady(again);
    await expect(again.getByTestId("plan")).toHaveCount(2);
    await again.close();
  });
});
