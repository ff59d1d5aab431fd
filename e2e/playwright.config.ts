import { defineConfig } from "@playwright/test"

/**
 * The browser test of `npm run test:e2e`, run by e2e/run.ts against the host
 * app it started (E2E_BASE_URL). It drives the system's Chromium; Playwright
 * never downloads a browser of its own.
 */
const baseURL = process.env.E2E_BASE_URL
if (!baseURL) {
  throw new Error(
    "E2E_BASE_URL is not set: run the browser test with npm run test:e2e"
  )
}

export default defineConfig({
  testDir: "./tests",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.E2E_RESULTS
    ? [["list"], ["json", { outputFile: process.env.E2E_RESULTS }]]
    : [["list"]],
  use: {
    baseURL,
    browserName: "chromium",
    headless: true,
    locale: "en-US",
    timezoneId: "UTC",
    viewport: { width: 1440, height: 900 },
    // A missing button fails in seconds, not at the test's timeout.
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
})
