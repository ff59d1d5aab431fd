import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SEGMENT_MODULE } from "../../src/modules/segment"
import type SegmentModuleService from "../../src/modules/segment/service"
import type {
  CustomerFactInput,
  OrderFactInput,
} from "../../src/modules/segment/statements/facts"
import { recomputeSegmentWorkflow } from "../../src/workflows/recompute-segment"
import {
  failureOf,
  type AdminHttpClient,
  type HistoryBody,
  type SegmentBody,
} from "../helpers/admin-api"
import { createAdmin, type Admin } from "../helpers/admin-auth"

jest.setTimeout(120000)

const DAY = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY)

const customer = (
  id: string,
  email: string,
  name: [string, string],
  registeredDaysAgo: number,
  hasAccount = true
): CustomerFactInput => ({
  id,
  email,
  first_name: name[0],
  last_name: name[1],
  has_account: hasAccount,
  registered_at: daysAgo(registeredDaysAgo),
  is_deleted: false,
})

const order = (
  id: string,
  customerId: string,
  placedDaysAgo: number
): OrderFactInput => ({
  id,
  customer_id: customerId,
  placed_at: daysAgo(placedDaysAgo),
  total: 25,
  currency_code: "eur",
  is_canceled: false,
  is_draft: false,
})

/**
 * A small store, as the facts know it: Ann ordered 10 days ago, Cara 100
 * days ago, Dan checked out as a guest 5 days ago, and Bob signed up 10 days
 * ago without ordering.
 */
const CUSTOMERS = [
  customer("cus_ann", "ann@example.com", ["Ann", "Archer"], 400),
  customer("cus_bob", "bob@example.com", ["Bob", "Baker"], 10),
  customer("cus_cara", "cara@example.com", ["Cara", "Cole"], 400),
  customer("cus_dan", "dan@shop.test", ["Dan", "Dunn"], 5, false),
]
const ORDERS = [
  order("order_ann", "cus_ann", 10),
  order("order_cara", "cus_cara", 100),
  order("order_dan", "cus_dan", 5),
]

const ALL_CUSTOMERS = "seg_all_customers"

type Recomputed = {
  segment: SegmentBody
  result: {
    joined: number
    left: number
    member_count: number
    duration_ms: number
  }
}

