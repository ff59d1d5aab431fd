import { expect, test, type Page } from "@playwright/test"
import { EXPECTED_SEGMENTS, emailOf, segmentsOf } from "./expected"
import { logIn, openCustomer, screenshot } from "./session"

/**
 * The dashboard of the host's production build, with the plugin's admin
 * extension bundled from the installed package: an admin logs in and finds,
 * on a customer's page, the segments that customer belongs to.
 */
test.describe.configure({ mode: "serial" })

test.describe("the dashboard with the plugin installed", () => {
  let page: Page

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage()
  })

  test.afterAll(async () => {
    await page.close()
  })

  test("the admin logs in", async () => {
    await page.goto("/app/login")
    await screenshot(page, "01-login")

    await logIn(page)

    await expect(
      page.getByRole("navigation").getByRole("link", { name: "Customers" })
    ).toBeVisible()
    await screenshot(page, "02-dashboard")
  })

  for (const [step, firstName] of [
    ["03", "Ava"],
    ["04", "Hal"],
  ]) {
    test(`${firstName}'s page shows the segments ${firstName} belongs to`, async () => {
      await openCustomer(page, emailOf(firstName))

      await expect(
        page.getByRole("heading", { name: "Segments", exact: true })
      ).toBeVisible()
      const belongs = segmentsOf(firstName)
      for (const { name } of belongs) {
        await expect(page.getByText(name, { exact: true }), name).toBeVisible()
      }
      // Checked once the widget has loaded, so an absence means something.
      for (const { name } of EXPECTED_SEGMENTS) {
        if (!belongs.some((segment) => segment.name === name)) {
          await expect(page.getByText(name, { exact: true }), name).toHaveCount(
            0
          )
        }
      }
      await screenshot(page, `${step}-customer-${firstName.toLowerCase()}`)
    })
  }
})
