// The guide's tables (the published pain figures, sources side by side) on a phone: their
// words stay whole, and a table wider than the screen scrolls in its own box, which the
// keyboard can reach; the page itself never scrolls sideways.
import { test, expect, axeViolations } from "./fixtures/app.mjs";

/** The words of the page's table cells that the layout broke across lines (not at a hyphen or
 * a dash, where a line may end). */
const brokenWords = (page) => page.evaluate(() => {
  const broken = [];
  for (const cell of document.querySelectorAll(".table-scroll th, .table-scroll td")) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // A line may end after a hyphen or a dash ("micro-", "US$70–"): only the runs of
      // letters and digits between them must stay whole.
      for (const m of node.data.matchAll(/[^\s\-–—]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const path of ["/about/microneedling", "/about/dermal", "/estimator?procedure=microneedling", "/de/estimator?procedure=microneedling"]) {
    test(`${path}: the tables' words stay whole, and only a table's own box scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      const boxes = page.locator(".table-scroll");
      expect(await boxes.count()).toBeGreaterThan(0);
      expect(await brokenWords(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "the page does not scroll sideways").toBeLessThanOrEqual(0);
      for (const box of await boxes.all()) {
        await expect(box).toHaveAttribute("tabindex", "0");
        await expect(box).toHaveAttribute("aria-label", /\S/);
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
