import { test, expect, axeViolations } from "./fixtures/app.mjs";
import { EstimatorPage } from "./fixtures/estimator_page.mjs";

test("a dermal estimate: pain range with reasons, cost per anchor, shareable URL", async ({ page }) => {
  const est = new EstimatorPage(page);
  await est.open();
  await est.choose("procedure", "dermal");
  await est.choose("region", "hip");
  await est.type("anchors", 2);
  await expect(est.pain).toHaveText(/^\d+(\.\d)?-\d+(\.\d)? out of 10$/);
  await expect(est.factors.locator("li").first()).toBeVisible();
  // Sourced default: US$50-150 per anchor, so two anchors are $100-$300.
  await expect(est.total).toContainText("$100");
  await expect(est.total).toContainText("$300");
  await expect(page).toHaveURL(/anchors=2/);
  await expect(page).toHaveURL(/region=hip/);

  const url = page.url();
  const pain = await est.pain.textContent();
  const total = await est.total.textContent();
  await page.goto(url);
  await expect(est.pain).toHaveText(pain);
  await expect(est.total).toHaveText(total);
  await expect(est.field("anchors")).toHaveValue("2");
});

test("a microneedling course: depth warning at home, sessions multiply the price", async ({ page }) => {
  const est = new EstimatorPage(page);
  await est.open();
  await est.choose("procedure", "microneedling");
  await est.choose("region", "cheeks");
  await est.type("sessions", 3);
  // $100-800 per session (seed 002, sdbotox.com), three sessions.
  await expect(est.total).toContainText("$300");
  await expect(est.total).toContainText("$2,400");
  await expect(page.getByText(/usually not covered by insurance/i).first()).toBeVisible();
  await page.getByTestId("home").check();
  await est.type("depth", "1.5");
  await expect(page.getByTestId("estimate-warnings")).toContainText("1.0 mm");
  const withNumbing = await est.pain.textContent();
  await page.getByTestId("numbing").uncheck();
  // No study measured pain without numbing cream: the top of the range rises, the bottom
  // stays (both are Dermamap's assumption).
  const ends = (t) => t.match(/([\d.]+)-([\d.]+)/).slice(1).map(Number);
  await expect.poll(async () => ends(await est.pain.textContent())[1]).toBeGreaterThan(ends(withNumbing)[1]);
  expect(ends(await est.pain.textContent())[0]).toBe(ends(withNumbing)[0]);
});

test("a bad number gets a message tied to its field and keeps the last good estimate", async ({ page }) => {
  const est = new EstimatorPage(page);
  await est.open("?procedure=dermal&region=belly");
  await est.type("anchors", 40);
  const anchors = est.field("anchors");
  await expect(anchors).toHaveAttribute("aria-invalid", "true");
  const describedBy = await anchors.getAttribute("aria-describedby");
  expect(describedBy).toContain("anchors-error");
  await expect(page.locator("#anchors-error")).toContainText("1 to 10");
  await expect(est.total).toBeVisible();
  // The estimate shown is the last good one, and it says so until the field is corrected.
  await expect(page.getByTestId("estimate-stale")).toBeVisible();
  await est.type("anchors", 3);
  await expect(page.getByTestId("estimate-stale")).toHaveCount(0);
  await expect(page).toHaveURL(/anchors=3/);
  // A procedure switched away and back shows the value in use (the switch starts its
  // choices afresh), with no error left over.
  await est.type("anchors", 99);
  await expect(page.getByTestId("estimate-stale")).toBeVisible();
  await page.getByTestId("procedure").selectOption("microneedling");
  await page.getByTestId("procedure").selectOption("dermal");
  const shown = await est.field("anchors").inputValue();
  await expect(page).toHaveURL(new RegExp(`anchors=${shown}(&|$)`));
  await expect(est.field("anchors")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("estimate-stale")).toHaveCount(0);
});

test("a hostile URL falls back to defaults with a notice and runs no script", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  const est = new EstimatorPage(page);
  await est.open("?procedure=dermal&region=%3Cscript%3Ealert(1)%3C/script%3E&anchors=1e308&sessions=-3&depth=abc&tolerance=%3Cimg%20src=x%20onerror=alert(1)%3E");
  await expect(page.getByTestId("query-notice")).toBeVisible();
  await expect(page.getByTestId("query-notice")).toContainText("region");
  await expect(est.pain).toBeVisible();
  await expect(est.field("anchors")).toHaveValue("1");
  expect(await page.locator("img[src=x], script:not([type]):has-text('alert')").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("the map pre-fills the estimator", async ({ page }) => {
  await page.goto("/map/nape");
  await page.getByTestId("estimate-link").click();
  await expect(page).toHaveURL(/\/estimator\?/);
  await expect(page.getByTestId("region")).toHaveValue("nape");
  await expect(page.getByTestId("procedure")).toHaveValue("dermal");
});

test("the microneedling pre-screen says who to ask and stores nothing", async ({ page }) => {
  const est = new EstimatorPage(page);
  await est.open("?procedure=microneedling&region=forehead");
  const screen = page.getByTestId("prescreen");
  await expect(screen).toBeVisible();
  const first = screen.getByRole("checkbox").first();
  await first.check();
  await expect(screen.getByText(/Do not have microneedling while this applies/).first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test("keyboard only: reach the form, change values, read the result", async ({ page }) => {
  const est = new EstimatorPage(page);
  await est.open("?procedure=dermal&region=belly");
  await est.field("procedure").focus();
  await page.keyboard.press("Tab"); // region
  await page.keyboard.press("Tab"); // tolerance
  await expect(est.field("tolerance")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab"); // anchors
  await expect(est.field("anchors")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(est.field("anchors")).toHaveValue("2");
  await expect(est.total).toContainText("$300");
});

test("axe finds no violations on the estimator for both procedures", async ({ page }) => {
  const est = new EstimatorPage(page);
  await est.open("?procedure=dermal&region=hip");
  expect(await axeViolations(page)).toEqual([]);
  await est.open("?procedure=microneedling&region=cheeks");
  expect(await axeViolations(page)).toEqual([]);
});
