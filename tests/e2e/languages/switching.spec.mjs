// Moving between languages: each at its own address, a switcher that keeps the page and its
// state, the choice remembered, a first visit in the browser's language.
import { test, expect, appReady, axeViolations } from "../fixtures/app.mjs";
import { AftercarePage, isoDaysAgo } from "../fixtures/aftercare_page.mjs";

test("the switcher keeps the page and its choices, and the device remembers the choice", async ({ page }) => {
  await page.goto("/estimator?procedure=dermal&region=nape&anchors=2");
  const before = await page.getByTestId("estimator-form").locator("select, input").evaluateAll((els) => els.map((e) => e.value));
  await page.getByTestId("lang-de").click();
  await expect(page).toHaveURL(/\/de\/estimator\?procedure=dermal&region=nape/);
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  const after = await page.getByTestId("estimator-form").locator("select, input").evaluateAll((els) => els.map((e) => e.value));
  expect(after).toEqual(before);
  // Remembered: the guide's English address now opens in German.
  await page.goto("/map/nape");
  await expect(page).toHaveURL(/\/de\/map\/nape$/);
  // Back to English, remembered too.
  await page.getByTestId("lang-en").click();
  await expect(page).toHaveURL(/\/map\/nape$/);
  await appReady(page);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("an aftercare plan made in German opens in English after a switch, nothing lost", async ({ page }) => {
  await page.goto("/de/aftercare");
  const ac = new AftercarePage(page);
  await page.getByTestId("start-plan").waitFor();
  await ac.startPlan({ procedure: "dermal", region: "nape", date: isoDaysAgo(3), name: "Mein Nacken" });
  await expect(ac.plan("Mein Nacken")).toHaveCount(1);
  await page.getByTestId("lang-en").click();
  await expect(page).toHaveURL(/\/aftercare$/);
  await appReady(page);
  await expect(ac.plan("Mein Nacken").getByTestId("plan-title")).toHaveText("Day 3 of your Mein Nacken");
});

test("a plan started without a name is shown by its procedure and place in the language read", async ({ page }) => {
  await page.goto("/de/aftercare");
  const ac = new AftercarePage(page);
  await page.getByTestId("start-plan").waitFor();
  await ac.startPlan({ procedure: "dermal", region: "nape", date: isoDaysAgo(2) });
  await expect(ac.plans).toHaveCount(1);
  await expect(ac.plans.first().getByTestId("plan-title")).toContainText("Nacken");
  await page.getByTestId("lang-en").click();
  await appReady(page);
  await expect(ac.plans.first().getByTestId("plan-title")).toHaveText("Day 2 of your Micro-dermal, nape of the neck");
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("dermamap.aftercare")).plans[0].name);
  expect(stored).toBe("");
});

test("a plan stored with its default name in English, as before the languages, is shown in the language read", async ({ page }) => {
  // Until 2026-12-04 a plan started without a name stored its default name, in English.
  await page.goto("/de/");
  const date = isoDaysAgo(2);
  await page.evaluate((date) => localStorage.setItem("dermamap.aftercare", JSON.stringify({
    version: 2,
    plans: [{ id: `dermal-${date.replaceAll("-", "")}-0a1b2c3d`, name: "Micro-dermal, nape of the neck", procedure: "dermal", region: "nape", date, ticks: [] }],
  })), date);
  await page.goto("/de/aftercare");
  const ac = new AftercarePage(page);
  await expect(ac.plans).toHaveCount(1);
  await expect(ac.plans.first().getByTestId("plan-title")).toContainText("Nacken");
  await expect(ac.plans.first().getByTestId("plan-title")).not.toContainText("nape");
});

test("a first visit follows the browser's preferred language; each page links its others", async ({ browser }) => {
  const context = await browser.newContext({ locale: "es-ES" });
  const page = await context.newPage();
  try {
    await page.goto("/map/nape");
    await expect(page).toHaveURL(/\/es\/map\/nape$/);
    await appReady(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => [l.hreflang, new URL(l.href).pathname]));
    expect(alternates).toEqual([["en", "/map/nape"], ["es", "/es/map/nape"], ["de", "/de/map/nape"], ["x-default", "/map/nape"]]);
  } finally {
    await context.close();
  }
});

test("each language's pages link a manifest in that language, of the same app", async ({ page, request }) => {
  const manifests = {};
  for (const [lang, path] of [["en", "/"], ["es", "/es/"], ["de", "/de/map/nape"]]) {
    await page.goto(path);
    const href = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
    const m = await (await request.get(href)).json();
    expect(m.lang).toBe(lang);
    manifests[lang] = { ...m, id: new URL(m.id, href).href, scope: new URL(m.scope, href).href, start: new URL(m.start_url, href).pathname, icon: new URL(m.icons[0].src, href).href };
  }
  expect(manifests.es.id).toBe(manifests.en.id);
  expect(manifests.de.scope).toBe(manifests.en.scope);
  expect(manifests.de.icon).toBe(manifests.en.icon);
  expect([manifests.es.start, manifests.de.start]).toEqual(["/es", "/de"]);
  expect(manifests.es.name).not.toBe(manifests.en.name);
  expect(manifests.de.description).not.toBe(manifests.en.description);
});

for (const path of ["/es/", "/de/estimator", "/es/aftercare", "/de/map/nape"]) {
  test(`axe finds no WCAG violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}
