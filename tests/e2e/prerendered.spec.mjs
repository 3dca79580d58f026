// Prerendered pages: every address answers with its own content in the HTML before the wasm,
// the app hydrates it (attaches to the same nodes, building nothing again), and search engines
// find every page. With JavaScript off: no-javascript.spec.mjs; input while the hydrated
// page's parts wait for their turn: parts-waiting.spec.mjs.
import { HASHED } from "../../scripts/hashed-name.mjs";
import { test, expect, appReady } from "./fixtures/app.mjs";
import { PAGES } from "./fixtures/site_pages.mjs";
import { AftercarePage, isoDaysAgo } from "./fixtures/aftercare_page.mjs";

/** Holds the wasm download until `release()` is called, so the prerendered page can be read. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route("**/*_bg.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

const box = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
});

/** Sums layout shifts from page load on (the entries are buffered), naming what moved. */
const layoutShift = (page) => page.evaluate(() => new Promise((resolve) => {
  let sum = 0;
  const moved = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      sum += e.value;
      for (const s of e.sources ?? []) {
        const n = s.node;
        const name = n ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ""}${n.className?.baseVal ?? n.className ? `.${n.className?.baseVal ?? n.className}` : ""}` : "?";
        moved.push(`${name} at ${Math.round(e.startTime)} ms: ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`);
      }
    }
  }).observe({ type: "layout-shift", buffered: true });
  setTimeout(() => resolve({ sum, moved }), 300);
}));
const expectNoShift = async (page) => {
  const { sum, moved } = await layoutShift(page);
  expect(sum, `layout shifted:\n${moved.join("\n")}`).toBe(0);
};

const pages = [
  { path: "/", heading: "Body map", nav: "Map" },
  { path: "/map/nape", heading: "Body map", nav: null, details: "Nape" },
  { path: "/estimator", heading: "Pain and cost estimator", nav: "Estimator" },
  { path: "/aftercare", heading: "Aftercare checklist", nav: "Aftercare" },
  { path: "/studio", heading: "Embed Dermamap on your studio's site", nav: null },
  { path: "/sources", heading: "Sources", nav: null },
];

for (const p of pages) {
  test(`${p.path}: the prerendered page shows before the wasm, and the app hydrates it`, async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(p.path, { app: false });
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toHaveText(p.heading);
    const lede = page.locator("p.lede").first();
    const before = await box(lede);
    const text = await lede.textContent();
    if (p.nav) {
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: p.nav, exact: true }))
        .toHaveAttribute("aria-current", "page");
    }
    if (p.details) {
      await expect(page.getByTestId("region-details").getByRole("heading", { level: 2 })).toContainText(p.details);
    }

    // The nodes as they arrived: hydration keeps them (a re-render would replace them).
    await page.evaluate(() => {
      window.arrived = { h1: document.querySelector("h1"), header: document.querySelector("header") };
    });

    release();
    await appReady(page);
    expect(await page.evaluate(() => document.querySelector("h1") === window.arrived.h1
      && document.querySelector("header") === window.arrived.header
      && window.arrived.h1.isConnected), "the prerendered nodes are the app's").toBe(true);
    await expect(h1).toHaveCount(1);
    await expect(h1).toHaveText(p.heading);
    await expect(page.locator("p.lede").first()).toHaveText(text);
    expect(await box(page.locator("p.lede").first())).toEqual(before);
    await expectNoShift(page);
  });
}

test.describe("hard loads", () => {
  // No service worker: once it controls the page it serves the wasm from its cache, past the
  // hold, and the nodes read below could be the app's own already.
  test.use({ serviceWorkers: "block" });
test("every page hydrates on a hard load: the same nodes, no console output, and it responds", async ({ page }) => {
  test.setTimeout(150_000);
  const said = [];
  page.on("console", (m) => {
    // Chromium's own note on the studio page's preview frame (sandboxed on purpose, see
    // the studio page), not the app's.
    // And Playwright's, for the service worker this test blocks.
    if (!/iframe which has both allow-scripts and allow-same-origin|Service Worker registration blocked by Playwright/.test(m.text())) said.push(`${m.type()}: ${m.text()}`);
  });
  // The embed hard-loaded as a studio links it, and with settings that change what it shows.
  // And in Spanish and German, whose text the app loads before it hydrates.
  const addresses = [...PAGES, "/embed", "/embed?name=Ink&cur=GBP&dermal=60-80&tab=estimator",
    "/estimator?procedure=microneedling&region=neck", "/aftercare?procedure=dermal&region=hip",
    "/es/", "/es/map/nape", "/es/estimator?procedure=dermal&region=hip", "/es/aftercare", "/es/about/microneedling",
    "/de/", "/de/map/forehead", "/de/estimator", "/de/aftercare?procedure=microneedling&region=cheeks", "/de/sources",
    "/de/studio", "/es/embed?lang=es&name=Tinta&cur=EUR&dermal=60-80"];
  for (const address of addresses) {
    const release = await holdWasm(page);
    await page.goto(address, { app: false });
    expect(await page.evaluate(() => document.documentElement.dataset.app ?? "held"), `${address}: the app waits`).toBe("held");
    await page.evaluate(() => { window.arrived = document.querySelector("#boot > *"); });
    release();
    await appReady(page);
    // A mismatch panics in the release build (a page error, which the fixture reports) or,
    // where it did not, the app would have built its own nodes in place of these.
    expect(await page.evaluate(() => window.arrived.isConnected && document.querySelector("#boot > *") === window.arrived),
      `${address}: the prerendered nodes are the app's`).toBe(true);
    await page.unroute("**/*_bg.wasm");
  }
  expect(said, "nothing in the console (a debug build reports hydration problems there)").toEqual([]);
  // And the hydrated page responds: a tap on the figure opens a region.
  await page.goto("/");
  await page.getByTestId("region-sternum").click();
  await expect(page).toHaveURL(/\/map\/sternum$/);
  await expect(page.getByTestId("region-details").getByRole("heading", { level: 2 })).toContainText("Sternum");
});
});

