// Where the embed keeps aftercare plans, in each kind of frame a browser allows, and when it
// cannot keep them.
import { test, expect } from "../fixtures/app.mjs";
import { APP, APP_ORIGIN, openEmbed, studioSite } from "../fixtures/studio_site.mjs";

const site = studioSite();

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
    const { embed } = await site.open(page, "name=Ink&cur=GBP&dermal=60-80&tab=aftercare");
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
  const { embed, frame } = await site.open(page, "tab=aftercare");
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
    await expect(embed.getByTestId("saved-here-only")).toContainText(`Saved in this browser for localhost:${new URL(site.url).port} only`);
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
  const { embed } = await site.open(page, "tab=aftercare");
  const notice = embed.getByTestId("saved-here-only");
  await expect(notice).toContainText(`Saved in this browser for localhost:${new URL(site.url).port} only`);
  await expect(notice.getByRole("link", { name: /Open the full guide/ })).toHaveAttribute("href", `${APP}/`);
  await expect(notice.getByRole("button", { name: "Export plans" })).toBeVisible();
  await expect(embed.getByTestId("not-saved")).toHaveCount(0);
});

test("in a frame on the same site, plans are the full guide's", async ({ page, context }) => {
  const { embed } = await site.open(page, "tab=aftercare", { at: site.sameSiteUrl });
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
