// Dermamap in Spanish and German (issue 18): every word of the map, a region, the estimator,
// aftercare and the embed in the page's language, and figures written the local way.
import { test, expect } from "../fixtures/app.mjs";
import { MapPage } from "../fixtures/map_page.mjs";
import { AftercarePage, isoDaysAgo } from "../fixtures/aftercare_page.mjs";

// Words that are English only (none is also a common Spanish or German word): any of them
// on a Spanish or German page is text someone forgot to translate.
const ENGLISH = new Set(("the and with your you of is are this that for from not or have should when what which " +
  "after before about there these they their can't don't does how who why where days weeks months pain cost healing " +
  "risks aftercare show both back face select choose estimate save remove sources source legend list " +
  "skin needle depth tolerance jewellery price prices per session sessions today tomorrow day week warning " +
  "signs doctor help get now ask first only more less than none any every each all body map view point area " +
  "areas shaded edge print download calendar open close guide none yes").split(" "));

/** English words in what a reader sees, leaving out what stays in its own language: source
 * names and titles (citations, quoted titles), the brand, the language switcher. */
async function englishWords(page) {
  const text = await page.evaluate(() => {
    // Facts name their sources in their text too ("Body Piercing Hub: ..."): the names the
    // page cites.
    const names = [...document.querySelectorAll(".sources a")].map((a) => a.textContent.trim()).filter(Boolean);
    const root = document.body.cloneNode(true);
    for (const el of root.querySelectorAll(".sources, .lang-switch, script, style, [data-source-title], cite")) el.remove();
    // innerText of a detached clone is its textContent; keep blocks apart.
    for (const el of root.querySelectorAll("p, li, h1, h2, h3, h4, dt, dd, td, th, label, button, option, legend, a")) el.append(" ");
    // A site named with its address, "Museum of Tattoos (museumoftattoos.com)", and a
    // publisher's name spelled out, "APP (Association of Professional Piercers)", are names.
    let text = root.textContent
      .replace(/(?:[A-Z][\w'&-]*\s(?:of\s|the\s|&\s)?)+\([\w.-]+\.[a-z]{2,}\)/g, " ")
      .replace(/\((?:[A-Z][\w'&-]*\s(?:of\s|the\s|for\s|and\s|&\s)?)*[A-Z][\w'&-]*\)/g, " ");
    for (const name of names) text = text.split(name).join(" ");
    // A quoted title, in English or German quotes, is a name too.
    return text.replace(/“[^”]*”|„[^“]*“/g, " ").replace(/Dermamap/g, " ");
  });
  const labels = await page.evaluate(() =>
    [...document.querySelectorAll("[aria-label], [title], [placeholder]")]
      .filter((e) => !e.closest(".sources, .lang-switch"))
      .map((e) => [e.getAttribute("aria-label"), e.getAttribute("title"), e.getAttribute("placeholder")].filter(Boolean).join(" "))
      .join(" "),
  );
  const words = `${text} ${labels.replace(/“[^”]*”|„[^“]*“/g, " ")}`.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return [...new Set(words.filter((w) => ENGLISH.has(w)))];
}

async function expectNoEnglish(page, where) {
  expect(await englishWords(page), `English words left on ${where}`).toEqual([]);
}

test("an English page passes the check only because it is checked: the check finds English", async ({ page }) => {
  await page.goto("/");
  expect((await englishWords(page)).length).toBeGreaterThan(5);
});

for (const lang of ["es", "de"]) {
  test(`${lang}: the map, a region, the estimator, aftercare and the embed have no English left`, async ({ page }) => {
    const map = new MapPage(page);
    await map.open(`/${lang}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expectNoEnglish(page, `/${lang}/`);
    await map.showView("back");
    await map.clickRegion("nape");
    await expect(page).toHaveURL(new RegExp(`/${lang}/map/nape$`));
    await expect(map.details).toBeVisible();
    await expectNoEnglish(page, `/${lang}/map/nape`);
    await map.showView("face");
    await map.clickRegion("forehead");
    await expect(map.details).toBeVisible();
    await expectNoEnglish(page, `/${lang}/map/forehead`);

    await page.goto(`/${lang}/estimator?procedure=dermal&region=nape`);
    await page.getByTestId("estimator-form").waitFor();
    await expectNoEnglish(page, `/${lang}/estimator`);
    await page.goto(`/${lang}/estimator?procedure=microneedling&region=forehead`);
    await expectNoEnglish(page, `/${lang}/estimator (microneedling)`);

    await page.goto(`/${lang}/aftercare`);
    const ac = new AftercarePage(page);
    await page.getByTestId("start-plan").waitFor();
    await ac.startPlan({ procedure: "dermal", region: "nape", date: isoDaysAgo(3), name: "Nuca" });
    await expect(ac.plan("Nuca")).toHaveCount(1);
    await expectNoEnglish(page, `/${lang}/aftercare with a plan`);
    // Ticked warning signs: the advice (it was English on these pages before).
    const plan = ac.plan("Nuca");
    await plan.getByTestId("warning-signs").locator("summary").click();
    for (const box of (await plan.getByTestId("warning-signs").getByRole("checkbox").all()).slice(0, 4)) await box.check();
    await expect(plan.getByTestId("sign-advice")).toBeVisible();
    await expectNoEnglish(page, `/${lang}/aftercare with ticked signs`);

    // A studio sets the embed's language; the embed opens at that language's address.
    await page.goto(`/embed?lang=${lang}&name=Studio%20Nord&cur=EUR&dermal=70-100`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/embed\\?`));
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expectNoEnglish(page, `/${lang}/embed`);
    await page.getByRole("tab").nth(1).click();
    await expectNoEnglish(page, `/${lang}/embed, estimator tab`);
  });
}

test("figures the local way: a studio's euros, dates and decimals in German and Spanish", async ({ page }) => {
  await page.goto("/de/embed?lang=de&cur=EUR&dermal=70-100&tab=estimator");
  await expect(page.getByTestId("cost-total")).toHaveText("70-100\u00a0€");
  await page.goto("/es/embed?lang=es&cur=EUR&dermal=70-100&tab=estimator");
  await expect(page.getByTestId("cost-total")).toHaveText("70-100\u00a0€");
  await page.goto("/embed?cur=EUR&dermal=70-100&tab=estimator");
  await expect(page.getByTestId("cost-total")).toHaveText("€70-€100");
  for (const [lang, date] of [["de", "23.11.2026"], ["es", "23/11/2026"]]) {
    await page.goto(`/${lang}/aftercare`);
    await page.getByTestId("start-plan").waitFor();
    await new AftercarePage(page).startPlan({ procedure: "dermal", region: "nape", date: "2026-11-23", name: `Plan ${lang}` });
    await expect(page.getByTestId("plan").filter({ hasText: `Plan ${lang}` })).toContainText(date);
  }
  // Needle depths with a decimal comma.
  await page.goto("/de/estimator?procedure=microneedling&region=forehead&depth=0.5");
  await expect(page.getByTestId("estimator-form").locator("#depth")).toHaveValue("0.5");
  await expect(page.locator("main")).toContainText("0,5");
});
