import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SEGMENT_MODULE } from "../../src/modules/segment"
import type SegmentModuleService from "../../src/modules/segment/service"
import {
  failureOf,
  type AdminHttpClient,
  type HistoryBody,
  type SegmentBody,
} from "../helpers/admin-api"
import { createAdmin, type Admin } from "../helpers/admin-auth"

jest.setTimeout(120000)

// Predefined segments have ids derived from their handles.
const ORDERS_90D = "seg_orders_90d"
const ALL_LEADS = "seg_all_leads"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http: AdminHttpClient = api
    let container: MedusaContainer
    let admin: Admin

    beforeAll(async () => {
      container = getContainer()
      admin = await createAdmin(container, "ada@example.com")
    })

    const update = async (id: string, body: Record<string, unknown>) =>
      (
        await http.post<{ segment: SegmentBody }>(
          `/admin/segments/${id}`,
          body,
          admin.auth
        )
      ).data.segment

    const historyOf = async (id: string, query = "") =>
      (
        await http.get<HistoryBody>(
          `/admin/segments/${id}/history?${query}`,
          admin.auth
        )
      ).data

    const stored = async (id: string) => {
      const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
      const [segment] = await segments.listSegments({ id })
      return segment
    }

    it("retrieves a segment by id", async () => {
      const { data } = await http.get<{ segment: SegmentBody }>(
        `/admin/segments/${ORDERS_90D}`,
        admin.auth
      )

      expect(data.segment).toMatchObject({
        id: ORDERS_90D,
        handle: "orders-90d",
        name: "Customer Orders (Last 90 days)",
        status: "active",
        is_predefined: true,
      })
    })

    it("renames a segment and records who did it", async () => {
      const segment = await update(ORDERS_90D, { name: "  Recent buyers  " })

      expect(segment).toMatchObject({
        id: ORDERS_90D,
        name: "Recent buyers",
        status: "active",
      })
      expect((await stored(ORDERS_90D)).name).toBe("Recent buyers")
      expect(await historyOf(ORDERS_90D)).toEqual({
        history: [
          {
            id: expect.any(String),
            action: "renamed",
            details: {
              from: "Customer Orders (Last 90 days)",
              to: "Recent buyers",
            },
            actor_id: admin.user.id,
            user: { id: admin.user.id, email: "ada@example.com" },
            created_at: expect.any(String),
          },
        ],
        count: 1,
        offset: 0,
        limit: 20,
      })
    })

    it("deactivates and describes a segment, one history entry per change", async () => {
      const segment = await update(ORDERS_90D, {
        status: "inactive",
        description: "Paused for the summer.",
      })

      expect(segment).toMatchObject({
        status: "inactive",
        description: "Paused for the summer.",
      })
      const { history } = await historyOf(ORDERS_90D)
      expect(history.map((entry) => entry.action).sort()).toEqual([
        "deactivated",
        "description_changed",
      ])
      expect(history.find((e) => e.action === "deactivated")).toMatchObject({
        details: { from: "active", to: "inactive" },
        actor_id: admin.user.id,
        user: { id: admin.user.id, email: "ada@example.com" },
      })
    })

    it("recomputes a segment that is activated again, since events skipped it", async () => {
      const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
      await update(ALL_LEADS, { status: "inactive" })
      // A shopper signs up while the segment is inactive.
      await segments.upsertCustomerFacts([
        {
          id: "cus_while_inactive",
          email: "eve@example.com",
          first_name: "Eve",
          last_name: null,
          has_account: true,
          registered_at: new Date(),
          is_deleted: false,
        },
      ])
      await segments.evaluateCustomers(["cus_while_inactive"])
      expect((await stored(ALL_LEADS)).member_count).toBe(0)

      const segment = await update(ALL_LEADS, { status: "active" })

      expect(segment).toMatchObject({ status: "active", member_count: 1 })
      const { history } = await historyOf(ALL_LEADS)
      expect(
        history.map(({ action, details, user }) => ({
          action,
          details,
          email: user?.email,
        }))
      ).toEqual([
        {
          action: "recomputed",
          details: expect.objectContaining({ joined: 1, left: 0 }),
          email: "ada@example.com",
        },
        {
          action: "activated",
          details: { from: "inactive", to: "active" },
          email: "ada@example.com",
        },
        {
          action: "deactivated",
          details: { from: "active", to: "inactive" },
          email: "ada@example.com",
        },
      ])
    })

    it("lists history newest first, a page at a time", async () => {
      await update(ORDERS_90D, { name: "First" })
      await update(ORDERS_90D, { name: "Second" })
      await update(ORDERS_90D, { name: "Third" })

      const all = await historyOf(ORDERS_90D)
      const page = await historyOf(ORDERS_90D, "limit=2&offset=1")

      expect(all.history.map((entry) => entry.details?.to)).toEqual([
        "Third",
        "Second",
        "First",
      ])
      expect(page).toMatchObject({ count: 3, offset: 1, limit: 2 })
      expect(page.history.map((entry) => entry.details?.to)).toEqual([
        "Second",
        "First",
      ])
    })

    it("applies simultaneous edits one after the other, the history telling each", async () => {
      const names = ["One", "Two", "Three", "Four", "Five"]

      await Promise.all([
        ...names.map((name) => update(ORDERS_90D, { name })),
        update(ORDERS_90D, { description: "Bought lately." }),
        update(ORDERS_90D, { status: "inactive" }),
      ])

      const segment = await stored(ORDERS_90D)
      const { history } = await historyOf(ORDERS_90D)
      expect(history.map((entry) => entry.action).sort()).toEqual([
        "deactivated",
        "description_changed",
        "renamed",
        "renamed",
        "renamed",
        "renamed",
        "renamed",
      ])
      // Oldest first, each rename starts from the name the one before left.
      const renames = history
        .filter((entry) => entry.action === "renamed")
        .reverse()
        .map((entry) => entry.details as { from: string; to: string })
      expect(renames[0].from).toBe("Customer Orders (Last 90 days)")
      renames.slice(1).forEach((rename, i) => {
        expect(rename.from).toBe(renames[i].to)
      })
      expect(renames.map((rename) => rename.to).sort()).toEqual(
        [...names].sort()
      )
      expect(segment).toMatchObject({
        name: renames[renames.length - 1].to,
        description: "Bought lately.",
        status: "inactive",
      })
    })

    it("undoes an edit with its history, keeping what later edits changed", async () => {
      const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
      const renamed = await segments.editSegment(
        ORDERS_90D,
        { name: "Buyers", status: "inactive" },
        admin.user.id
      )
      await segments.editSegment(ORDERS_90D, { status: "active" }, null)

      await segments.revertSegmentEdit(renamed)

      expect(await stored(ORDERS_90D)).toMatchObject({
        name: "Customer Orders (Last 90 days)",
        status: "active",
      })
      const { history } = await historyOf(ORDERS_90D)
      expect(history.map((entry) => entry.action)).toEqual(["activated"])
    })

    it("writes no history when nothing actually changes", async () => {
      await update(ORDERS_90D, { name: "Customer Orders (Last 90 days)" })

      expect((await historyOf(ORDERS_90D)).count).toBe(0)
    })

    it.each([
      ["a blank name", { name: "   " }, "Field 'name' can't be blank"],
      ["a name over 120 characters", { name: "x".repeat(121) }, "'name'"],
      [
        "a description over 1000 characters",
        { description: "x".repeat(1001) },
        "'description'",
      ],
      ["an unknown status", { status: "archived" }, "'status'"],
      ["a name that isn't text", { name: 42 }, "'name'"],
      ["an unknown field", { name: "Buyers", colour: "blue" }, "'colour'"],
      [
        "a name holding half of a surrogate pair",
        { name: "Buyers \ud800" },
        "Field 'name' must be valid Unicode",
      ],
      [
        "a description holding half of a surrogate pair",
        { description: "\udc00 lately" },
        "Field 'description' must be valid Unicode",
      ],
      [
        "a name holding a NUL",
        { name: "Buy\u0000ers" },
        "Field 'name' must not contain the NUL character",
      ],
      [
        "nothing to change",
        {},
        "send at least one of 'name', 'description' or 'status'",
      ],
    ])(
      "refuses an update with %s: 400, nothing changed",
      async (_, body, message) => {
        const { status, data } = await failureOf(
          http.post(`/admin/segments/${ORDERS_90D}`, body, admin.auth)
        )

        expect(status).toBe(400)
        expect(data.message).toContain(message)
        expect((await stored(ORDERS_90D)).name).toBe(
          "Customer Orders (Last 90 days)"
        )
        expect((await historyOf(ORDERS_90D)).count).toBe(0)
      }
    )

    it.each([
      ["a JSON array", ["name", "Buyers"], {}],
      ["plain text", "name=Buyers", { "content-type": "text/plain" }],
    ])(
      "refuses a body that is %s rather than an object: 400, nothing changed",
      async (_, body, headers) => {
        const { status, data } = await failureOf(
          http.post(`/admin/segments/${ORDERS_90D}`, body, {
            headers: { ...admin.auth.headers, ...headers },
          })
        )

        expect(status).toBe(400)
        expect(data.message).toBe(
          "The request body must be a JSON object, sent as application/json"
        )
        expect((await stored(ORDERS_90D)).name).toBe(
          "Customer Orders (Last 90 days)"
        )
        expect((await historyOf(ORDERS_90D)).count).toBe(0)
      }
    )

    it("refuses history pages it can't serve: 400 naming the field", async () => {
      const { status, data } = await failureOf(
        http.get(`/admin/segments/${ORDERS_90D}/history?limit=500`, admin.auth)
      )

      expect(status).toBe(400)
      expect(data.message).toContain("'limit'")
    })

    it("refuses to delete a predefined segment, and keeps it", async () => {
      const { status, data } = await failureOf(
        http.delete(`/admin/segments/${ORDERS_90D}`, admin.auth)
      )

      expect(status).toBe(400)
      expect(data.message).toBe(
        `"Customer Orders (Last 90 days)" is a predefined segment and can't be deleted. Deactivate it instead to stop keeping its members current.`
      )
      expect(await stored(ORDERS_90D)).toBeDefined()
    })

    describe("unknown segments", () => {
      const routes: [string, (id: string) => Promise<unknown>][] = [
        ["GET /:id", (id) => http.get(`/admin/segments/${id}`, admin.auth)],
        [
          "POST /:id",
          (id) =>
            http.post(`/admin/segments/${id}`, { name: "New" }, admin.auth),
        ],
        [
          "DELETE /:id",
          (id) => http.delete(`/admin/segments/${id}`, admin.auth),
        ],
        [
          "POST /:id/recompute",
          (id) => http.post(`/admin/segments/${id}/recompute`, {}, admin.auth),
        ],
        [
          "GET /:id/customers",
          (id) => http.get(`/admin/segments/${id}/customers`, admin.auth),
        ],
        [
          "GET /:id/history",
          (id) => http.get(`/admin/segments/${id}/history`, admin.auth),
        ],
      ]

      it.each(routes)("%s answers 404 for an unknown id", async (_, send) => {
        const { status, data } = await failureOf(send("seg_missing"))

        expect(status).toBe(404)
        expect(data.message).toBe("Segment with id: seg_missing was not found")
      })

      it.each(routes)(
        "%s answers 404, not 500, for an id holding a NUL",
        async (_, send) => {
          const { status } = await failureOf(send("seg_%00"))

          expect(status).toBe(404)
        }
      )
    })
  },
})
