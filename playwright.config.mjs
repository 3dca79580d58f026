// End-to-end tests against the release build (dist/) served by dermamap-server.
// global-setup starts the servers on free ports; Chromium is Debian's, never downloaded.
import { defineConfig } from "@playwright/test";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.mjs",
  outputDir: "tests/output/results",
  globalSetup: "./tests/e2e/global-setup.mjs",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL: process.env.DERMAMAP_URL,
    launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs },
    trace: "off",
  },
});