test("an unknown path answers 404 with the not-found page, before and after the app", async ({ page }) => {
  const release = await holdWasm(page);
  const res = await page.goto("/no/such/page", { app: false });
  expect(res.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  release();
  await appReady(page);
  await expect(page.getByTestId("not-found")).toBeVisible();
  // Rendered afresh (it answers any address), with the page's head tags once.
  await expect(page.locator('meta[name="description"]')).toHaveCount(1);
  await expect(page.locator("title")).toHaveCount(1);
});

test("the app is downloaded only after the first screen has been painted", async ({ page }) => {
  await page.goto("/estimator");
  const { fcp, wasm, js } = await page.evaluate((hashed) => {
    const start = (ext) => performance.getEntriesByType("resource")
      .find((e) => new RegExp(hashed).test(e.name.split("/").pop()) && e.name.endsWith(ext))?.startTime;
    return {
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      wasm: start("_bg.wasm"),
      js: start(".js"),
    };
  }, HASHED.source);
  expect(fcp).toBeGreaterThan(0);
  expect(js).toBeGreaterThanOrEqual(fcp);
  expect(wasm).toBeGreaterThanOrEqual(fcp);
});

for (const embed of [
  { query: "", label: "Body map", prerendered: true },
  { query: "?cur=EUR", label: "Body map", prerendered: false },
  { query: "?name=Ink+%26+Steel&services=microneedling", label: "Body map", prerendered: false },
  { query: "?cur=EUR&tab=estimator", label: "Estimator", prerendered: false },
  { query: "?cur=EUR&tab=aftercare", label: "Aftercare", prerendered: false },
]) {
  test(`the embed${embed.query || " (no settings)"} never shows a studio-less embed in its place, and nothing shifts`, async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(`/embed${embed.query}`, { app: false });
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    if (embed.prerendered) {
      // The prerendered embed is the one without settings, on its map tab.
      await expect(page.locator("#boot h1")).toBeVisible();
      await expect(page.getByRole("tab", { name: embed.label })).toHaveAttribute("aria-selected", "true");
    } else {
      // A studio's settings (name, prices, services, tab) show only once the app runs.
      await expect(page.locator("#boot h1")).toHaveCount(1);
      await expect(page.locator("#boot h1")).toBeHidden();
    }
    release();
    await appReady(page);
    await expect(page.getByRole("tab", { name: embed.label })).toBeVisible();
    await expect(page.getByRole("tab", { name: embed.label })).toHaveAttribute("aria-selected", "true");
    await expectNoShift(page);
  });
}

