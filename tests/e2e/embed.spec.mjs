// The studio embed: /embed in an iframe on another site's page (a host page served here on
// a different origin, and a different site: "localhost" against the app's 127.0.0.1),
// embed.js sizing it, and the /studio page that writes the snippet.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { test, expect, appReady, axeViolations } from "./fixtures/app.mjs";

const APP = process.env.DERMAMAP_URL;
const APP_ORIGIN = new URL(APP).origin;
const FRAME = "iframe[data-dermamap]";

// The height message's contract, as embed.js states it (checked against the app's Rust
// constants by a host test).
const EMBED_JS = readFileSync("public/embed.js", "utf8");
const jsVar = (name) => JSON.parse(EMBED_JS.match(new RegExp(`var ${name} = ([^;]+);`))[1]);
const HEIGHT = { type: jsVar("TYPE"), min: jsVar("MIN"), max: jsVar("MAX") };

// The iframe's sandbox, as core/src/embed/snippet.rs defines it: every embed test runs the
// guide under it.
const SANDBOX = readFileSync("core/src/embed/snippet.rs", "utf8").match(/pub const SANDBOX: &str =\s*"([^"]+)";/)[1];

/** The snippet as /studio writes it, for an embed query. */
function snippet(query) {
  const src = `${APP}/embed?${query}`.replaceAll("&", "&amp;");
  return `<iframe data-dermamap src="${src}" title="Dermamap: dermal and microneedling guide" sandbox="${SANDBOX}" loading="lazy" width="100%" height="900"></iframe>
<script src="${APP}/embed.js" defer></script>`;
}

