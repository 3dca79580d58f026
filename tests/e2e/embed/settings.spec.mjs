// The studio's settings in its embed: name, currency, prices, services, colour; what is
// invalid is ignored with a notice, markup stays text, and the same build embeds from a sub-path.
import { test, expect } from "../fixtures/app.mjs";
import { APP, openEmbed, studioSite } from "../fixtures/studio_site.mjs";

const site = studioSite();

test("the studio's name, currency and prices show in the embed's estimator", async ({ page }) => {
  const { embed } = await site.open(page, "name=Ink+%26+Steel&cur=GBP&dermal=60-80&jewellery-titanium=20&needling=150-200");
  await expect(embed.getByTestId("embed-studio")).toHaveText("Ink & Steel");
  // No site header, footer or navigation inside the embed; a one-line disclaimer instead.
  await expect(embed.locator("header.site-header")).toHaveCount(0);
  await expect(embed.locator("footer.site-footer")).toHaveCount(0);
  await expect(embed.getByRole("navigation")).toHaveCount(0);
  await expect(embed.getByTestId("disclaimer")).toContainText("not medical advice");
  const full = embed.getByRole("link", { name: /Open full guide/ });
  await expect(full).toHaveAttribute("href", `${APP}/`);
  await expect(full).toHaveAttribute("target", "_blank");
  await expect(full).toHaveAttribute("rel", /noopener/);

  await embed.getByRole("tab", { name: "Estimator" }).click();
  await expect(embed.getByRole("tab", { name: "Estimator" })).toHaveAttribute("aria-selected", "true");
  await expect(embed.getByTestId("cost-total")).toHaveText("£60-£80");
  await expect(embed.getByTestId("estimate-output")).toContainText("Prices set by Ink & Steel");
  await embed.getByTestId("jewellery").uncheck();
  await expect(embed.getByTestId("cost-total")).toHaveText("£80-£100");
  // Each of the studio's prices says it is the studio's: not a source's, not Dermamap's reasoning.
  await expect(embed.getByTestId("cost-lines").getByTestId("studio-price")).toHaveCount(2);
  await expect(embed.getByTestId("cost-lines")).not.toContainText("own reasoning");
  await embed.getByTestId("procedure").selectOption("microneedling");
  await expect(embed.getByTestId("cost-lines")).toContainText("£150-£200");
  // The estimator never navigates the frame away from /embed.
  expect(new URL(page.frames().find((f) => f.url().includes("/embed?")).url()).pathname).toBe("/embed");
});

test("a studio without a dermal price shows “ask your studio”", async ({ page }) => {
  await openEmbed(page, "cur=EUR&needling=120&tab=estimator");
  await expect(page.getByRole("tab", { name: "Estimator" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("cost-total")).toHaveText("ask your studio");
});

test("a studio name with markup is shown as text, and nothing runs", async ({ page }) => {
  const dialogs = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const name = "<img src=x onerror=alert(1)>";
  const { embed, frame } = await site.open(page, `name=${encodeURIComponent(name)}&cur=GBP`);
  await expect(embed.getByTestId("embed-studio")).toHaveText(name);
  await expect(embed.locator("img")).toHaveCount(0);
  expect(await frame.evaluate(() => document.querySelector('[data-testid="embed-studio"]').children.length)).toBe(0);
  await embed.getByRole("tab", { name: "Estimator" }).click();
  await expect(embed.getByTestId("estimate-output")).toContainText(`Prices set by ${name}`);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(requests.filter((u) => /\/x$/.test(new URL(u).pathname))).toEqual([]);
});

test("an invalid colour and currency are ignored with notices and console warnings", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => {
    if (m.type() === "warning") warnings.push(m.text());
  });
  const { embed, frame } = await site.open(page, "accent=%23777777&cur=XYZ&dermal=60-80");
  const notices = embed.getByTestId("embed-notices");
  await expect(notices).toBeVisible();
  await expect(notices).toContainText("accent");
  await expect(notices).toContainText("4.48:1");
  await expect(notices).toContainText("XYZ");
  await expect.poll(() => warnings.filter((w) => w.includes("accent")).length).toBe(1);
  expect(warnings.some((w) => w.includes("cur"))).toBe(true);
  // Dermamap's own accent stays; prices are read as US dollars.
  expect(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim())).toBe("#7a3e65");
  await embed.getByRole("tab", { name: "Estimator" }).click();
  await expect(embed.getByTestId("cost-total")).toHaveText("$60-$80");
  // Told once, not again when the frame or a tab changes.
  expect(warnings.filter((w) => w.includes("accent"))).toHaveLength(1);
});

test("opened directly, the embed tells each ignored setting once in the console", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => {
    if (m.type() === "warning" && m.text().startsWith("Dermamap embed:")) warnings.push(m.text());
  });
  await page.goto("/embed?bogus=1&cur=XYZ");
  await expect(page.getByTestId("embed-notices")).toContainText("bogus");
  await page.waitForTimeout(500);
  expect(warnings.filter((w) => w.includes("bogus"))).toHaveLength(1);
  expect(warnings.filter((w) => w.includes("cur"))).toHaveLength(1);
});

test("a valid accent colour is applied through the CSSOM, without breaking the CSP", async ({ page }) => {
  await openEmbed(page, "accent=0B5D5B");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim())).toBe("#0b5d5b");
  await expect(page.getByRole("tab", { name: "Body map" })).toHaveCSS("background-color", "rgb(11, 93, 91)");
  await expect(page.getByTestId("embed-notices")).toHaveCount(0);
});

test("services=microneedling starts the map and the estimator on microneedling", async ({ page }) => {
  await openEmbed(page, "services=microneedling");
  await expect(page.getByTestId("filter-microneedling")).toBeChecked();
  await page.getByRole("tab", { name: "Estimator" }).click();
  await expect(page.getByTestId("procedure")).toHaveValue("microneedling");
});

test("the same build embeds from a sub-path", async ({ page }) => {
  const guide = process.env.DERMAMAP_GUIDE_URL;
  await page.goto(`${guide}/embed?cur=GBP&dermal=60-80&tab=estimator`);
  await page.getByTestId("embed").waitFor();
  await expect(page.getByTestId("cost-total")).toHaveText("£60-£80");
  await expect(page.getByRole("link", { name: /Open full guide/ })).toHaveAttribute("href", `${guide}/`);
});
