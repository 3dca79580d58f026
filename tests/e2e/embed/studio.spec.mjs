// The /studio page, which writes a studio's snippet and previews its embed.
import { test, expect, appReady, axeViolations } from "../fixtures/app.mjs";
import { APP, APP_ORIGIN, SANDBOX } from "../fixtures/studio_site.mjs";

test.describe("the studio page", () => {
  test("is linked from /about, validates the form, previews and writes the snippet", async ({ page }) => {
    await page.goto("/about");
    await page.getByRole("link", { name: "For studios: embed Dermamap" }).click();
    await expect(page).toHaveURL(/\/studio$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Embed Dermamap");

    await page.getByLabel("Studio name").fill("Ink & Steel");
    await page.getByLabel("Currency").selectOption("GBP");
    await page.getByLabel("Micro-dermal piercing, per anchor").fill("60-80");
    const accent = page.getByLabel("Accent colour");
    await accent.fill("#777777");
    await expect(accent).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("studio-accent-error")).toContainText("4.48:1");
    await expect(accent).toHaveAttribute("aria-describedby", "studio-accent-help studio-accent-error");
    await accent.fill("#0b5d5b");
    await expect(accent).toHaveAttribute("aria-invalid", "false");
    await expect(page.getByTestId("studio-accent-error")).toBeEmpty();
    const dermal = page.getByLabel("Micro-dermal piercing, per anchor");
    await dermal.fill("80-60");
    await expect(dermal).toHaveAttribute("aria-invalid", "true");
    await dermal.fill("60-80");

    const query = "name=Ink%20%26%20Steel&cur=GBP&dermal=60-80&accent=0b5d5b";
    const code = page.getByTestId("snippet");
    await expect(code).toHaveValue(new RegExp(`^<iframe data-dermamap src="${APP}/embed\\?${query.replaceAll("&", "&amp;")}" `));
    await expect(code).toHaveValue(new RegExp(`title="Dermamap: dermal and microneedling guide" sandbox="${SANDBOX}" loading="lazy" width="100%" height="900"></iframe>`));
    await expect(code).toHaveValue(new RegExp(`<script src="${APP}/embed.js" defer></script>$`));
    await expect(code).toHaveAttribute("readonly", "");

    // The preview follows the form.
    await expect(page.getByTestId("preview")).toHaveAttribute("src", `/embed?${query}`);
    const preview = page.frameLocator('[data-testid="preview"]');
    await expect(preview.getByTestId("embed-studio")).toHaveText("Ink & Steel");
    await preview.getByRole("tab", { name: "Estimator" }).click();
    await expect(preview.getByTestId("cost-total")).toHaveText("£60-£80");

    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: APP_ORIGIN });
    await page.getByRole("button", { name: "Copy snippet" }).click();
    await expect(page.getByTestId("copy-status")).toHaveText("Snippet copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  });

  test("axe finds no WCAG violations on /studio", async ({ page }) => {
    await page.goto("/studio");
    await page.getByTestId("studio-form").waitFor();
    await page.frameLocator('[data-testid="preview"]').getByTestId("embed").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe("the studio page's preview", () => {
  // No service worker: it would serve the wasm past the hold.
  test.use({ serviceWorkers: "block" });
  test("takes the embed's height, even when the embed told it before the studio page ran", async ({ page }) => {
    // The studio page's app waits; the embed in its preview runs and reports its height to a
    // page that is not listening yet.
    let release;
    const gate = new Promise((r) => (release = r));
    await page.route("**/*_bg.wasm", async (route) => {
      if (route.request().frame() === page.mainFrame()) await gate;
      await route.continue();
    });
    await page.goto("/studio", { app: false });
    const preview = page.frameLocator('[data-testid="preview"]');
    await appReady(preview);
    const embedHeight = () => preview.getByTestId("embed").evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom + window.scrollY));
    expect(Math.abs((await embedHeight()) - 900), "an embed whose height is not the frame's default").toBeGreaterThan(20);
    await page.waitForTimeout(300);
    release();
    await appReady(page);
    const frameHeight = () => page.getByTestId("preview").evaluate((el) => el.clientHeight);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await embedHeight()))).toBeLessThanOrEqual(1);
  });
});
