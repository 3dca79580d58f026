// Content a reader can trust and check (issue 15): sources by name with their own page,
// who should not have microneedling where decisions are made, honest pain figures, and an
// urgent box that stays until the person unticks it.
import { test, expect, appReady, axeViolations } from "./fixtures/app.mjs";
import { AftercarePage, isoDaysAgo } from "./fixtures/aftercare_page.mjs";
import { readFileSync } from "node:fs";

// How many sources the guide has: one `source(` entry each in the list the app is built from.
const SOURCE_COUNT = readFileSync(new URL("../../core/src/content/sources/list.rs", import.meta.url), "utf8")
  .match(/\bsource\(\s*\n\s*[A-Z]\w*,/g).length;

// The pages a reader can reach that cite sources.
const citing = ["/map/nape", "/map/cheeks", "/map/neck", "/about/dermal", "/about/microneedling", "/estimator?procedure=microneedling&region=cheeks", "/estimator?procedure=dermal&region=nape"];

test("the sources page lists every source, and every citation links to its entry", async ({ page }) => {
  await page.goto("/sources");
  await appReady(page);
  const entries = page.getByTestId("source");
  // One entry per source in core/src/content/sources/list.rs.
  expect(SOURCE_COUNT).toBeGreaterThanOrEqual(30);
  await expect(entries).toHaveCount(SOURCE_COUNT);
  const ids = await entries.evaluateAll((els) => els.map((e) => e.id));
  for (const entry of await entries.all()) {
    await expect(entry.getByRole("heading")).not.toBeEmpty();
    await expect(entry.locator(".source-kind")).not.toBeEmpty();
    await expect(entry.locator("details summary")).toContainText(/What cites it \([1-9]/);
  }
  // Studio, vendor and editorial pages are marked.
  await expect(page.locator("#src-drpen").getByTestId("lower-confidence")).toBeVisible();
  await expect(page.locator("#src-micro-dermal-piercing").getByTestId("lower-confidence")).toBeVisible();
  await expect(page.locator("#src-nhs").getByTestId("lower-confidence")).toHaveCount(0);
  await expect(page.locator("#src-luz-2017")).toContainText("Peer-reviewed study, Surgical & Cosmetic Dermatology, 2017, n = 9");

  const cited = new Set();
  for (const path of citing) {
    await page.goto(path);
    await appReady(page);
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const hrefs = await page.locator(".sources a").evaluateAll((as) => as.map((a) => a.href));
    expect(hrefs.length, path).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href, path).toMatch(/\/sources#src-[a-z0-9-]+$/);
      const id = href.split("#")[1];
      expect(ids, `${path}: ${href}`).toContain(id);
      cited.add(id);
    }
  }
  expect(cited.size).toBeGreaterThan(15);
  // A citation takes the reader to its entry.
  await page.goto("/map/cheeks");
  await appReady(page);
  const link = page.getByTestId("region-details").locator(".sources a").first();
  const target = (await link.getAttribute("href")).split("#")[1];
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/sources#${target}$`));
  await expect(page.locator(`#${target}`)).toBeVisible();
});

test("the sources page says what a source is in the reader's language; a source's own title stays as published", async ({ page }) => {
  const pain = (p) => p.locator("#src-winenfood-pain-level");
  for (const [path, words, title, brochure] of [
    ["/sources", "winenfood.com, a food-and-wine site; unsigned", "An article on the pain to expect from a dermal piercing", "brochure"],
    ["/es/sources", "winenfood.com, un sitio de comida y vino; sin firma", "Un artículo en primera persona", "folleto"],
    ["/de/sources", "winenfood.com, eine Website über Essen und Wein; nicht gezeichnet", "Ein Artikel in der Ich-Form", "Broschüre"],
  ]) {
    await page.goto(path);
    await appReady(page);
    await expect(pain(page)).toContainText(words);
    await expect(pain(page).locator("strong")).toContainText(title);
    await expect(page.locator("#src-app-aftercare strong")).toHaveText(`“Suggested Aftercare Guidelines for Body Piercings” (${brochure})`);
    await expect(page.locator("#src-nhs strong")).toHaveText("“Piercings”");
    await expect(page.locator("#src-face-neck-pain-study")).toContainText("doi.org/10.3390/medicina62061026");
  }
});

test("a microneedling region's panel shows who should not have it, as strongly as the sources", async ({ page }) => {
  for (const region of ["cheeks", "neck", "scalp"]) {
    await page.goto(`/map/${region}`);
    await appReady(page);
    const list = page.getByTestId("region-details").getByTestId("who-should-not");
    await expect(list).toBeVisible();
    await expect(list).toContainText("Do not have microneedling with:");
    await expect(list.getByTestId("contraindication-isotretinoin")).toContainText(/Do not have microneedling while this applies/);
    await expect(list.getByTestId("contraindication-isotretinoin")).toContainText("ASDS");
    await expect(list.getByTestId("contraindication-pregnancy")).toContainText(/clearance/);
    // Balance Day Spa says "may NOT be suitable": that strength, in its own terms.
    const botox = list.getByTestId("contraindication-botox-3-months");
    await expect(botox).toContainText(/You may not be a good candidate/);
    await expect(botox).toContainText(/in the face.*Balance Day Spa|Balance Day Spa.*in the face/s);
  }
  // Dermal placements do not offer microneedling, so they show no such list.
  await page.goto("/map/nape");
  await appReady(page);
  await expect(page.getByTestId("region-details").getByTestId("who-should-not")).toHaveCount(0);
});

test("the About pages show every heading, the study figures and the sources side by side", async ({ page }) => {
  await page.goto("/about/microneedling");
  await appReady(page);
  for (const heading of ["How it is done, step by step", "Who should not have it", "Home rollers against in-office treatment", "Regulation", "Sessions"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  const studies = page.getByTestId("pain-studies");
  await expect(studies).toContainText("5.2 ± 1.7 out of 10");
  await expect(studies).toContainText("n = 9");
  await expect(studies).toContainText("neck");
  await expect(page.getByTestId("side-by-side").first()).toBeVisible();
  await expect(page.locator("body")).not.toContainText(/3-6 sessions|3 to 6 sessions|SPF 30/);
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("/about/dermal");
  await appReady(page);
  for (const heading of ["Jewellery: anchors, tops and materials", "Removal", "How long it lasts", "Risks and rejection", "Regulation"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.locator("#cost").locator("xpath=..")).toContainText("Across these sources: US$50–150");
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("/about/tattoos");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("About");
});

test("the estimator's pain range contains the published figure for a 1.0 mm roller with numbing cream", async ({ page }) => {
  await page.goto("/estimator?procedure=microneedling&region=cheeks&depth=1.0&numbing=yes");
  await appReady(page);
  const text = await page.getByTestId("pain-range").textContent();
  const [min, max] = text.match(/(\d+(?:\.\d)?)-(\d+(?:\.\d)?)/).slice(1).map(Number);
  expect(min).toBeLessThanOrEqual(5.2);
  expect(max).toBeGreaterThanOrEqual(5.2);
  await expect(page.getByTestId("pain-studies")).toContainText("Luz 2017");
});

test("a ticked fever sign keeps the urgent box after a plan change, a reload and in another tab", async ({ page, context }) => {
  const ac = new AftercarePage(page);
  await ac.open();
  await ac.startPlan({ procedure: "dermal", region: "hip", date: isoDaysAgo(4), name: "Hip" });
  const plan = ac.plan("Hip");
  await plan.getByTestId("warning-signs").locator("summary").click();
  await expect(plan.getByTestId("normal-now")).toContainText("normal");
  await plan.getByTestId("sign-fever").check();
  const urgent = page.getByTestId("urgent-box");
  await expect(urgent).toBeVisible();
  await expect(urgent).toContainText("Get medical help now");
  await expect(urgent).toContainText("A fever, or feeling hot and shivery");

  // Plan changes: tick a task, start another plan, remove the first.
  await plan.getByTestId("today-tasks").getByRole("checkbox").first().check();
  await ac.startPlan({ procedure: "microneedling", region: "cheeks", date: isoDaysAgo(1), name: "Cheeks" });
  await expect(ac.plan("Cheeks")).toHaveCount(1);
  page.once("dialog", (d) => d.accept());
  await plan.getByTestId("remove-plan").click();
  await expect(ac.plan("Hip")).toHaveCount(0);
  await expect(urgent).toBeVisible();

  await page.reload();
  await appReady(page);
  await expect(page.getByTestId("urgent-box")).toContainText("A fever");

  const other = await context.newPage();
  const otherAc = new AftercarePage(other);
  await otherAc.open();
  await expect(other.getByTestId("urgent-box")).toContainText("A fever");

  // Unticking it in one tab clears it in both.
  // The box goes with its last sign, so click rather than uncheck (which re-reads the box).
  await other.getByTestId("urgent-fever").click();
  await expect(other.getByTestId("urgent-box")).toHaveCount(0);
  await expect(page.getByTestId("urgent-box")).toHaveCount(0);
  await page.reload();
  await appReady(page);
  await expect(page.getByTestId("urgent-box")).toHaveCount(0);
});

test("peeling after microneedling is never called normal, and is a sign to see a physician about", async ({ page }) => {
  const ac = new AftercarePage(page);
  await ac.open();
  await ac.startPlan({ procedure: "microneedling", region: "cheeks", date: isoDaysAgo(1), name: "Face" });
  const plan = ac.plan("Face");
  await plan.getByTestId("warning-signs").locator("summary").click();
  await expect(plan.getByTestId("normal-now")).not.toContainText(/peeling (is|are) normal/i);
  await expect(plan).not.toContainText(/flaking/i);
  await plan.getByTestId("sign-mn-peeling").check();
  await expect(plan.getByTestId("sign-advice")).toContainText("physician");
});
