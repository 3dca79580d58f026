// A studio picks its embed's language: the snippet, the preview and the frame's title in it.
import { test, expect } from "../fixtures/app.mjs";

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

/** Answers the page's requests for `texts` (a URL pattern) `ms` late: a slow connection. */
async function answerLate(page, texts, ms) {
  await page.route(texts, async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

/** Opens /studio with the clipboard allowed, so a test can read what Copy wrote. */
async function openStudioWithClipboard(page) {
  await page.goto("/studio");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
}

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
    await answerLate(page, german, 1000);
    await openStudioWithClipboard(page);
    await page.getByTestId("studio-lang").selectOption("de");
    // Twice, as a person waiting on the network does: one copy.
    await page.getByRole("button", { name: "Copy snippet" }).click();
    await page.getByRole("button", { name: "Copy snippet" }).click();
    await expect(page.getByTestId("copy-status")).toHaveText("Snippet copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(' title="Dermamap: Leitfaden zu Microdermals und Microneedling" ');
  });

  test("a browser that refuses the clipboard item gets the snippet as text; one with no clipboard is told to copy it by hand", async ({ page }) => {
    const german = /\/lang\/de(\.pages)?-[0-9a-f]{16}\.json$/;
    await answerLate(page, german, 500);
    // As an older browser that takes no promise in a clipboard item.
    await page.addInitScript(() => {
      Clipboard.prototype.write = () => Promise.reject(new DOMException("no promises here", "NotAllowedError"));
    });
    await openStudioWithClipboard(page);
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
    await answerLate(page, slow, 1000);
    await openStudioWithClipboard(page);
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
    await openStudioWithClipboard(page);
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
