// Renders the PNG app icons from the committed SVGs with Debian's Chromium, so they can be
// re-made whenever an SVG changes:  node scripts/make-icons.mjs
// The PNGs are committed (public/icons/); the build copies that folder as it is.
//   icon.svg          -> icon-192.png, icon-512.png       (manifest, purpose "any")
//   icon-maskable.svg -> icon-maskable-512.png            (manifest, purpose "maskable")
//                     -> apple-touch-icon.png (180, opaque: iOS adds its own corners)
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const icons = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "icons");
const outputs = [
  ["icon.svg", 192, "icon-192.png"],
  ["icon.svg", 512, "icon-512.png"],
  ["icon-maskable.svg", 512, "icon-maskable-512.png"],
  ["icon-maskable.svg", 180, "apple-touch-icon.png"],
];

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [svg, size, png] of outputs) {
    const data = readFileSync(join(icons, svg)).toString("base64");
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img width="${size}" height="${size}" src="data:image/svg+xml;base64,${data}">`);
    await page.locator("img").evaluate((img) => img.decode());
    const buf = await page.screenshot({ type: "png", omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(icons, png), buf);
    console.log(`make-icons: ${svg} -> ${png} (${size}x${size}, ${buf.length} bytes)`);
  }
} finally {
  await browser.close();
}
