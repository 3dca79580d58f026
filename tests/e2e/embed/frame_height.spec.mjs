// The frame's height: embed.js sizes the iframe to the embed's content, and only from the
// embed's own messages.
import { test, expect } from "../fixtures/app.mjs";
import { HEIGHT, frameHeight, contentHeight, studioSite } from "../fixtures/studio_site.mjs";
import { keepTheAppsExports, trapTheApp } from "../fixtures/trap.mjs";

const site = studioSite();

test("the frame's height follows its content within 2 px as tabs change", async ({ page }) => {
  const { embed, frame } = await site.open(page, "cur=GBP&dermal=60-80");
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
  const { frame } = await site.open(page, "cur=GBP");
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

test("an embed whose app stops shows the note, and the frame grows to hold it", async ({ page }) => {
  await keepTheAppsExports(page);
  const { embed, frame } = await site.open(page, "cur=GBP&dermal=60-80");
  const settled = async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)));
  await expect.poll(settled).toBeLessThanOrEqual(2);
  const before = await frameHeight(page);
  await trapTheApp(frame, "task");
  await expect(embed.getByRole("alert")).toContainText("stopped responding");
  await expect(embed.locator("#stopped .stopped")).toBeVisible();
  // The stopped app reports nothing more: this is index.html's one report.
  await expect.poll(settled).toBeLessThanOrEqual(2);
  expect(await frameHeight(page)).toBeGreaterThan(before + 40);
  // The trap's error, if the page reports its frame's errors too.
  expect(page.problems.splice(0).filter((p) => !/out of bounds|unreachable/.test(p))).toEqual([]);
});