// A page whose state comes from the address (the estimator's link, a studio's settings) is
// hydrated as a first visit sees it, then takes that state on the same nodes: the app does
// not build the page a second time once the address may be read.
test.describe("pages with the address's or the device's state", () => {
  // No service worker: it would serve the wasm past the hold.
  test.use({ serviceWorkers: "block" });
for (const c of [
  {
    // Saved plans and the link's starting choices.
    address: "/aftercare?procedure=microneedling&region=cheeks",
    setup: async (page) => {
      const ac = new AftercarePage(page);
      await ac.open();
      await ac.startPlan({ procedure: "dermal", region: "hip", date: isoDaysAgo(2), name: "Left hip" });
    },
    check: async (page) => {
      const ac = new AftercarePage(page);
      await expect(ac.plans).toHaveCount(1);
      await expect(ac.plan("Left hip").getByTestId("plan-title")).toHaveText("Day 2 of your Left hip");
      await expect(page.getByTestId("plan-procedure")).toHaveValue("microneedling");
      await expect(page.getByTestId("plan-region")).toHaveValue("cheeks");
      // And it saves as before.
      await ac.startPlan({ procedure: "microneedling", region: "cheeks", date: isoDaysAgo(0), name: "Cheeks" });
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem("dermamap.aftercare")).plans.length)).toBe(2);
    },
  },
  {
    // The snippet names the address the guide is served from, which only the device knows.
    address: "/studio",
    check: async (page) => {
      await expect(page.getByTestId("snippet")).toHaveValue(/^<iframe data-dermamap src="http:\/\/[^/"]+\/embed\?/);
      await expect(page.getByTestId("snippet")).toHaveValue(/<script src="http:\/\/[^/"]+\/embed\.js" defer><\/script>$/);
    },
  },
  {
    address: "/estimator?procedure=microneedling&region=neck&sessions=99",
    check: async (page) => {
      await expect(page.getByTestId("region")).toHaveValue("neck");
      await expect(page.getByTestId("needling-options")).toBeVisible();
      await expect(page.getByTestId("dermal-options")).toHaveCount(0);
      await expect(page.getByTestId("query-notice")).toContainText("sessions");
      // The address follows the form from now on, starting from the link's choices.
      await expect(page).toHaveURL(/procedure=microneedling/);
      await expect(page).toHaveURL(/region=neck/);
    },
  },
  {
    address: "/embed?name=Ink&cur=GBP&dermal=60-80&services=microneedling&accent=%23123456&bogus=1",
    check: async (page) => {
      await expect(page.getByTestId("embed-studio")).toHaveText("Ink");
      await expect(page).toHaveTitle(/Ink/);
      await expect(page.getByTestId("embed-notices")).toContainText("bogus");
      await expect(page.getByTestId("filter-microneedling")).toBeChecked();
      await expect(page.getByTestId("region-hip")).toHaveCount(0);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim())).toBe("#123456");
      await expect(page.getByRole("link", { name: /Open full guide/ })).toHaveAttribute("href", /^http:\/\/[^/]+\/$/);
    },
  },
  {
    address: "/embed?name=Ink&cur=GBP&dermal=60-80&tab=estimator",
    check: async (page) => {
      await expect(page.getByRole("tab", { name: "Estimator" })).toHaveAttribute("aria-selected", "true");
      await expect(page.getByTestId("embed-panel-estimator").getByTestId("cost-total")).toContainText("£");
    },
  },
]) {
  test(`${c.address}: the hydrated page takes the address's state on the same nodes`, async ({ page }) => {
    if (c.setup) await c.setup(page);
    const release = await holdWasm(page);
    await page.goto(c.address, { app: false });
    expect(await page.evaluate(() => document.documentElement.dataset.app ?? "held"), "the app waits").toBe("held");
    await page.evaluate(() => {
      window.kept = [...document.querySelectorAll("main, h1, form, svg, [role=tablist], [data-testid=embed-studio]")];
    });
    const kept = await page.evaluate(() => window.kept.length);
    expect(kept).toBeGreaterThan(1);
    release();
    await appReady(page);
    // The state fills in without moving what was painted (input the check makes aside).
    await expectNoShift(page);
    await c.check(page);
    expect(await page.evaluate(() => window.kept.filter((el) => !el.isConnected).map((el) => el.outerHTML.slice(0, 80))),
      "every prerendered node is still the page's").toEqual([]);
  });
}
});

test.describe("a page waiting for the app to fill it in", () => {
  test.use({ serviceWorkers: "block" });
  test("aftercare with saved plans shows its heading at once, and the rest as it is if the app never arrives", async ({ page }) => {
    const ac = new AftercarePage(page);
    await ac.open();
    await ac.startPlan({ procedure: "dermal", region: "hip", date: isoDaysAgo(2), name: "Left hip" });
    await holdWasm(page); // never released
    await page.goto("/aftercare", { app: false });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("p.lede").first()).toBeVisible();
    // The prerendered start form is not this device's page: it waits for the app...
    await expect(page.getByTestId("start-plan")).toBeHidden();
    await expect(page.getByTestId("disclaimer")).toBeHidden();
    // ...but not for ever.
    await expect(page.getByTestId("start-plan")).toBeVisible({ timeout: 8_000 });
    await expect(page.getByTestId("disclaimer")).toBeVisible();
  });

  test("a page waiting for the app shows as it is at once when the app stops", async ({ page }) => {
    await holdWasm(page); // never released
    await page.goto("/estimator?procedure=dermal&region=hip", { app: false });
    await expect(page.getByTestId("estimator-form")).toBeHidden();
    // What the release build's panic becomes (index.html's handler reads the error's type).
    await page.evaluate(() => dispatchEvent(new ErrorEvent("error", { error: new WebAssembly.RuntimeError("unreachable") })));
    await expect(page.getByRole("alert").filter({ hasText: "stopped responding" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-fills-in"))).toBe(false);
    await expect(page.getByTestId("estimator-form")).toBeVisible({ timeout: 1_000 });
  });

  test("the estimator without a link's choices and aftercare without saved plans show at once", async ({ page }) => {
    await holdWasm(page); // never released
    for (const path of ["/estimator", "/aftercare", "/de/aftercare"]) {
      await page.goto(path, { app: false });
      await expect(page.locator("main form").first(), path).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.hasAttribute("data-fills-in")), path).toBe(false);
    }
    await page.goto("/es/estimator?procedure=dermal", { app: false });
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-fills-in"))).toBe(true);
  });
});

