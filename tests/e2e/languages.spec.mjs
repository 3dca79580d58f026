// Dermamap in Spanish and German (issue 18): each language at its own address, every word
// of the map, the estimator, aftercare and the embed in it, a switcher that keeps the page
// and its state, the choice remembered, a first visit in the browser's language.
import { test, expect, appReady, axeViolations } from "./fixtures/app.mjs";
import { MapPage } from "./fixtures/map_page.mjs";
import { LANG_FILE } from "../../scripts/precache.mjs";
import { AftercarePage, isoDaysAgo } from "./fixtures/aftercare_page.mjs";

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

test("the wasm carries no language's text; a page fetches its own language's and no other", async ({ page }) => {
  const fetched = [];
  const versions = new Set();
  page.on("request", (r) => {
    const file = new URL(r.url()).pathname.slice(1);
    const m = LANG_FILE.exec(file);
    if (m) {
      fetched.push(m[1] + (m[2] ?? ""));
      versions.add(file.slice(-"0123456789abcdef.json".length, -".json".length));
    }
  });
  let version;
  for (const lang of ["en", "es", "de"]) {
    fetched.length = 0;
    await page.goto(lang === "en" ? "/" : `/${lang}`);
    await appReady(page);
    // The map's text only: the other pages' part comes with their code.
    expect(fetched, `catalogs fetched by /${lang === "en" ? "" : lang}`).toEqual([lang]);
    version = await page.locator('meta[name="dermamap-text"]').getAttribute("content");
  }
  // Named by the page's build: every page of the build names the same version.
  expect([...versions]).toEqual([version]);
  // Another page's text arrives with its code, in the page's language, and the page reads
  // in it (its heading is not the English one, nor empty).
  await page.locator('header nav a[href$="estimator"]').click();
  await expect(page).toHaveURL(/\/de\/estimator/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/rechner/);
  expect(fetched.filter((f) => f.endsWith(".pages")), "the pages' part of the page's language").toEqual(["de.pages"]);
  expect(fetched.every((f) => f.startsWith("de")), `only German text: ${fetched}`).toBe(true);
  expect([...versions], "the page's build's text, the second part too").toEqual([version]);
  // No text of any catalog (longer than a word or two) is in the wasm's bytes. Names that
  // read the same in every language (a source's title or publisher, shown as it is) are not
  // a language's text: the wasm has them as the sources' data.
  const found = await page.evaluate(async () => {
    // Every wasm file of the build: the main module and each page's chunks.
    const { files } = await (await fetch("precache.json")).json();
    const modules = files.filter((f) => f.endsWith(".wasm"));
    let wasm = "";
    for (const f of modules) wasm += new TextDecoder("utf-8").decode(await (await fetch(f)).arrayBuffer());
    if (modules.length < 2) throw new Error(`only ${modules.length} wasm files in precache.json`);
    // Each language's text, both its parts.
    const version = document.querySelector('meta[name="dermamap-text"]').content;
    const [en, es, de] = await Promise.all(["en", "es", "de"].map(async (l) => ({
      ...(await (await fetch(`lang/${l}-${version}.json`)).json()),
      ...(await (await fetch(`lang/${l}.pages-${version}.json`)).json()),
    })));
    const texts = [];
    for (const key of Object.keys(en)) {
      if (en[key] === es[key] && en[key] === de[key]) continue;
      texts.push(en[key], es[key], de[key]);
    }
    const long = texts.filter((t) => t && t.length >= 24);
    return { checked: long.length, inWasm: long.filter((t) => wasm.includes(t)) };
  });
  expect(found.checked).toBeGreaterThan(1500);
  expect(found.inWasm).toEqual([]);
});

test("a text missing from the loaded catalog is an error in the console (every test checks the console)", async ({ page }) => {
  // The map's part of the text with one text left out: the view switch's name, which the app
  // writes when it hydrates `/`.
  await page.route(/\/lang\/en-[0-9a-f]{16}\.json$/, async (route) => {
    const texts = await (await route.fetch()).json();
    const frontKey = Object.keys(texts).find((k) => texts[k] === "Body view");
    if (!frontKey) throw new Error("no “Body view” in English text's first part");
    delete texts[frontKey];
    await route.fulfill({ json: texts });
  });
  await page.goto("/");
  await expect.poll(() => page.problems.filter((p) => /no text for key [0-9a-f]{8} in the loaded catalog/.test(p)).length).toBeGreaterThan(0);
  // Caused on purpose here (the fixture fails any other test on it).
  page.problems.splice(0);
});