type MemberList = {
  customers: {
    id: string
    email: string | null
    first_name: string | null
    last_name: string | null
    member_since: string
  }[]
  count: number
  offset: number
  limit: number
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http: AdminHttpClient = api
    let container: MedusaContainer
    let admin: Admin

    beforeAll(async () => {
      container = getContainer()
      admin = await createAdmin(container, "ada@example.com")
      await segments().upsertCustomerFacts(CUSTOMERS)
      await segments().upsertOrderFacts(ORDERS)
    })

    const segments = (): SegmentModuleService =>
      container.resolve(SEGMENT_MODULE)

    const recompute = async (id: string) =>
      (
        await http.post<Recomputed>(
          `/admin/segments/${id}/recompute`,
          undefined,
          admin.auth
        )
      ).data

    const membersOf = async (id: string, query = "") =>
      (
        await http.get<MemberList>(
          `/admin/segments/${id}/customers?${query}`,
          admin.auth
        )
      ).data

    const historyOf = async (id: string) =>
      (await http.get<HistoryBody>(`/admin/segments/${id}/history`, admin.auth))
        .data.history

    it("recomputes a segment and answers who joined and left", async () => {
      const before = Date.now()

      const { segment, result } = await recompute(ALL_CUSTOMERS)

      expect(result).toEqual({
        joined: 3,
        left: 0,
        member_count: 3,
        duration_ms: expect.any(Number),
      })
      expect(segment).toMatchObject({
        id: ALL_CUSTOMERS,
        member_count: 3,
        compute_duration_ms: result.duration_ms,
      })
      expect(Date.parse(segment.computed_at ?? "")).toBeGreaterThanOrEqual(
        before
      )
    })

    it("lists exactly the members, with their e-mail and since when", async () => {
      const before = Date.now() - 1000
      await recompute(ALL_CUSTOMERS)
      const after = Date.now() + 1000

      const page = await membersOf(ALL_CUSTOMERS)

      expect(page).toMatchObject({ count: 3, offset: 0, limit: 20 })
      expect(page.customers).toEqual([
        {
          id: "cus_ann",
          email: "ann@example.com",
          first_name: "Ann",
          last_name: "Archer",
          member_since: expect.any(String),
        },
        {
          id: "cus_cara",
          email: "cara@example.com",
          first_name: "Cara",
          last_name: "Cole",
          member_since: expect.any(String),
        },
        {
          id: "cus_dan",
          email: "dan@shop.test",
          first_name: "Dan",
          last_name: "Dunn",
          member_since: expect.any(String),
        },
      ])
      for (const member of page.customers) {
        const since = Date.parse(member.member_since)
        expect(since).toBeGreaterThanOrEqual(before)
        expect(since).toBeLessThanOrEqual(after)
      }
    })

    it("searches members by e-mail and pages through them", async () => {
      await recompute(ALL_CUSTOMERS)

      const cara = await membersOf(ALL_CUSTOMERS, "q=CARA@")
      const example = await membersOf(ALL_CUSTOMERS, "q=example.com")
      const second = await membersOf(ALL_CUSTOMERS, "limit=1&offset=1")

      expect(cara.customers.map((c) => c.id)).toEqual(["cus_cara"])
      expect(cara.count).toBe(1)
      expect(example.customers.map((c) => c.id)).toEqual([
        "cus_ann",
        "cus_cara",
      ])
      expect(second).toMatchObject({ count: 3, offset: 1, limit: 1 })
      expect(second.customers.map((c) => c.id)).toEqual(["cus_cara"])
    })

    it("records the recompute in the history, with the admin who asked", async () => {
      const { result } = await recompute(ALL_CUSTOMERS)

      expect(await historyOf(ALL_CUSTOMERS)).toEqual([
        {
          id: expect.any(String),
          action: "recomputed",
          details: {
            joined: 3,
            left: 0,
            member_count: 3,
            duration_ms: result.duration_ms,
          },
          actor_id: admin.user.id,
          user: { id: admin.user.id, email: "ada@example.com" },
          created_at: expect.any(String),
        },
      ])
    })

    it("changes nothing on a second recompute, and says so", async () => {
      await recompute(ALL_CUSTOMERS)

      const again = await recompute(ALL_CUSTOMERS)

      expect(again.result).toMatchObject({
        joined: 0,
        left: 0,
        member_count: 3,
      })
      const history = await historyOf(ALL_CUSTOMERS)
      expect(history.map((entry) => entry.details)).toEqual([
        expect.objectContaining({ joined: 0, left: 0, member_count: 3 }),
        expect.objectContaining({ joined: 3, left: 0, member_count: 3 }),
      ])
    })

    it("lets a customer leave whose only order was canceled", async () => {
      await recompute(ALL_CUSTOMERS)
      await segments().upsertOrderFacts([
        { ...order("order_cara", "cus_cara", 100), is_canceled: true },
      ])

      const { result } = await recompute(ALL_CUSTOMERS)

      expect(result).toMatchObject({ joined: 0, left: 1, member_count: 2 })
      const page = await membersOf(ALL_CUSTOMERS)
      expect(page.customers.map((c) => c.id)).toEqual(["cus_ann", "cus_dan"])
      expect(page.count).toBe(2)
    })

    it("shows a scheduled recompute in the history as done by nobody", async () => {
      await recomputeSegmentWorkflow(container).run({
        input: { segment_id: ALL_CUSTOMERS, actor_id: null },
      })

      const [entry] = await historyOf(ALL_CUSTOMERS)

      expect(entry).toMatchObject({
        action: "recomputed",
        actor_id: null,
        user: null,
      })
    })

    it("refuses member pages it can't serve: 400 naming the field", async () => {
      const { status, data } = await failureOf(
        http.get(
          `/admin/segments/${ALL_CUSTOMERS}/customers?offset=x`,
          admin.auth
        )
      )

      expect(status).toBe(400)
      expect(data.message).toContain("'offset'")
    })

    it("refuses a recompute with options it doesn't take: 400, nothing recorded", async () => {
      const { status, data } = await failureOf(
        http.post(
          `/admin/segments/${ALL_CUSTOMERS}/recompute`,
          { force: true },
          admin.auth
        )
      )

      expect(status).toBe(400)
      expect(data.message).toBe("Invalid request: Unrecognized fields: 'force'")
      expect(await historyOf(ALL_CUSTOMERS)).toEqual([])
    })

    describe("a customer's segments", () => {
      type CustomerSegments = {
        segments: {
          id: string
          handle: string
          name: string
          status: string
          member_since: string
        }[]
      }

      const segmentsOf = async (customerId: string) =>
        (
          await http.get<CustomerSegments>(
            `/admin/customers/${customerId}/segments`,
            admin.auth
          )
        ).data.segments

      it("lists the segments a customer is a member of", async () => {
        const all = await segments().listSegments({}, { select: ["id"] })
        for (const { id } of all) {
          await recompute(id)
        }

        const ann = await segmentsOf("cus_ann")
        const bob = await segmentsOf("cus_bob")

        expect(ann.map((s) => s.handle).sort()).toEqual([
          "all-customers",
          "orders-120d",
          "orders-180d",
          "orders-30d",
          "orders-90d",
        ])
        expect(ann.find((s) => s.handle === "orders-30d")).toEqual({
          id: "seg_orders_30d",
          handle: "orders-30d",
          name: "Customer Orders (Last 30 days)",
          status: "active",
          member_since: expect.any(String),
        })
        expect(bob.map((s) => s.handle).sort()).toEqual([
          "all-leads",
          "new-customers-30d",
          "new-customers-90d",
          "non-purchasers-180d",
          "non-purchasers-90d",
        ])
      })

      it("answers an empty list for a customer id that is nobody's", async () => {
        await recompute(ALL_CUSTOMERS)

        expect(await segmentsOf("cus_nobody")).toEqual([])
        expect(await segmentsOf("cus_%00")).toEqual([])
      })
    })
  },
})
