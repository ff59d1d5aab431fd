import Medusa from "@medusajs/js-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SEGMENT_MODULE } from "../../src/modules/segment"
import type SegmentModuleService from "../../src/modules/segment/service"
import { recomputeSegments } from "../../src/workflows/recompute-active-segments"
import { failureOf, type AdminHttpClient } from "../helpers/admin-api"
import { createAdmin, type Admin } from "../helpers/admin-auth"
import {
  registerCustomer,
  storeHeaders,
  type HttpClient,
  type RegisteredCustomer,
} from "../helpers/store-auth"
import {
  pdf,
  trackStoredObjects,
  uploadFiles,
  type PortalFileBody,
  type SegmentFileBody,
} from "../helpers/segment-files"
import { afterSubscribers } from "../helpers/store-segments"
import { setUpWebshop } from "../helpers/store-setup"

jest.setTimeout(120000)

const LEADS = { id: "seg_all_leads", name: "All Leads" }
const CUSTOMERS = { id: "seg_all_customers", name: "All Customers" }
const NEW_30D = { id: "seg_new_customers_30d", name: "New Customers (30 days)" }

const PASSWORD = "correct horse battery staple"

const ROUTE = "/store/customers/me/segment-files"

/**
 * The customer portal, tried as two customers would: Ann has an account and
 * no order (All Leads), Bob has an account and an order (All Customers);
 * both are new customers, a segment an admin has deactivated. Each segment
 * has files, some shown in the portal and some not.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http: AdminHttpClient & HttpClient = api
    let container: MedusaContainer
    let admin: Admin
    let publishableKey: string
    let ann: RegisteredCustomer
    let bob: RegisteredCustomer
    const files: Record<string, SegmentFileBody> = {}
    const objects = trackStoredObjects()

    const segments = (): SegmentModuleService =>
      container.resolve(SEGMENT_MODULE)

    const signUp = (firstName: string) =>
      afterSubscribers(container, "customer.created", () =>
        registerCustomer(http, publishableKey, {
          email: `${firstName.toLowerCase()}@example.com`,
          password: PASSWORD,
          first_name: firstName,
          last_name: "Shopper",
        })
      )

    /** Gives a customer a placed order, as the facts know it. */
    const placeOrderFor = (customerId: string) =>
      segments().upsertOrderFacts([
        {
          id: `order_${customerId}`,
          customer_id: customerId,
          placed_at: new Date(Date.now() - 24 * 60 * 60 * 1000),
          total: 25,
          currency_code: "eur",
          is_canceled: false,
          is_draft: false,
        },
      ])

    const upload = async (segmentId: string, name: string, shown: boolean) => {
      const [file] = await uploadFiles(
        http,
        segmentId,
        [{ name, type: "application/pdf", content: pdf(128) }],
        admin.auth
      )
      if (!shown) {
        return file
      }
      const { data } = await http.post<{ file: SegmentFileBody }>(
        `/admin/segments/${segmentId}/files/${file.id}`,
        { display_in_portal: true },
        admin.auth
      )
      return data.file
    }

    const changeFile = (
      segmentId: string,
      file: SegmentFileBody,
      body: Record<string, unknown>
    ) =>
      http.post(
        `/admin/segments/${segmentId}/files/${file.id}`,
        body,
        admin.auth
      )

    /** What the portal answers a customer, signed in with their token. */
    const portalOf = async (customer: RegisteredCustomer) =>
      (
        await http.get<{ files: PortalFileBody[] }>(
          ROUTE,
          storeHeaders(publishableKey, customer.token)
        )
      ).data.files

    const asPortalFile = (
      file: SegmentFileBody,
      segment: { id: string; name: string }
    ): PortalFileBody => ({
      id: file.id,
      name: file.name,
      url: file.url,
      mime_type: file.mime_type,
      size: file.size,
      segment,
    })

    beforeAll(async () => {
      container = getContainer()
      admin = await createAdmin(container, "ada@example.com")
      ;({ publishableKey } = await setUpWebshop(container))

      ann = await signUp("Ann")
      bob = await signUp("Bob")
      await placeOrderFor(bob.id)
      await recomputeSegments(container)

      files.welcome = await upload(LEADS.id, "Welcome offer.pdf", true)
      files.draft = await upload(LEADS.id, "Next month (draft).pdf", false)
      files.prices = await upload(CUSTOMERS.id, "Loyal prices.pdf", true)
      files.guide = await upload(NEW_30D.id, "Getting started.pdf", true)
      await http.post(
        `/admin/segments/${NEW_30D.id}`,
        { status: "inactive" },
        admin.auth
      )
    })

    afterAll(() => objects.removeAdded())

    it("knows who is where: Ann a lead, Bob a customer, both new", async () => {
      const memberships = await segments().listSegmentMembers(
        { customer_id: [ann.id, bob.id] },
        { select: ["segment_id", "customer_id"], take: null }
      )
      const of = (id: string) =>
        memberships
          .filter((member) => member.customer_id === id)
          .map((member) => member.segment_id)

      expect(of(ann.id)).toEqual(expect.arrayContaining([LEADS.id, NEW_30D.id]))
      expect(of(ann.id)).not.toContain(CUSTOMERS.id)
      expect(of(bob.id)).toEqual(
        expect.arrayContaining([CUSTOMERS.id, NEW_30D.id])
      )
      expect(of(bob.id)).not.toContain(LEADS.id)
    })

    it("gives each customer only the shown files of the active segments they are in", async () => {
      expect(await portalOf(ann)).toEqual([asPortalFile(files.welcome, LEADS)])
      expect(await portalOf(bob)).toEqual([
        asPortalFile(files.prices, CUSTOMERS),
      ])
    })

    it("answers with the file's own URL, the one the admin API shows", async () => {
      const [file] = await portalOf(ann)

      expect(file.url).toBe(files.welcome.url)
      expect(file.url).toMatch(
        /^http:\/\/localhost:9000\/static\/segment-files\/\d+-segfile_\w+\.pdf$/
      )
    })

    it("shows a file to a customer once it is switched on, and hides it when switched off", async () => {
      await changeFile(LEADS.id, files.draft, { display_in_portal: true })
      const shown = await portalOf(ann)

      await changeFile(LEADS.id, files.welcome, { display_in_portal: false })
      const afterHiding = await portalOf(ann)

      expect(shown.map((file) => file.id)).toEqual([
        files.draft.id,
        files.welcome.id,
      ])
      expect(afterHiding.map((file) => file.id)).toEqual([files.draft.id])
      expect(await portalOf(bob)).toEqual([
        asPortalFile(files.prices, CUSTOMERS),
      ])
    })

    it("shows a file's new name as soon as it is renamed", async () => {
      await changeFile(LEADS.id, files.welcome, { name: "Welcome, Ann.pdf" })

      expect((await portalOf(ann)).map((file) => file.name)).toEqual([
        "Welcome, Ann.pdf",
      ])
    })

    it("follows the customer's memberships: a lead who orders gets the customers' files", async () => {
      await placeOrderFor(ann.id)
      await recomputeSegments(container)

      expect(await portalOf(ann)).toEqual([
        asPortalFile(files.prices, CUSTOMERS),
      ])
    })

    it("shows an inactive segment's files again once it is activated", async () => {
      await http.post(
        `/admin/segments/${NEW_30D.id}`,
        { status: "active" },
        admin.auth
      )

      expect(await portalOf(ann)).toEqual([
        asPortalFile(files.guide, NEW_30D),
        asPortalFile(files.welcome, LEADS),
      ])
      expect(await portalOf(bob)).toEqual([
        asPortalFile(files.guide, NEW_30D),
        asPortalFile(files.prices, CUSTOMERS),
      ])
    })

    it("drops a deleted file from the portal", async () => {
      await http.delete(
        `/admin/segments/${LEADS.id}/files/${files.welcome.id}`,
        admin.auth
      )

      expect(await portalOf(ann)).toEqual([])
    })

    it("takes a session cookie as well as a bearer token", async () => {
      const session = await http.post<unknown>(
        "/auth/session",
        {},
        { headers: { authorization: `Bearer ${bob.token}` } }
      )
      const cookie = (
        session as unknown as { headers: Record<string, string[]> }
      ).headers["set-cookie"][0].split(";")[0]

      const { data } = await http.get<{ files: PortalFileBody[] }>(ROUTE, {
        headers: { "x-publishable-api-key": publishableKey, cookie },
      })

      expect(data.files).toEqual([asPortalFile(files.prices, CUSTOMERS)])
    })

    it("works from a storefront through @medusajs/js-sdk, as the README shows", async () => {
      const sdk = new Medusa({
        baseUrl: (api as { defaults: { baseURL: string } }).defaults.baseURL,
        publishableKey,
        auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
      })

      await sdk.auth.login("customer", "emailpass", {
        email: "ann@example.com",
        password: PASSWORD,
      })
      const { files: portal } = await sdk.client.fetch<{
        files: PortalFileBody[]
      }>(ROUTE)

      expect(portal).toEqual([asPortalFile(files.welcome, LEADS)])
    })

    describe("anyone but a signed-in customer gets a 401", () => {
      it.each([
        ["a guest with the publishable key only", {}],
        ["a made-up token", { authorization: "Bearer not-a-token" }],
      ])("%s", async (_, headers) => {
        const { status } = await failureOf(
          http.get(ROUTE, {
            headers: { "x-publishable-api-key": publishableKey, ...headers },
          })
        )

        expect(status).toBe(401)
      })

      it("an admin's token", async () => {
        const { status } = await failureOf(
          http.get(ROUTE, {
            headers: {
              "x-publishable-api-key": publishableKey,
              ...admin.auth.headers,
            },
          })
        )

        expect(status).toBe(401)
      })
    })
  },
})