test.describe("a text file that is not what the build wrote", () => {
  test.use({ serviceWorkers: "block" });

  test("the page stays readable and says what does not respond, and why in the console", async ({ page }) => {
    for (const [body, why] of [
      ["<!doctype html><p>a proxy's error page", /lang\/en-[0-9a-f]{16}\.json is not JSON/],
      ["[\"Body view\"]", /lang\/en-[0-9a-f]{16}\.json: not an object of texts/],
      ['{"zz": "Body view"}', /lang\/en-[0-9a-f]{16}\.json: .*“zz” is not a text's key/],
      ['{"0000002a": 5}', /lang\/en-[0-9a-f]{16}\.json: the text of “0000002a” is not text/],
    ]) {
      await page.unrouteAll();
      await page.route(/\/lang\/en-[0-9a-f]{16}\.json$/, (route) => route.fulfill({ contentType: "application/json", body }));
      await page.goto("/map/nape", { app: false });
      await expect(page.getByRole("status").filter({ hasText: "need it to respond" }), body).toBeVisible();
      await expect(page.getByTestId("region-details").getByRole("heading", { level: 2 })).toContainText("Nape");
      const problems = page.problems.splice(0);
      expect(problems.some((p) => why.test(p)), `${body}: ${problems}`).toBe(true);
    }
  });
});

test.describe("a page of another build", () => {
  // Its requests as the page makes them, none answered by a worker.
  test.use({ serviceWorkers: "block" });

test("a page reads only its own build's text: a page of another build (or none named) stays readable and says what does not respond", async ({ page }) => {
  for (const [why, edit] of [
    // A page of an older build, opened as a deploy removes its files: its text is gone too.
    ["another build", (html) => html.replaceAll(/<meta name="dermamap-text" content="([0-9a-f]{16})">/.exec(html)?.[1] ?? "no version", "0123456789abcdef")],
    ["none named", (html) => html.replace(/<meta name="dermamap-text" content="[0-9a-f]{16}">/, "")],
    ["not a version", (html) => html.replace(/(<meta name="dermamap-text" content=")[0-9a-f]{16}"/, '$1../../sw.js?"')],
  ]) {
    await page.unrouteAll();
    await page.route(/\/map\/nape$/, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const edited = edit(html);
      if (edited === html) throw new Error(`the page's text version was not found to edit (${why})`);
      await route.fulfill({ response, body: edited });
    });
    const texts = [];
    const listen = (r) => { if (new URL(r.url()).pathname.startsWith("/lang/")) texts.push(new URL(r.url()).pathname); };
    page.on("request", listen);
    // As it arrives: the app never gets its text, so never becomes ready.
    await page.goto("/map/nape", { app: false });
    await expect(page.getByRole("status").filter({ hasText: "need it to respond" }), why).toBeVisible();
    page.off("request", listen);
    // The prerendered page as it was: its content and links.
    await expect(page.getByTestId("region-details").getByRole("heading", { level: 2 })).toContainText("Nape");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Estimator" })).toBeVisible();
    // No text of this build was fetched by the app: only what the page preloads (its build's
    // first part, wherever it names one).
    const preloaded = await page.locator('link[rel="preload"][as="fetch"]').getAttribute("href");
    expect(texts.filter((t) => t !== `/${preloaded}`), why).toEqual([]);
    if (why === "another build") expect(preloaded).toBe("lang/en-0123456789abcdef.json");
    const problems = page.problems.splice(0);
    expect(problems.some((p) => /Dermamap: (lang\/en-0123456789abcdef\.json: HTTP 404|the page does not name its text's version|the page names its text's version as)/.test(p)), `${why}: ${problems}`).toBe(true);
  }
});
});

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

test("a studio picks its embed's language: the snippet and the preview open the embed in it", async ({ page }) => {
  await page.goto("/studio");
  await page.getByTestId("studio-lang").selectOption("de");
  const snippet = page.getByTestId("snippet");
  await expect(snippet).toHaveValue(/src="http:\/\/127\.0\.0\.1:\d+\/de\/embed\?cur=USD&amp;lang=de"/);
  await expect(page.getByTestId("preview")).toHaveAttribute("src", /\/de\/embed\?cur=USD&lang=de$/);
  await expect(page.frameLocator("[data-testid=preview]").locator("html")).toHaveAttribute("lang", "de");
  // The frame's title, which a screen reader announces on the studio's page, is in the
  // embed's language too, whatever the language of this page.
  await expect(snippet).toHaveValue(/ title="Dermamap: Leitfaden zu Microdermals und Microneedling" /);
  await page.getByTestId("studio-lang").selectOption("en");
  await expect(snippet).toHaveValue(/ title="Dermamap: dermal and microneedling guide" /);
  await page.goto("/es/studio");
  await page.getByTestId("studio-lang").selectOption("de");
  await expect(snippet).toHaveValue(/ title="Dermamap: Leitfaden zu Microdermals und Microneedling" /);
});

test.describe("the frame's title in a language whose text does not arrive", () => {
  // The language's text as the page fetches it, none from a worker.
  test.use({ serviceWorkers: "block" });

  test("the snippet says its title is not in that language yet, and Copy tries again", async ({ page }) => {
    const german = /\/lang\/de(\.pages)?-[0-9a-f]{16}\.json$/;
    await page.route(german, (route) => route.abort());
    await page.goto("/studio");
    const snippet = page.getByTestId("snippet");
    const note = page.getByTestId("snippet-title-missing");
    await expect(note).toHaveText("");
    await page.getByTestId("studio-lang").selectOption("de");
    await expect(note).toHaveText("The frame's title, which screen readers announce, could not be loaded in Deutsch: the snippet gives it in English for now. Copying the snippet tries again.");
    await expect(snippet).toHaveValue(/lang=de" title="Dermamap: dermal and microneedling guide" /);
    // Back online: Copy fetches the title first, and copies the snippet with it.
    await page.unroute(german);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
    await page.getByRole("button", { name: "Copy snippet" }).click();
    await expect(page.getByTestId("copy-status")).toHaveText("Snippet copied.");
    await expect(note).toHaveText("");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(' title="Dermamap: Leitfaden zu Microdermals und Microneedling" ');
    expect(copied).toBe(await snippet.inputValue());
    // The failed fetches, caused on purpose.
    expect(page.problems.splice(0).filter((p) => !/Failed to load resource|ERR_FAILED/.test(p))).toEqual([]);
  });

  test("a Copy right after the choice waits for the title in that language", async ({ page }) => {
    const german = /\/lang\/de(\.pages)?-[0-9a-f]{16}\.json$/;
    // A slow connection: the title arrives a second after the choice.
    await page.route(german, async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await page.goto("/studio");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
    await page.getByTestId("studio-lang").selectOption("de");
    // Twice, as a person waiting on the network does: one copy.
    await page.getByRole("button", { name: "Copy snippet" }).click();
    await page.getByRole("button", { name: "Copy snippet" }).click();
    await expect(page.getByTestId("copy-status")).toHaveText("Snippet copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(' title="Dermamap: Leitfaden zu Microdermals und Microneedling" ');
  });

  test("a browser that refuses the clipboard item gets the snippet as text; one with no clipboard is told to copy it by hand", async ({ page }) => {
    const german = /\/lang\/de(\.pages)?-[0-9a-f]{16}\.json$/;
    await page.route(german, async (route) => {
      await new Promise((r) => setTimeout(r, 500));
      await route.continue();
    });
    // As an older browser that takes no promise in a clipboard item.
    await page.addInitScript(() => {
      Clipboard.prototype.write = () => Promise.reject(new DOMException("no promises here", "NotAllowedError"));
    });
    await page.goto("/studio");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
    await page.getByTestId("studio-lang").selectOption("de");
    await page.getByRole("button", { name: "Copy snippet" }).click();
    await expect(page.getByTestId("copy-status")).toHaveText("Snippet copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId("snippet").inputValue());

    // A page not served over https has no clipboard at all: no error, a clear message.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    await page.goto("/studio");
    await page.getByRole("button", { name: "Copy snippet" }).click();
    await expect(page.getByTestId("copy-status")).toHaveText("Copying was blocked by the browser: select the snippet and copy it instead.");
  });

  test("the title is found in the part of the text that arrives, though the other does not", async ({ page }) => {
    // The studio's title is in the pages' part; the first part failing is no reason to miss it.
    const germanFirstPart = /\/lang\/de-[0-9a-f]{16}\.json$/;
    await page.route(germanFirstPart, (route) => route.abort());
    await page.goto("/studio");
    await page.getByTestId("studio-lang").selectOption("de");
    await expect(page.getByTestId("snippet")).toHaveValue(/lang=de" title="Dermamap: Leitfaden zu Microdermals und Microneedling" /);
    await expect(page.getByTestId("snippet-title-missing")).toHaveText("");
    expect(page.problems.splice(0).filter((p) => !/Failed to load resource|ERR_FAILED/.test(p))).toEqual([]);
  });

  test("another language chosen while Copy waits: the copy is all in the last one", async ({ page }) => {
    const slow = /\/lang\/(de|es)(\.pages)?-[0-9a-f]{16}\.json$/;
    await page.route(slow, async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await page.goto("/studio");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
    await page.getByTestId("studio-lang").selectOption("de");
    await page.getByRole("button", { name: "Copy snippet" }).click();
    await page.getByTestId("studio-lang").selectOption("es");
    await expect(page.getByTestId("copy-status")).toHaveText("Snippet copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('lang=es" title="Dermamap: guía de microdermales y microneedling" ');
    expect(copied).toBe(await page.getByTestId("snippet").inputValue());
    await expect(page.getByTestId("snippet-title-missing")).toHaveText("");
  });

  test("leaving the studio while Copy waits is no error", async ({ page }) => {
    const german = /\/lang\/de(\.pages)?-[0-9a-f]{16}\.json$/;
    let answered;
    const answer = new Promise((r) => (answered = r));
    await page.route(german, async (route) => {
      await answer;
      await route.continue();
    });
    await page.goto("/studio");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
    await page.evaluate(() => navigator.clipboard.writeText("before"));
    await page.getByTestId("studio-lang").selectOption("de");
    await page.getByRole("button", { name: "Copy snippet" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Estimator" }).click();
    await expect(page.getByTestId("estimator-page")).toBeVisible();
    answered();
    // The title arrives after the page it was for was left: nothing is copied, nothing fails
    // (a console error or a panic fails every test).
    await page.waitForResponse(german);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("before");
  });
});

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
