// The embed's tabs: from the keyboard, links between tools that stay in the embed, and no
// WCAG violation in any of them.
import { test, expect, axeViolations } from "../fixtures/app.mjs";
import { openEmbed } from "../fixtures/studio_site.mjs";

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
