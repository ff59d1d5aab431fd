import { expect, test, type Page } from "@playwright/test"
import {
  EXPECTED_SEGMENTS,
  emailOf,
  segmentsOf,
  type ExpectedSegment,
} from "./expected"
import { ADMIN, logIn, openCustomer, screenshot } from "./session"

/**
 * The Segments area of the dashboard, written against its UI contract:
 * - the sidebar link "Segments" opens /app/segments, headed "Segments", with
 *   a table of one row per segment: name, status badge (Active/Inactive),
 *   description, member count (in the locale's format) and last update;
 * - a row opens /app/segments/:id, with the headings Details, Customers and
 *   History in that order; Customers shows the member count, a members table
 *   whose e-mails link to /app/customers/:id, and an "Update Segment" button
 *   whose toast says who "joined", who "left" and how many "customers";
 * - Details has an "Edit" button opening a drawer with the fields Name,
 *   Status and Description and a "Save" button; saving shows a toast and the
 *   History table's first row names the admin and the new description;
 * - the customer page widget links each segment to /app/segments/:id.
 */
test.describe.configure({ mode: "serial" })

const byHandle = (handle: string): ExpectedSegment => {
  const segment = EXPECTED_SEGMENTS.find((s) => s.handle === handle)
  if (!segment) {
    throw new Error(`No predefined segment ${handle}`)
  }
  return segment
}

const SEGMENT_URL = /\/app\/segments\/[^/?#]+$/
const RECENT = byHandle("orders-30d")

test.describe("the Segments pages of the dashboard", () => {
  let page: Page

  const toasts = () =>
    page.getByRole("region", { name: /Notifications/ }).getByRole("listitem")

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage()
    await logIn(page)
  })

  test.afterAll(async () => {
    await page.close()
  })

  test("the sidebar's Segments link lists the ten segments with their counts", async () => {
    await page.getByRole("link", { name: "Segments", exact: true }).click()

    await expect(page).toHaveURL(/\/app\/segments$/)
    await expect(
      page.getByRole("heading", { name: "Segments", exact: true })
    ).toBeVisible()
    const rows = page.getByRole("row").filter({ has: page.getByRole("cell") })
    await expect(rows).toHaveCount(EXPECTED_SEGMENTS.length)
    for (const segment of EXPECTED_SEGMENTS) {
      const row = rows.filter({
        has: page.getByRole("cell", { name: segment.name, exact: true }),
      })
      await expect(row, segment.name).toHaveCount(1)
      await expect(row.getByText("Active", { exact: true })).toBeVisible()
      await expect(row.getByText(segment.description)).toBeVisible()
      await expect(
        row.getByRole("cell", {
          name: segment.count.toLocaleString("en-US"),
          exact: true,
        })
      ).toBeVisible()
    }
    await screenshot(page, "10-segments")
  })

  test("a row opens the segment with its details, customers and history", async () => {
    await page.getByRole("cell", { name: RECENT.name, exact: true }).click()

    await expect(page).toHaveURL(SEGMENT_URL)
    // The sections, in this order, once the page has loaded its segment.
    const sections = ["Details", "Customers", "Files", "History"]
    await expect(
      page
        .getByRole("heading")
        .filter({ hasText: /^(Details|Customers|Files|History)$/ })
    ).toHaveText(sections)
    for (const firstName of RECENT.members) {
      await expect(
        page.getByRole("link", { name: emailOf(firstName), exact: true })
      ).toHaveAttribute("href", /\/app\/customers\/cus_[A-Z0-9]+$/)
    }
    await expect(
      page.getByRole("link", { name: emailOf("Cleo"), exact: true })
    ).toHaveCount(0)
    await screenshot(page, "11-segment")
  })

  test("Update Segment recomputes it and tells who joined and left", async () => {
    await page.getByRole("button", { name: "Update Segment" }).click()

    // Nothing changed since the backfill computed the segment.
    await expect(
      toasts()
        .filter({ hasText: /joined/ })
        .filter({ hasText: /left/ })
    ).toContainText(
      new RegExp(
        `0 joined, 0 left\\D+${RECENT.count.toLocaleString("en-US")} customers`
      )
    )
    const customers = page.getByRole("region", { name: "Customers" })
    await expect(customers).toContainText(
      `${RECENT.count.toLocaleString("en-US")} customers`
    )
    await screenshot(page, "12-segment-updated")
  })

  test("an edited description is saved and written to the history", async () => {
    const description = `Recent buyers for the spring newsletter (${Date.now()})`

    await page.getByRole("button", { name: "Edit", exact: true }).click()
    const drawer = page.getByRole("dialog")
    await expect(drawer.getByLabel("Name")).toHaveValue(RECENT.name)
    await expect(drawer.getByLabel("Status")).toBeVisible()
    await drawer.getByLabel("Description").fill(description)
    await screenshot(page, "13-segment-edit")
    await drawer.getByRole("button", { name: "Save" }).click()

    await expect(drawer).toBeHidden()
    await expect(toasts().first()).toBeVisible()
    await expect(page.getByText(description).first()).toBeVisible()
    // Newest entry first, under the header row.
    const latest = page
      .getByRole("region", { name: "History" })
      .getByRole("row")
      .nth(1)
    await expect(latest).toContainText(ADMIN.email)
    await expect(latest).toContainText(/Changed the description/i)
    await expect(latest).toContainText(description)
    await screenshot(page, "14-segment-history")
  })

  test("the customer page widget links each segment to its page", async () => {
    await openCustomer(page, emailOf("Ava"))

    for (const { name } of segmentsOf("Ava")) {
      await expect(
        page.getByRole("link", { name, exact: true }),
        name
      ).toHaveAttribute("href", SEGMENT_URL)
    }
    await screenshot(page, "15-customer-links")
    const allCustomers = byHandle("all-customers")
    await page
      .getByRole("link", { name: allCustomers.name, exact: true })
      .click()
    await expect(page).toHaveURL(SEGMENT_URL)
    await expect(page.getByRole("heading", { name: "Details" })).toBeVisible()
    await expect(
      page.getByText(allCustomers.name, { exact: true }).first()
    ).toBeVisible()
  })
})
