// The wasm split by route (issue 17): the map's page runs on the main module alone; every
// other page's code is a chunk, loaded when it is opened, or before, when a link to it is on
// screen once the page runs, hovered or focused.
import { test, expect } from "./fixtures/app.mjs";

/** The wasm files a page fetches, in order. */
function wasmRequests(page) {
  const seen = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith(".wasm")) seen.push(path.slice(path.lastIndexOf("/") + 1));
  });
  return seen;
}

const isChunk = (name) => !/^dermamap-[0-9a-f]+_bg\.wasm$/.test(name);
const pageCode = (seen, route) => seen.some((n) => n.startsWith(`split___${route}_route_view_`));

test("the map runs on the main module alone; the pages linked on screen load a little later", async ({ page }) => {
  const seen = wasmRequests(page);
  await page.goto("/");
  expect(seen.filter((n) => !isChunk(n)), "the main module").toHaveLength(1);
  expect(seen.filter(isChunk), "no page's code before the map runs").toEqual([]);
  // The header links the estimator and aftercare: their code follows without a click.
  await expect.poll(() => pageCode(seen, "estimator") && pageCode(seen, "aftercare"), { timeout: 10_000 }).toBe(true);
  // Opening one then needs nothing more of its own.
  const before = seen.length;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Estimator" }).click();
  await page.getByTestId("estimator-form").waitFor();
  expect(seen.slice(before).filter((n) => n.startsWith("split___estimator"))).toEqual([]);
});

test("a link's page loads when the link is focused or hovered, not while it is off screen", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 320 });
  const seen = wasmRequests(page);
  await page.goto("/about");
  const studio = page.getByTestId("studio-link");
  await expect(studio).not.toBeInViewport();
  // Past the on-screen prefetch (the header's links), the studio's page is still not loaded.
  await expect.poll(() => pageCode(seen, "estimator"), { timeout: 10_000 }).toBe(true);
  expect(pageCode(seen, "studio")).toBe(false);
  await studio.focus();
  await expect.poll(() => pageCode(seen, "studio"), { timeout: 10_000 }).toBe(true);
  await studio.click();
  await expect(page).toHaveURL(/\/studio$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // Hovering: the sources page, linked from the last source of the region's details (off
  // screen in this small window), once the on-screen pass is over.
  await page.goto("/map/nape");
  const link = page.locator('[data-testid="region-details"] a[href*="sources"]').last();
  await expect(link).not.toBeInViewport();
  await page.waitForTimeout(2500);
  expect(pageCode(seen, "sources")).toBe(false);
  await link.hover();
  await expect.poll(() => pageCode(seen, "sources"), { timeout: 10_000 }).toBe(true);
});

test("a deep link to a split page hydrates it once its code has loaded, then works", async ({ page }) => {
  const seen = wasmRequests(page);
  await page.goto("/estimator?procedure=dermal&region=nape&anchors=2");
  expect(pageCode(seen, "estimator")).toBe(true);
  await expect(page.getByTestId("estimator-form")).toBeVisible();
  await page.getByLabel(/anchors/i).first().fill("3");
  await expect(page).toHaveURL(/anchors=3/);
});
