import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SEGMENT_MODULE } from "../../src/modules/segment"
import type SegmentModuleService from "../../src/modules/segment/service"
import {
  failureOf,
  type AdminHttpClient,
  type SegmentListBody,
} from "../helpers/admin-api"
import { bearer, createAdmin, type Admin } from "../helpers/admin-auth"

jest.setTimeout(120000)

/** Every predefined segment's name, as `order=name` sorts them. */
const NAMES_SORTED = [
  "All Customers",
  "All Leads",
  "Customer Non-purchasers (Last 180 days)",
  "Customer Non-purchasers (Last 90 days)",
  "Customer Orders (Last 120 days)",
  "Customer Orders (Last 180 days)",
  "Customer Orders (Last 30 days)",
  "Customer Orders (Last 90 days)",
  "New Customers (30 days)",
  "New Customers (90 days)",
]

/** One request of each route family; ids are those of seeded segments. */
const ROUTES: [string, string][] = [
  ["GET", "/admin/segments"],
  ["GET", "/admin/segments/seg_orders_90d"],
  ["POST", "/admin/segments/seg_orders_90d"],
  ["DELETE", "/admin/segments/seg_orders_90d"],
  ["POST", "/admin/segments/seg_orders_90d/recompute"],
  ["GET", "/admin/segments/seg_orders_90d/customers"],
  ["GET", "/admin/segments/seg_orders_90d/history"],
  ["GET", "/admin/segments/seg_orders_90d/files"],
  ["POST", "/admin/segments/seg_orders_90d/files"],
  ["POST", "/admin/segments/seg_orders_90d/files/segfile_1"],
  ["DELETE", "/admin/segments/seg_orders_90d/files/segfile_1"],
  ["GET", "/admin/customers/cus_ann/segments"],
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http: AdminHttpClient = api
    let container: MedusaContainer
    let admin: Admin

    beforeAll(async () => {
      container = getContainer()
      admin = await createAdmin(container, "ada@example.com")
    })

    const list = async (query: string) =>
      (await http.get<SegmentListBody>(`/admin/segments?${query}`, admin.auth))
        .data

    const segments = (): SegmentModuleService =>
      container.resolve(SEGMENT_MODULE)

    describe("authentication", () => {
      const send = (method: string, url: string, headers = {}) =>
        method === "GET"
          ? http.get(url, { headers })
          : method === "DELETE"
            ? http.delete(url, { headers })
            : http.post(url, { name: "Renamed" }, { headers })

      it.each(ROUTES)("%s %s needs an admin: 401", async (method, url) => {
        const { status } = await failureOf(send(method, url))

        expect(status).toBe(401)
      })

      it("refuses a customer's token on every route: 401, nothing changed", async () => {
        const asCustomer = bearer(container, {
          actor_id: "cus_ann",
          actor_type: "customer",
          auth_identity_id: "authid_ann",
        })

        for (const [method, url] of ROUTES) {
          const { status } = await failureOf(
            send(method, url, asCustomer.headers)
          )
          expect([method, url, status]).toEqual([method, url, 401])
        }
        const [segment] = await segments().listSegments({
          id: "seg_orders_90d",
        })
        expect(segment.name).toBe("Customer Orders (Last 90 days)")
      })
    })

    describe("listing", () => {
      it("lists the ten predefined segments with their details", async () => {
        const page = await list("")

        expect(page).toMatchObject({ count: 10, offset: 0, limit: 20 })
        expect(page.segments).toHaveLength(10)
        expect(page.segments.find((s) => s.handle === "orders-90d")).toEqual({
          id: "seg_orders_90d",
          handle: "orders-90d",
          name: "Customer Orders (Last 90 days)",
          description:
            "All customers who have placed an order in the last 90 days.",
          status: "active",
          rule: { type: "order_recency", op: "within", days: 90 },
          is_predefined: true,
          member_count: 0,
          computed_at: null,
          compute_duration_ms: null,
          created_at: expect.any(String),
          updated_at: expect.any(String),
        })
      })

      it("searches names case-insensitively, taking wildcards literally", async () => {
        const orders = await list("q=ORDERS (last 9")
        const all = await list("q=all%20")
        const percent = await list("q=%25")

        expect(orders.segments.map((s) => s.name)).toEqual([
          "Customer Orders (Last 90 days)",
        ])
        expect(orders.count).toBe(1)
        expect(all.segments.map((s) => s.name).sort()).toEqual([
          "All Customers",
          "All Leads",
        ])
        expect(percent).toMatchObject({ segments: [], count: 0 })
      })

      it("filters by status", async () => {
        await segments().updateSegments([
          { id: "seg_orders_30d", status: "inactive" },
          { id: "seg_all_leads", status: "inactive" },
        ])

        const inactive = await list("status=inactive&order=handle")
        const active = await list("status=active")

        expect(inactive.segments.map((s) => s.handle)).toEqual([
          "all-leads",
          "orders-30d",
        ])
        expect(inactive.count).toBe(2)
        expect(active.count).toBe(8)
        expect(active.segments.every((s) => s.status === "active")).toBe(true)
      })

      it("sorts by name and pages through the sorted rows", async () => {
        const second = await list("order=name&limit=3&offset=3")
        const last = await list("order=-name&limit=4&offset=8")

        expect(second).toMatchObject({ count: 10, offset: 3, limit: 3 })
        expect(second.segments.map((s) => s.name)).toEqual(
          NAMES_SORTED.slice(3, 6)
        )
        expect(last).toMatchObject({ count: 10, offset: 8, limit: 4 })
        expect(last.segments.map((s) => s.name)).toEqual([
          "All Leads",
          "All Customers",
        ])
      })

      it("sorts by member count, largest first", async () => {
        await segments().updateSegments([
          { id: "seg_all_leads", member_count: 12 },
          { id: "seg_all_customers", member_count: 7 },
          { id: "seg_orders_30d", member_count: 5 },
        ])

        const page = await list("order=-member_count&limit=3")

        expect(page.segments.map((s) => [s.handle, s.member_count])).toEqual([
          ["all-leads", 12],
          ["all-customers", 7],
          ["orders-30d", 5],
        ])
      })

      it("sorts by computed time, never-computed segments last", async () => {
        await segments().updateSegments([
          {
            id: "seg_orders_30d",
            computed_at: new Date("2026-01-02T00:00:00Z"),
          },
          {
            id: "seg_all_leads",
            computed_at: new Date("2026-01-03T00:00:00Z"),
          },
        ])

        const newest = await list("order=-computed_at&limit=3")
        const oldest = await list("order=computed_at&limit=3")

        expect(newest.segments.map((s) => s.handle)).toEqual([
          "all-leads",
          "orders-30d",
          expect.any(String),
        ])
        expect(newest.segments[2].computed_at).toBeNull()
        expect(oldest.segments.map((s) => s.handle).slice(0, 2)).toEqual([
          "orders-30d",
          "all-leads",
        ])
      })

      it("pages without gaps or repeats when the sorted values tie", async () => {
        const pages = await Promise.all(
          [0, 4, 8].map((offset) =>
            list(`order=member_count&limit=4&offset=${offset}`)
          )
        )

        const ids = pages.flatMap((page) => page.segments.map((s) => s.id))
        expect(new Set(ids).size).toBe(10)
      })

      it.each([
        ["limit=0", "limit"],
        ["limit=101", "limit"],
        ["limit=ten", "limit"],
        ["offset=-1", "offset"],
        ["order=rule", "order"],
        ["order=-colour", "order"],
        ["status=archived", "status"],
        ["colour=blue", "colour"],
      ])("refuses %s with a 400 naming the field", async (query, field) => {
        const { status, data } = await failureOf(
          http.get(`/admin/segments?${query}`, admin.auth)
        )

        expect(status).toBe(400)
        expect(data.message).toContain(`'${field}'`)
      })

      it("answers 400, not 500, to queries it can't read", async () => {
        const nested = await failureOf(
          http.get("/admin/segments?q.a.b=1", admin.auth)
        )
        const nul = await failureOf(
          http.get("/admin/segments?q=%00", admin.auth)
        )

        expect(nested.status).toBe(400)
        expect(nested.data.message).toContain("q.a.b")
        expect(nul.status).toBe(400)
        expect(nul.data.message).toContain("NUL")
      })

      it.each([
        ["hexadecimal", "limit=0x2"],
        ["in exponent form", "limit=1e1"],
        ["a fraction", "offset=1.5"],
        ["a list", "limit[]=2&limit[]=3"],
      ])(
        "refuses a limit or offset that is %s: 400 naming the field",
        async (_, query) => {
          const { status, data } = await failureOf(
            http.get(`/admin/segments?${query}`, admin.auth)
          )

          expect(status).toBe(400)
          expect(data.message).toMatch(/'(limit|offset)'/)
        }
      )
    })
  },
})
