import {
  expect,
  test,
  type APIRequestContext,
  type Page,
} from "@playwright/test"
import { adminHeaders, logIn, screenshot } from "./session"

/**
 * Segment files, from the admin's computer to a member's storefront: a
 * shopper signs up through the store API and so joins "New Customers (30
 * days)"; the admin uploads two files to that segment, shows one in the
 * customer portal and renames it; the shopper's portal lists exactly that
 * one, and its URL serves the uploaded bytes. Runs after the other steps,
 * whose counts the new customer would change.
 */
test.describe.configure({ mode: "serial" })

const SEGMENT = { handle: "new-customers-30d", name: "New Customers (30 days)" }
const SHOPPER = {
  email: `shopper-${Date.now()}@example.com`,
  password: "a-long-shopper-password",
}
const PRICE_LIST = {
  name: "price-list.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n% spring prices\n%%EOF\n"),
}
const TERMS = {
  name: "terms.txt",
  mimeType: "text/plain",
  buffer: Buffer.from("Terms of the spring offer.\n"),
}
const RENAMED = "Spring price list"

type PortalFile = {
  id: string
  name: string
  url: string
  mime_type: string
  size: number
  segment: { id: string; name: string }
}

async function publishableKey(request: APIRequestContext): Promise<string> {
  const response = await request.post("/admin/api-keys", {
    headers: await adminHeaders(request),
    data: { title: "Storefront", type: "publishable" },
  })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { api_key: { token: string } }).api_key
    .token
}

/** Signs a shopper up as a storefront does: an identity, then the customer. */
async function signUp(
  request: APIRequestContext,
  key: string
): Promise<string> {
  const register = await request.post("/auth/customer/emailpass/register", {
    data: SHOPPER,
  })
  expect(register.status()).toBe(200)
  const { token } = (await register.json()) as { token: string }
  const created = await request.post("/store/customers", {
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": key },
    data: { email: SHOPPER.email, first_name: "Shay", last_name: "Shopper" },
  })
  expect(created.status()).toBe(200)
  return ((await created.json()) as { customer: { id: string } }).customer.id
}

async function portalFiles(
  request: APIRequestContext,
  key: string
): Promise<{ status: number; files?: PortalFile[] }> {
  const login = await request.post("/auth/customer/emailpass", {
    data: SHOPPER,
  })
  expect(login.status()).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const response = await request.get("/store/customers/me/segment-files", {
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": key },
  })
  const body = (await response.json()) as { files?: PortalFile[] }
  return { status: response.status(), files: body.files }
}

test.describe("segment files in the customer portal", () => {
  let page: Page
  let key: string

  test.beforeAll(async ({ browser, request }) => {
    key = await publishableKey(request)
    const customerId = await signUp(request, key)
    // The customer.created subscriber puts the new account in the segment.
    await expect
      .poll(async () => {
        const response = await request.get(
          `/admin/customers/${customerId}/segments`,
          { headers: await adminHeaders(request) }
        )
        const { segments } = (await response.json()) as {
          segments: { handle: string }[]
        }
        return segments.map((segment) => segment.handle)
      })
      .toContain(SEGMENT.handle)

    page = await browser.newPage()
    await logIn(page)
  })

  test.afterAll(async () => {
    await page.close()
  })

  test("a member's portal is empty before any file is shown", async ({
    request,
  }) => {
    expect(await portalFiles(request, key)).toEqual({ status: 200, files: [] })
  })

  test("the admin uploads two files from the computer", async () => {
    await page.getByRole("link", { name: "Segments", exact: true }).click()
    await page.getByRole("link", { name: SEGMENT.name, exact: true }).click()
    await expect(page.getByRole("heading", { name: "Files" })).toBeVisible()

    const chooser = page.waitForEvent("filechooser")
    await page.getByRole("button", { name: "Upload Files" }).click()
    await (await chooser).setFiles([PRICE_LIST, TERMS])

    await expect(
      page.getByText("Uploaded 2 files", { exact: true })
    ).toBeVisible()
    const files = page.getByRole("region", { name: "Files" })
    for (const file of [PRICE_LIST, TERMS]) {
      const row = files.getByRole("row").filter({ hasText: file.name })
      await expect(row).toHaveCount(1)
      await expect(row).toContainText("Hidden")
    }
    await screenshot(page, "20-segment-files")
  })

  test("one file is renamed and shown in the portal", async () => {
    await page
      .getByRole("button", { name: PRICE_LIST.name, exact: true })
      .click()
    const drawer = page.getByRole("dialog")
    await expect(drawer.getByLabel("URL", { exact: true })).toHaveValue(
      /^http:\/\/localhost:\d+\/static\/.+\.pdf$/
    )
    await drawer.getByLabel("Name", { exact: true }).fill(RENAMED)
    await drawer
      .getByRole("switch", { name: "Display in customer portal" })
      .click()
    await screenshot(page, "21-segment-file")
    await drawer.getByRole("button", { name: "Save" }).click()

    await expect(drawer).toBeHidden()
    const row = page
      .getByRole("region", { name: "Files" })
      .getByRole("row")
      .filter({ hasText: RENAMED })
    await expect(row).toContainText("Shown")
    const history = page.getByRole("region", { name: "History" })
    await expect(history).toContainText(
      `Renamed the file "${PRICE_LIST.name}" to "${RENAMED}"`
    )
    await expect(history).toContainText(
      `Showed the file "${RENAMED}" in the customer portal`
    )
    await screenshot(page, "22-segment-files-history")
  })

  test("the member's portal lists exactly that file, and its URL serves it", async ({
    request,
  }) => {
    const { status, files } = await portalFiles(request, key)

    expect(status).toBe(200)
    expect(files).toHaveLength(1)
    const [file] = files!
    expect(file).toMatchObject({
      name: RENAMED,
      mime_type: PRICE_LIST.mimeType,
      size: PRICE_LIST.buffer.length,
      segment: { name: SEGMENT.name },
    })
    const download = await request.get(file.url)
    expect(download.status()).toBe(200)
    expect(Buffer.from(await download.body())).toEqual(PRICE_LIST.buffer)
  })
})
