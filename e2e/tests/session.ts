import { join } from "node:path"
import { expect, type APIRequestContext, type Page } from "@playwright/test"

/**
 * What the browser test shares: the admin e2e/run.ts created, logging in
 * through the dashboard or the API, and the screenshots of each screen.
 */
function required(name: string): string {
  const value = process.env[name]
  if (!value) {
    throw new Error(`${name} is not set: run the test with npm run test:e2e`)
  }
  return value
}

export const ADMIN = {
  email: required("E2E_ADMIN_EMAIL"),
  password: required("E2E_ADMIN_PASSWORD"),
}

const SCREENSHOTS = join(__dirname, "..", "screenshots")

/** The whole page as it is now, as e2e/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    fullPage: true,
  })
}

/** Logs in on the dashboard's login page and waits for the dashboard. */
export async function logIn(page: Page): Promise<void> {
  await page.goto("/app/login")
  await page.getByPlaceholder("Email").fill(ADMIN.email)
  await page.getByPlaceholder("Password").fill(ADMIN.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

/** From anywhere in the dashboard: Customers in the sidebar, then one row. */
export async function openCustomer(page: Page, email: string): Promise<void> {
  await page
    .getByRole("navigation")
    .getByRole("link", { name: "Customers", exact: true })
    .click()
  await expect(page).toHaveURL(/\/app\/customers$/)
  await page.getByRole("cell", { name: email, exact: true }).click()
  await expect(page).toHaveURL(/\/app\/customers\/cus_[A-Z0-9]+$/)
  await expect(page.getByRole("heading", { name: email })).toBeVisible()
}

let token: string | undefined

/** Headers of an admin API request, with the token the admin logs in for. */
export async function adminHeaders(
  request: APIRequestContext
): Promise<Record<string, string>> {
  if (!token) {
    const response = await request.post("/auth/user/emailpass", {
      data: { email: ADMIN.email, password: ADMIN.password },
    })
    expect(response.status()).toBe(200)
    token = ((await response.json()) as { token: string }).token
  }
  return { authorization: `Bearer ${token}` }
}
