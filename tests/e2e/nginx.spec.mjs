// The repo's nginx configs (deploy/nginx/) on Debian's nginx, at / and under /guide/: the
// app's routes load with 0 CSP violations (the fixture fails on any), the headers equal
// dermamap-server's, precompressed files are served, and missing files stay 404s.
import { test, expect, appReady } from "./fixtures/app.mjs";
import { HASHED_IN_TEXT } from "../../scripts/hashed-name.mjs";

const sites = [
  { name: "nginx at /", url: () => process.env.DERMAMAP_NGINX_URL },
  { name: "nginx under /guide/", url: () => process.env.DERMAMAP_NGINX_GUIDE_URL },
];
const routes = ["/", "/map/nape", "/map/cheeks", "/estimator?procedure=microneedling&region=cheeks", "/aftercare", "/about", "/about/microneedling", "/sources", "/studio", "/embed?tab=estimator"];
const SECURITY = ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy"];

for (const site of sites) {
  test(`${site.name}: every route loads the app with no CSP violation`, async ({ page }) => {
    for (const route of routes) {
      await page.goto(`${site.url()}${route}`);
      if (route.startsWith("/embed")) await page.getByTestId("embed").waitFor();
      else await appReady(page);
      // The page's heading (an embed opened on another tab keeps its map, hidden, under it).
      await expect(page.locator("h1:visible"), route).toHaveCount(1);
    }
    // In-app navigation keeps the prefix.
    await page.goto(`${site.url()}/estimator`);
    await appReady(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources and disclaimer" }).click();
    await expect(page).toHaveURL(`${site.url()}/about`);
  });

  test(`${site.name}: the same headers as dermamap-server, precompressed files and 404s`, async ({ request }) => {
    const ours = await request.get(`${process.env.DERMAMAP_URL}/`);
    const theirs = await request.get(`${site.url()}/map/nape`);
    expect(theirs.status()).toBe(200);
    for (const h of SECURITY) expect(theirs.headers()[h], h).toBe(ours.headers()[h]);
    expect(theirs.headers()["cache-control"]).toBe("no-cache");
    expect(theirs.headers()["content-type"]).toBe("text/html; charset=utf-8");

    const html = await (await request.get(`${site.url()}/`)).text();
    const hashed = [...new Set([...html.matchAll(HASHED_IN_TEXT)].map((m) => m[0]))];
    const wasm = hashed.find((f) => f.endsWith(".wasm"));
    expect(wasm).toBeTruthy();
    for (const [coding] of [["br"], ["gzip"]]) {
      const r = await request.get(`${site.url()}/${wasm}`, { headers: { "accept-encoding": coding } });
      expect(r.status()).toBe(200);
      expect(r.headers()["content-encoding"], coding).toBe(coding);
      expect(r.headers()["content-type"]).toBe("application/wasm");
      expect(r.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
      for (const h of SECURITY) expect(r.headers()[h], h).toBe(ours.headers()[h]);
    }
    for (const [file, cache, type] of [["sw.js", "no-cache", "text/javascript"], ["manifest.webmanifest", "no-cache", "application/manifest+json"], ["embed.js", "public, max-age=3600", "text/javascript"]]) {
      const r = await request.get(`${site.url()}/${file}`);
      expect(r.status(), file).toBe(200);
      expect(r.headers()["cache-control"], file).toBe(cache);
      expect(r.headers()["content-type"], file).toContain(type);
    }
    const missing = await request.get(`${site.url()}/no-such-file.js`);
    expect(missing.status()).toBe(404);
    for (const h of SECURITY) expect(missing.headers()[h], `404 ${h}`).toBe(ours.headers()[h]);
  });
}

test("nginx under /guide/: /guide redirects to /guide/", async ({ request }) => {
  const r = await request.get(process.env.DERMAMAP_NGINX_GUIDE_URL, { maxRedirects: 0 });
  expect(r.status()).toBe(308);
  expect(r.headers()["location"]).toMatch(/\/guide\/$/);
});
