// When the app's code stops (its wasm traps: what a panic becomes in the release build), the
// page says so in its own language and offers a reload; no other error raises that note.
import { test, expect, axeViolations } from "./fixtures/app.mjs";
import { keepTheAppsExports, trapTheApp, takeBackTheTrap, stopTheAppOn, stillTheStoppedPage, loadedInFull } from "./fixtures/trap.mjs";

test("a trap in the app's code says the page stopped, and Reload starts it again", async ({ page }) => {
  await keepTheAppsExports(page);
  await page.goto("/map/nape");
  const note = page.getByRole("alert").filter({ hasText: "stopped responding" });
  await expect(note).toBeHidden();
  await trapTheApp(page, "task");
  await expect(note).toBeVisible();
  await expect(note).toContainText("your saved aftercare plans stay on this device");
  await takeBackTheTrap(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate(() => (window.__beforeReload = true));
  await note.getByRole("button", { name: "Reload" }).click();
  await expect.poll(() => page.evaluate(() => window.__beforeReload ?? false)).toBe(false);
  await page.locator('html[data-app="ready"]').waitFor({ state: "attached" });
  await expect(note).toBeHidden();
  await expect(page.getByTestId("region-details")).toContainText("Nape");
});

test("after a trap a link opens its page in full, as without JavaScript", async ({ page }) => {
  await stopTheAppOn(page, "/map/nape");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Estimator" }).click();
  // Once the new page's app runs, the estimator writes its state into the query.
  await expect(page).toHaveURL(/\/estimator(?:\?.*)?$/);
  await loadedInFull(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("estimator");
});

test("after a trap no key reaches the stopped app: Space does nothing, Enter opens the region's page in full", async ({ page }) => {
  await stopTheAppOn(page, "/map/nape");
  const dimples = page.getByTestId("body-figure").getByTestId("region-back-dimples");
  await dimples.focus();
  await page.keyboard.press("Space");
  await page.waitForTimeout(300);
  // The app would select the region in place (src/components/body_figure.rs); stopped, it
  // takes no key.
  await expect(page).toHaveURL(/\/map\/nape$/);
  await expect(page.getByTestId("region-details")).toContainText("Nape");
  expect(await stillTheStoppedPage(page)).toBe(true);
  // Enter on a link is the link's own click: the page loads in full.
  await dimples.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/map\/back-dimples$/);
  await loadedInFull(page);
  await expect(page.getByTestId("region-details")).toContainText("dimples");
});

test("the note is in the page's language, also for a trap in a promise", async ({ page }) => {
  await keepTheAppsExports(page);
  await page.goto("/es/estimator");
  const note = page.locator("#stopped");
  await trapTheApp(page, "promise");
  await expect(note).toBeVisible();
  await expect(note).toHaveAttribute("role", "alert");
  await expect(note).toContainText("esta página dejó de responder");
  await expect(note.getByRole("button", { name: "Recargar" })).toBeVisible();
  await takeBackTheTrap(page);
});

test("other errors on the page do not raise the note", async ({ page }) => {
  await page.goto("/de/aftercare");
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error("a script's own error");
    });
    Promise.reject(new TypeError("a rejected promise"));
  });
  await expect.poll(() => page.problems.length).toBe(2);
  expect(page.problems.splice(0).sort()).toEqual(["page error: a rejected promise", "page error: a script's own error"]);
  await page.waitForTimeout(200);
  await expect(page.locator("#stopped")).toBeHidden();
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the note is in the page, hidden, and nothing can show it", async ({ page }) => {
    await page.goto("/map/nape", { app: false });
    await expect(page.locator("#stopped")).toContainText("stopped responding");
    await expect(page.locator("#stopped .stopped")).toHaveAttribute("hidden", "");
    await expect(page.locator("#stopped")).toBeHidden();
  });
});
