// index.html finds the folder the app is hosted in from the address where no server tells it
// (static hosts, nginx). No address may make it point <base> at another origin, which would
// load the app's script from there.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

const attacks = ["//evil.example/", "//evil.example/map/nape", "/\\evil.example/", "/\\/evil.example/estimator", "/%2F%2Fevil.example/", "/%5Cevil.example/about", "///evil.example/", "//evil.example:80/guide/map/x", "/%09/evil.example/"];

// The page as a host without any Content-Security-Policy serves it (CSP's base-uri would
// otherwise hide the bug): the guess alone must keep <base> on this origin.
test("with no CSP at all, no address points <base> at another origin", async ({ page }) => {
  const html = readFileSync("dist/index.html", "utf8");
  const origin = "http://dermamap.test";
  const elsewhere = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      elsewhere.push(url.href);
      return route.abort();
    }
    if (route.request().resourceType() === "document") return route.fulfill({ status: 200, contentType: "text/html", body: html });
    return route.fulfill({ status: 404, body: "" });
  });
  for (const path of attacks) {
    await page.goto(`${origin}${path}`, { waitUntil: "domcontentloaded" });
    const base = await page.evaluate(() => document.baseURI);
    expect(new URL(base).origin, `${path} -> ${base}`).toBe(origin);
  }
  expect(elsewhere).toEqual([]);
});

for (const nginx of [() => process.env.DERMAMAP_NGINX_URL, () => process.env.DERMAMAP_NGINX_GUIDE_URL]) {
  test(`no address points <base> at another origin (${nginx().replace(/:\d+/, "")})`, async ({ page }) => {
    const site = new URL(nginx());
    const requested = [];
    page.on("request", (r) => requested.push(r.url()));
    for (const path of attacks) {
      // Raw paths: the browser sends them as written (no URL normalisation by the test).
      await page.goto(`${site.origin}${path}`, { waitUntil: "domcontentloaded" });
      const base = await page.evaluate(() => document.baseURI);
      expect(new URL(base).origin, `${path} -> ${base}`).toBe(site.origin);
    }
    expect(requested.filter((u) => new URL(u).origin !== site.origin)).toEqual([]);
  });
}

test("deep links under /guide/ on nginx find the prefix, including the About pages", async ({ page }) => {
  const guide = process.env.DERMAMAP_NGINX_GUIDE_URL;
  for (const path of ["/map/nape", "/about/dermal", "/sources", "/estimator/"]) {
    await page.goto(`${guide}${path}`);
    expect(await page.evaluate(() => new URL(document.baseURI).pathname), path).toBe("/guide/");
  }
});
