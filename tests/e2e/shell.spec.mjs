import { test, expect, appReady, axeViolations } from "./fixtures/app.mjs";

const routes = [
  { path: "/", heading: "Body map", title: /Body map · Dermamap/ },
  { path: "/estimator", heading: "Pain and cost estimator", title: /estimator · Dermamap/ },
  { path: "/aftercare", heading: "Aftercare", title: /Aftercare.* · Dermamap/ },
  { path: "/about", heading: "Sources and disclaimer", title: /Sources and disclaimer · Dermamap/ },
  { path: "/sources", heading: "Sources", title: /Sources · Dermamap/ },
];

for (const r of routes) {
  test(`deep link ${r.path} renders its page, title and description`, async ({ page }) => {
    await page.goto(r.path);
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(r.heading);
    await expect(page).toHaveTitle(r.title);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator('meta[name="description"]'), "one description").toHaveCount(1);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description.length).toBeGreaterThan(20);
    await expect(page.getByTestId("disclaimer")).toContainText("not medical advice");
  });

  test(`axe finds no WCAG violations on ${r.path}`, async ({ page }) => {
    await page.goto(r.path);
    await appReady(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("navigation moves between pages without a reload", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.evaluate(() => (window.__noReload = true));
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Estimator" }).click();
  await expect(page).toHaveURL(/\/estimator(\?|$)/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("estimator");
  // The head follows: one description, the estimator's (not the prerendered map's).
  await expect(page.locator('meta[name="description"]')).toHaveCount(1);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Estimate the pain/);
  await nav.getByRole("link", { name: "Aftercare" }).click();
  await expect(page).toHaveURL(/\/aftercare$/);
  await nav.getByRole("link", { name: "Sources and disclaimer" }).click();
  await expect(page.getByTestId("about-page")).toBeVisible();
  await page.getByTestId("sources-link").click();
  await expect(page.getByTestId("source-list").locator("li").first()).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/aftercare$/);
  expect(await page.evaluate(() => window.__noReload)).toBe(true);
});

test("an unknown path shows the 404 page", async ({ page }) => {
  await page.goto("/no/such/page");
  await appReady(page);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await expect(page).toHaveTitle(/Page not found/);
});

test("the same build works under a sub-path", async ({ page }) => {
  const guide = process.env.DERMAMAP_GUIDE_URL;
  await page.goto(`${guide}/estimator`);
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("estimator");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources and disclaimer" }).click();
  await expect(page).toHaveURL(`${guide}/about`);
  await page.getByRole("link", { name: "Dermamap" }).first().click();
  await expect(page).toHaveURL(`${guide}/`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Body map");
  await page.goto(`${guide}/nothing-here`);
  await appReady(page);
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("the app makes no third-party requests", async ({ page }) => {
  const origin = new URL(process.env.DERMAMAP_URL).origin;
  const foreign = [];
  page.on("request", (req) => {
    const u = new URL(req.url());
    if (!["data:", "blob:"].includes(u.protocol) && u.origin !== origin) foreign.push(req.url());
  });
  for (const path of ["/", "/estimator", "/aftercare", "/about"]) {
    await page.goto(path);
    await appReady(page);
  }
  expect(foreign).toEqual([]);
});

test("dist/_headers gives static hosts the same Content-Security-Policy as dermamap-server", async ({ request }) => {
  const { readFileSync } = await import("node:fs");
  const headers = readFileSync("dist/_headers", "utf8");
  const fromFile = headers.match(/^\s+Content-Security-Policy: (.*)$/m)?.[1];
  expect(fromFile).toBeTruthy();
  expect(fromFile).not.toMatch(/SCRIPT_HASHES|STYLE_HASHES/);
  const response = await request.get("/");
  expect(response.headers()["content-security-policy"]).toBe(fromFile);
});

// Readers see each source by its publisher or title, never the project's "Seed 000" ids.
test("no page names a source by an internal id", async ({ page }) => {
  const pages = ["/", "/map/nape", "/map/cheeks", "/estimator", "/estimator?procedure=microneedling&region=cheeks", "/aftercare", "/about", "/about/dermal", "/about/microneedling", "/sources", "/studio", "/embed?tab=estimator"];
  for (const path of pages) {
    await page.goto(path);
    if (path.startsWith("/embed")) await page.getByTestId("embed").waitFor();
    else await appReady(page);
    // Open every closed part (warning signs, coming up) so its text is read too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const text = await page.locator("body").innerText();
    expect(text, path).not.toMatch(/seeds? 0\d\d/i);
    expect(text, path).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  }
});

// Links to a place on the same page: the page carries a <base>, against which a bare "#main"
// would name the app's root page instead.
test("the skip link and the About page's contents stay on their page", async ({ page }) => {
  await page.goto("/estimator");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/estimator#main$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pain and cost estimator");

  await page.goto("/about/dermal");
  const contents = page.getByRole("navigation", { name: "On this page" }).getByRole("link");
  const first = contents.first();
  const target = (await first.getAttribute("href")).split("#")[1];
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/about/dermal#${target}$`));
  await expect(page.getByTestId("about-dermal")).toBeVisible();
});
