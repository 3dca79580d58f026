// With JavaScript off every page answers with its own content, and its links (the regions of
// the figure among them) move between pages.
import { test, expect } from "./fixtures/app.mjs";
import { PAGES } from "./fixtures/site_pages.mjs";
import { DERMAL, NEEDLING } from "./fixtures/map_page.mjs";

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ["es", "de"]) {
    test(`${lang}: the pages answer in their language, and a region of the figure opens its page`, async ({ page }) => {
      for (const path of [`/${lang}/`, `/${lang}/estimator`, `/${lang}/aftercare`, `/${lang}/about/dermal`, `/${lang}/embed`]) {
        const res = await page.goto(path, { app: false });
        expect(res.status(), path).toBe(200);
        await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
        await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
      }
      await page.goto(`/${lang}/map/back-dimples`, { app: false });
      await page.getByTestId("region-nape").click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/map/nape$`));
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByTestId("region-details")).toBeVisible();
    });
  }

  test("every page answers with its own content, title and canonical link", async ({ page }) => {
    test.setTimeout(90_000);
    const titles = new Set();
    for (const path of [...PAGES, "/embed"]) {
      const res = await page.goto(path, { app: false });
      expect(res.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
      await expect(page.getByTestId("not-found"), path).toHaveCount(0);
      const title = await page.title();
      expect(title, path).toMatch(/Dermamap|Guide/);
      if (path !== "/embed") {
        expect(titles.has(title) && path !== "/", `${path}: its own title`).toBe(false);
        titles.add(title);
        await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute("href", new RegExp(`${path === "/" ? "/" : path}$`));
        await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute("content", title);
      }
    }
  });

  test("every region's page shows that region, marked in the figure and the list, which link to it", async ({ page }) => {
    test.setTimeout(90_000);
    const shown = new Set();
    for (const id of [...DERMAL, ...NEEDLING]) {
      const path = `/map/${id}`;
      await page.goto(path, { app: false });
      const listed = page.getByTestId("region-list").locator('a[aria-current="page"]');
      await expect(listed, `${path}: one region is current in the list`).toHaveCount(1);
      expect(await listed.getAttribute("href"), path).toMatch(new RegExp(`map/${id}$`));
      const name = (await listed.textContent()).trim();
      await expect(page.getByTestId("region-details").getByRole("heading", { level: 2 }), path).toHaveText(name);
      const drawn = page.getByTestId("body-figure").getByTestId(`region-${id}`);
      await expect(drawn, `${path}: drawn on the figure's view`).toHaveAttribute("aria-pressed", "true");
      expect(await drawn.getAttribute("href"), path).toMatch(new RegExp(`map/${id}$`));
      shown.add(name);
    }
    expect(shown.size, "each page shows a region of its own").toBe(DERMAL.length + NEEDLING.length);
  });

  for (const lang of ["es", "de"]) {
    test(`${lang}: every page answers in its language with its own content, title and canonical link`, async ({ page }) => {
      test.setTimeout(90_000);
      const titles = new Set();
      for (const p of [...PAGES, "/embed"]) {
        const path = p === "/" ? `/${lang}/` : `/${lang}${p}`;
        const res = await page.goto(path, { app: false });
        expect(res.status(), path).toBe(200);
        await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
        await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
        await expect(page.getByTestId("not-found"), path).toHaveCount(0);
        if (p.startsWith("/map/")) await expect(page.getByTestId("region-details"), path).toHaveCount(1);
        if (p === "/embed") continue;
        const title = await page.title();
        expect(titles.has(title) && p !== "/", `${path}: its own title`).toBe(false);
        titles.add(title);
        const canonical = p === "/" ? `/${lang}/?` : `/${lang}${p}`;
        await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute("href", new RegExp(`${canonical}$`));
        await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute("content", title);
      }
    });
  }

  test("links to a place on the page stay on the page (the About page's contents)", async ({ page }) => {
    await page.goto(`${process.env.DERMAMAP_NGINX_GUIDE_URL}/about/dermal`, { app: false });
    const first = page.getByRole("navigation", { name: "On this page" }).getByRole("link").first();
    const target = (await first.getAttribute("href")).split("#")[1];
    await first.click();
    await expect(page).toHaveURL(`${process.env.DERMAMAP_NGINX_GUIDE_URL}/about/dermal#${target}`);
  });

  for (const site of ["DERMAMAP_URL", "DERMAMAP_NGINX_URL", "DERMAMAP_NGINX_GUIDE_URL"]) {
    test(`the not-found page at an unknown nested address links into the guide (${site})`, async ({ page }) => {
      const base = process.env[site];
      const res = await page.goto(`${base}/no/such/deep/page`, { app: false });
      expect(res.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      // One file answers every depth: its links and icons must still lead into the guide.
      const estimator = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Estimator" });
      expect(await estimator.evaluate((a) => a.href)).toBe(`${base}/estimator`);
      expect(await page.locator('link[rel="icon"]').evaluate((l) => l.href)).toBe(`${base}/icons/icon.svg`);
      await estimator.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pain and cost estimator");
    });

    test(`an unknown address under /de/ answers with the German not-found page (${site})`, async ({ page }) => {
      const base = process.env[site];
      const res = await page.goto(`${base}/de/no/such/page`, { app: false });
      expect(res.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", "de");
      await expect(page.getByTestId("not-found")).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Page not found");
      // Its links lead into the German guide, at any depth.
      const home = page.getByTestId("not-found").getByRole("link").first();
      expect(await home.evaluate((a) => new URL(a.href).pathname)).toMatch(/\/de(\/|$)/);
      expect(await page.locator('link[rel="icon"]').evaluate((l) => l.href)).toBe(`${base}/icons/icon.svg`);
    });

    test(`a click on a region of the figure opens its page, and links move between pages (${site})`, async ({ page }) => {
      const base = process.env[site];
      await page.goto(`${base}/`, { app: false });
      await page.getByTestId("region-sternum").click();
      await expect(page).toHaveURL(`${base}/map/sternum`);
      await expect(page.getByTestId("region-details").getByRole("heading", { level: 2 })).toContainText("Sternum");
      await expect(page.getByTestId("region-sternum")).toHaveAttribute("aria-pressed", "true");
      // A region on another view: its page shows that view.
      await page.getByTestId("region-list").getByRole("link", { name: /Nape/ }).click();
      await expect(page).toHaveURL(`${base}/map/nape`);
      await expect(page.getByTestId("body-figure")).toHaveAttribute("data-view", "back");
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Estimator" }).click();
      await expect(page).toHaveURL(`${base}/estimator`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pain and cost estimator");
      await page.getByRole("link", { name: "Dermamap" }).first().click();
      await expect(page).toHaveURL(`${base}/`);
      // A trailing slash is not a second address of a page.
      await page.goto(`${base}/map/nape/`, { app: false });
      await expect(page.getByTestId("region-details").getByRole("heading", { level: 2 })).toContainText("Nape");
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Aftercare" }).click();
      await expect(page).toHaveURL(`${base}/aftercare`);
    });
  }
});