// The bar's first line is painted before the rest of the page has been parsed (the parser
// yields under load): nothing parsed after it may move it. A baseline-aligned flex row did: the
// "Open full guide" link, arriving after the studio line, pushed it down a few pixels (a layout
// shift seen now and then in CI).
test("the embed's studio line stays where it was painted when the link after it arrives", async ({ page }) => {
  await holdWasm(page); // never released: the app must not hydrate the nodes moved here
  await page.goto("/embed", { app: false });
  const line = page.locator(".embed-studio");
  const painted = await page.evaluate(() => {
    const bar = document.querySelector(".embed-bar");
    const rest = [...bar.children].slice(1);
    rest.forEach((el) => el.remove());
    const r = document.querySelector(".embed-studio").getBoundingClientRect();
    rest.forEach((el) => bar.append(el));
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  expect(await box(line)).toEqual(painted);
});

test("sitemap.xml lists every page and robots.txt points to it", async ({ request }) => {
  const base = process.env.DERMAMAP_URL;
  const xml = await (await request.get(`${base}/sitemap.xml`)).text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  // Every page in every language (English at /, Spanish at /es/..., German at /de/...).
  const inLang = (code) => PAGES.map((p) => (p === "/" ? `/${code}` : `/${code}${p}`));
  expect(listed.sort()).toEqual([...PAGES, ...inLang("es"), ...inLang("de")].sort());
  const robots = await (await request.get(`${base}/robots.txt`)).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

/** The elements the browser took as the largest contentful paint, in order (buffered). */
const lcpElements = (page) => page.evaluate(() => new Promise((resolve) => {
  new PerformanceObserver((list) => resolve(list.getEntries().map((e) => ({
    tag: e.element?.tagName ?? null,
    className: e.element?.getAttribute("class") ?? null,
    url: e.url,
  })))).observe({ type: "largest-contentful-paint", buffered: true });
}));

test.describe("on a phone", () => {
  test.use({ viewport: { width: 412, height: 823 } });

  // Issue 17: LCP "with the body figure as the LCP element". An inline SVG drawing is no
  // candidate; the figure's outline is an image of its own, which is.
  for (const path of ["/", "/map/nape"]) {
    test(`${path}: the body figure is the largest contentful paint, before the app`, async ({ page }) => {
      const outlines = [];
      page.on("response", (r) => /\/figure\/[a-z]+\.svg$/.test(r.url()) && outlines.push(r));
      const release = await holdWasm(page);
      await page.goto(path, { app: false });
      await expect.poll(() => outlines.length).toBe(1);
      expect(outlines[0].status()).toBe(200);
      expect(outlines[0].headers()["content-type"]).toMatch(/^image\/svg\+xml/);
      // The image's entry comes once it has painted, after the text's.
      await expect.poll(async () => (await lcpElements(page)).at(-1)).toMatchObject({ tag: "image", className: "figure-outline" });
      expect((await lcpElements(page)).at(-1).url).toMatch(/\/figure\/body\.svg$/);
      release();
      await appReady(page);
    });
  }

  test("a view switch shows that view's outline, loaded once", async ({ page }) => {
    const outlines = [];
    page.on("response", (r) => /\/figure\/[a-z]+\.svg$/.test(r.url()) && outlines.push(r.url().split("/").pop()));
    await page.goto("/");
    const outline = page.getByTestId("body-figure").locator("image.figure-outline");
    await page.getByTestId("view-face").click();
    await expect(outline).toHaveAttribute("href", "figure/face.svg");
    await expect.poll(() => outlines).toEqual(["body.svg", "face.svg"]);
    // The image drew: its box is the figure's.
    await expect.poll(() => outline.evaluate((img) => img.getBoundingClientRect().height)).toBeGreaterThan(100);
    await page.getByTestId("view-back").click();
    await expect(outline).toHaveAttribute("href", "figure/body.svg");
  });
});