function hostPage(query) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Ink and Steel studio</title><link rel="icon" href="data:,"></head>
<body>
<h1>Ink and Steel</h1>
<p>Plan your dermal with us.</p>
${snippet(query)}
<iframe id="other" src="/other.html" title="Another frame on the studio's site" width="300" height="80"></iframe>
<iframe id="twin" src="${APP}/embed.js" title="Another frame from Dermamap's origin" width="300" height="80"></iframe>
</body>
</html>`;
}

let host;
let hostUrl;
let sameSiteHostUrl;

test.beforeAll(async () => {
  host = createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/host") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(hostPage(url.searchParams.get("embed") ?? ""));
    } else if (url.pathname === "/other.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other</title><link rel="icon" href="data:,"></head><body><p>Other</p></body></html>');
    } else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((resolve) => host.listen(0, "127.0.0.1", resolve));
  // "localhost" is another site than the app's 127.0.0.1, so the frame is cross-site.
  hostUrl = `http://localhost:${host.address().port}`;
  // Another origin on the same site: browsers that block storage in cross-site frames (as
  // this headless Chromium does) still allow it here, so the "saved for this site" case shows.
  sameSiteHostUrl = `http://127.0.0.1:${host.address().port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

/** Opens the host page with the embed and waits for the app inside the frame. */
async function openHost(page, query, { at = hostUrl } = {}) {
  await page.goto(`${at}/host?embed=${encodeURIComponent(query)}`, { app: false });
  const embed = page.frameLocator(FRAME);
  await appReady(embed);
  const frame = await (await page.locator(FRAME).elementHandle()).contentFrame();
  return { embed, frame };
}

async function openEmbed(page, query = "") {
  await page.goto(`/embed?${query}`);
  await page.getByTestId("embed").waitFor();
}

// The frame's content box (its default 2 px inset border is outside it).
const frameHeight = (page) => page.locator(FRAME).evaluate((el) => el.clientHeight);
const contentHeight = (frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('[data-testid="embed"]').getBoundingClientRect().bottom + window.scrollY));

test("the studio's name, currency and prices show in the embed's estimator", async ({ page }) => {
  const { embed } = await openHost(page, "name=Ink+%26+Steel&cur=GBP&dermal=60-80&jewellery-titanium=20&needling=150-200");
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

test("the frame's height follows its content within 2 px as tabs change", async ({ page }) => {
  const { embed, frame } = await openHost(page, "cur=GBP&dermal=60-80");
  const heights = [];
  for (const tab of ["Body map", "Estimator", "Aftercare", "Body map"]) {
    await embed.getByRole("tab", { name: tab }).click();
    await expect(embed.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 5000 })
      .toBeLessThanOrEqual(2);
    heights.push(await frameHeight(page));
  }
  // The tabs differ in height, so the frame really followed them.
  expect(new Set(heights.map(Math.round)).size).toBeGreaterThan(1);
  expect(heights[0]).not.toBe(900);
});

test("height messages from another origin, another frame or out of bounds are ignored", async ({ page }) => {
  const { frame } = await openHost(page, "cur=GBP");
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
  const settled = await frameHeight(page);

  // The host page itself, another frame on the host's origin, and a frame from Dermamap's
  // origin that is not the embed.
  await page.evaluate(({ type }) => window.postMessage({ type, height: 321 }, "*"), HEIGHT);
  await page.frame({ url: /\/other\.html$/ }).evaluate(({ type }) => parent.postMessage({ type, height: 322 }, "*"), HEIGHT);
  await page.frame({ url: /\/embed\.js$/ }).evaluate(({ type }) => parent.postMessage({ type, height: 323 }, "*"), HEIGHT);
  // The embed's own frame, but nonsense heights: just outside the bounds, or not numbers.
  for (const height of [5, HEIGHT.min - 1, HEIGHT.max + 1, 99999999, "500", Number.NaN, -400, null]) {
    await frame.evaluate(({ type, h }) => parent.postMessage({ type, height: h }, "*"), { type: HEIGHT.type, h: height });
  }
  await frame.evaluate(() => parent.postMessage({ kind: "other", height: 600 }, "*"));
  await page.waitForTimeout(300);
  expect(await frameHeight(page)).toBe(settled);

  // The same message from the embed's own frame is honoured (so the checks above mean something).
  await frame.evaluate(({ type }) => parent.postMessage({ type, height: 1234 }, "*"), HEIGHT);
  await expect.poll(() => frameHeight(page)).toBe(1234);
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
  const { embed, frame } = await openHost(page, `name=${encodeURIComponent(name)}&cur=GBP`);
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
  const { embed, frame } = await openHost(page, "accent=%23777777&cur=XYZ&dermal=60-80");
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
});

test("a valid accent colour is applied through the CSSOM, without breaking the CSP", async ({ page }) => {
  await openEmbed(page, "accent=0B5D5B");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim())).toBe("#0b5d5b");
  await expect(page.getByRole("tab", { name: "Body map" })).toHaveCSS("background-color", "rgb(11, 93, 91)");
  await expect(page.getByTestId("embed-notices")).toHaveCount(0);
});

test.describe("with storage and service workers blocked", () => {
  test.use({ serviceWorkers: "block" });

  test("the embed still works and says the plan is not saved", async ({ page }) => {
    await page.addInitScript((origin) => {
      if (location.origin !== origin) return;
      Object.defineProperty(window, "localStorage", {
        configurable: true,
        get() {
          throw new DOMException("Storage is blocked in this frame.", "SecurityError");
        },
      });
    }, APP_ORIGIN);
    const { embed } = await openHost(page, "name=Ink&cur=GBP&dermal=60-80&tab=aftercare");
    await expect(embed.getByRole("tab", { name: "Aftercare" })).toHaveAttribute("aria-selected", "true");
    const notice = embed.getByTestId("not-saved");
    await expect(notice).toContainText(/not saved/i);
    await expect(notice.getByRole("button", { name: "Export plans" })).toBeVisible();
    await expect(notice.getByRole("link", { name: /Open the full guide/ })).toHaveAttribute("target", "_blank");
    await embed.getByTestId("plan-procedure").selectOption("dermal");
    await embed.getByTestId("plan-name").fill("Hip");
    await embed.getByTestId("start-plan-button").click();
    await expect(embed.getByTestId("plan")).toHaveCount(1);
    // The other tools work too.
    await embed.getByRole("tab", { name: "Estimator" }).click();
    await expect(embed.getByTestId("cost-total")).toHaveText("£60-£80");
  });
});

test("in a cross-site frame, the aftercare tab says what the browser allows", async ({ page }) => {
  const { embed, frame } = await openHost(page, "tab=aftercare");
  // Browsers either partition storage in cross-site frames or block it (this headless
  // Chromium blocks it); the page must say which, plainly.
  const storage = await frame.evaluate(() => {
    try {
      return window.localStorage ? "available" : "blocked";
    } catch {
      return "blocked";
    }
  });
  if (storage === "blocked") {
    await expect(embed.getByTestId("not-saved")).toContainText(/not saved/i);
    await expect(embed.getByTestId("saved-here-only")).toHaveCount(0);
  } else {
    await expect(embed.getByTestId("saved-here-only")).toContainText(`Saved in this browser for localhost:${new URL(hostUrl).port} only`);
  }
});

test("in a cross-site frame with partitioned storage, plans are said to be saved for that site only", async ({ page }) => {
  // This headless Chromium blocks storage in cross-site frames; browsers that partition it
  // instead give the frame a storage of its own, simulated here in memory.
  await page.addInitScript((origin) => {
    if (location.origin !== origin || window.top === window) return;
    const data = new Map();
    const partitioned = {
      getItem: (k) => (data.has(k) ? data.get(k) : null),
      setItem: (k, v) => void data.set(k, String(v)),
      removeItem: (k) => void data.delete(k),
      clear: () => data.clear(),
      key: (i) => [...data.keys()][i] ?? null,
      get length() {
        return data.size;
      },
    };
    Object.defineProperty(window, "localStorage", { configurable: true, get: () => partitioned });
  }, APP_ORIGIN);
  const { embed } = await openHost(page, "tab=aftercare");
  const notice = embed.getByTestId("saved-here-only");
  await expect(notice).toContainText(`Saved in this browser for localhost:${new URL(hostUrl).port} only`);
  await expect(notice.getByRole("link", { name: /Open the full guide/ })).toHaveAttribute("href", `${APP}/`);
  await expect(notice.getByRole("button", { name: "Export plans" })).toBeVisible();
  await expect(embed.getByTestId("not-saved")).toHaveCount(0);
});

test("in a frame on the same site, plans are the full guide's", async ({ page, context }) => {
  const { embed } = await openHost(page, "tab=aftercare", { at: sameSiteHostUrl });
  await embed.getByTestId("start-plan").waitFor();
  await expect(embed.getByTestId("saved-here-only")).toHaveCount(0);
  await expect(embed.getByTestId("not-saved")).toHaveCount(0);
  await embed.getByTestId("plan-name").fill("Shared hip");
  await embed.getByTestId("start-plan-button").click();
  await expect(embed.getByTestId("plan")).toHaveCount(1);
  const full = await context.newPage();
  await full.goto(`${APP}/aftercare`);
  await expect(full.getByTestId("plan").filter({ hasText: "Shared hip" })).toHaveCount(1);
  await full.close();
  // Under the snippet's sandbox, removing asks first (a modal) and then removes.
  page.once("dialog", (d) => d.accept());
  await embed.getByTestId("remove-plan").click();
  await expect(embed.getByTestId("plan")).toHaveCount(0);
});

test("opened on its own, the embed's aftercare is the full guide's", async ({ page }) => {
  await openEmbed(page, "tab=aftercare");
  await expect(page.getByTestId("start-plan")).toBeVisible();
  await expect(page.getByTestId("saved-here-only")).toHaveCount(0);
  await expect(page.getByTestId("not-saved")).toHaveCount(0);
});

test("tabs work from the keyboard, and links between tools stay in the embed", async ({ page }) => {
  await openEmbed(page, "cur=GBP&dermal=60-80");
  const tab = (name) => page.getByRole("tab", { name });
  await tab("Body map").focus();
  await page.keyboard.press("ArrowRight");
  await expect(tab("Estimator")).toBeFocused();
  await expect(tab("Estimator")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("embed-panel-estimator")).toBeVisible();
  await expect(page.getByTestId("embed-panel-map")).toBeHidden();
  await page.keyboard.press("End");
  await expect(tab("Aftercare")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(tab("Body map")).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowLeft");
  await expect(tab("Aftercare")).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Home");
  await expect(tab("Body map")).toBeFocused();
  await expect(tab("Body map")).toHaveAttribute("tabindex", "0");
  await expect(tab("Estimator")).toHaveAttribute("tabindex", "-1");

  // A region from the list opens in the embed's map, not at /map/<id>.
  await page.getByTestId("region-list").getByRole("link", { name: "Nape of the neck" }).first().click();
  await expect(page.getByTestId("region-details")).toContainText("Nape of the neck");
  await expect(page).toHaveURL(/\/embed\?/);
  // "Estimate pain and cost" switches to the estimator with that region.
  await page.getByTestId("estimate-link").click();
  await expect(tab("Estimator")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("region")).toHaveValue("nape");
  await expect(page.getByTestId("cost-total")).toHaveText("£60-£80");
  await expect(page).toHaveURL(/\/embed\?cur=GBP&dermal=60-80$/);
  // A source link opens the full guide in a new tab.
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    page.getByTestId("pain-factors").getByRole("link").first().click(),
  ]);
  await expect(popup).toHaveURL(/\/sources#src-/);
  await popup.close();
  await expect(page).toHaveURL(/\/embed\?/);
});

test("services=microneedling starts the map and the estimator on microneedling", async ({ page }) => {
  await openEmbed(page, "services=microneedling");
  await expect(page.getByTestId("filter-microneedling")).toBeChecked();
  await page.getByRole("tab", { name: "Estimator" }).click();
  await expect(page.getByTestId("procedure")).toHaveValue("microneedling");
});

for (const tab of ["Body map", "Estimator", "Aftercare"]) {
  test(`axe finds no WCAG violations in the embed's ${tab} tab`, async ({ page }) => {
    // The repeated accent also puts the notices list on the page.
    await openEmbed(page, "name=Ink+%26+Steel&cur=GBP&dermal=60-80&accent=0b5d5b&accent=ffffff");
    await page.getByRole("tab", { name: tab }).click();
    await expect(page.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("tabpanel", { name: tab }).getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the same build embeds from a sub-path", async ({ page }) => {
  const guide = process.env.DERMAMAP_GUIDE_URL;
  await page.goto(`${guide}/embed?cur=GBP&dermal=60-80&tab=estimator`);
  await page.getByTestId("embed").waitFor();
  await expect(page.getByTestId("cost-total")).toHaveText("£60-£80");
  await expect(page.getByRole("link", { name: /Open full guide/ })).toHaveAttribute("href", `${guide}/`);
});

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
