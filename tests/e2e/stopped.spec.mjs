// When the app's code stops (its wasm traps: what a panic becomes in the release build), the
// page says so in its own language and offers a reload; no other error raises that note.
import { test, expect, axeViolations } from "./fixtures/app.mjs";

/** Keeps the main module's exports on `window.__appExports` as the page instantiates it. */
async function keepTheAppsExports(page) {
  await page.addInitScript(() => {
    for (const name of ["instantiateStreaming", "instantiate"]) {
      const original = WebAssembly[name];
      WebAssembly[name] = async function (...args) {
        const result = await original.apply(this, args);
        const instance = result.instance ?? result;
        if (instance.exports && "__wbindgen_start" in instance.exports) window.__appExports = instance.exports;
        return result;
      };
    }
  });
}

/** Makes the app's own wasm trap, outside any caller (`how`: "task", an uncaught error, or
 * "promise", an unhandled rejection): one of its closure shims is called with a closure's
 * pointers far past its memory, so the wasm reads outside it and stops with a RuntimeError. */
async function trapTheApp(page, how) {
  await page.evaluate((how) => {
    const exports = window.__appExports;
    const shim = exports && Object.keys(exports).find((n) => n.includes("convert__closures") && n.includes("invoke"));
    if (!shim) throw new Error("the app's wasm exports no closure shim to trap with");
    const far = 0x7ffffff0;
    const trap = () => exports[shim](far, far, far);
    if (how === "task") setTimeout(trap);
    else Promise.resolve().then(trap);
  }, how);
}

/** The page errors the trap caused (the fixture fails on any it does not take back). */
async function takeBackTheTrap(page) {
  await expect.poll(() => page.problems.length).toBeGreaterThan(0);
  const problems = page.problems.splice(0);
  expect(problems, "only the wasm's trap").toEqual([expect.stringMatching(/^page error: .*(out of bounds|unreachable)/)]);
}

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
  await keepTheAppsExports(page);
  await page.goto("/map/nape");
  await trapTheApp(page, "task");
  await expect(page.locator("#stopped")).toBeVisible();
  await takeBackTheTrap(page);
  await page.evaluate(() => (window.__beforeTheLink = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Estimator" }).click();
  await expect(page).toHaveURL(/\/estimator$/);
  await expect.poll(() => page.evaluate(() => window.__beforeTheLink ?? false)).toBe(false);
  await page.locator('html[data-app="ready"]').waitFor({ state: "attached" });
  await expect(page.locator("#stopped")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("estimator");
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

  test("the note never shows", async ({ page }) => {
    await page.goto("/map/nape", { app: false });
    await expect(page.locator("#stopped")).toContainText("stopped responding");
    await expect(page.locator("#stopped")).toBeHidden();
  });
});
