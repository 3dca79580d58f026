// Each language's text, fetched by the page, never in the wasm: a page reads only its own
// build's text, and a text file that is not what the build wrote leaves it readable.
import { test, expect, appReady } from "../fixtures/app.mjs";
import { LANG_FILE } from "../../../scripts/precache.mjs";

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
