import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { join } from "node:path"
import { SEGMENT_MODULE } from ".."
import * as models from "../models"
import { PREDEFINED_SEGMENTS } from "../predefined-segments"
import type SegmentModuleService from "../service"
import {
  customerFacts,
  expectedMembers,
  NOW,
  orderFacts,
} from "./crafted-store"

jest.setTimeout(60000)

async function membersOf(
  service: SegmentModuleService,
  segmentId: string
): Promise<string[]> {
  const members = await service.listSegmentMembers(
    { segment_id: segmentId },
    { select: ["customer_id"], take: null }
  )
  return members.map((member) => member.customer_id).sort()
}

async function segmentByHandle(service: SegmentModuleService, handle: string) {
  const [segment] = await service.listSegments({ handle })
  return segment
}

moduleIntegrationTestRunner<SegmentModuleService>({
  moduleName: SEGMENT_MODULE,
  moduleModels: Object.values(models),
  resolve: join(__dirname, ".."),
  pathToMigrations: join(__dirname, "../migrations"),
  testSuite: ({ service }) => {
    beforeEach(async () => {
      await service.ensurePredefinedSegments()
      await service.upsertCustomerFacts(customerFacts())
      await service.upsertOrderFacts(orderFacts())
    })

    it("creates the ten predefined segments once, however often it runs", async () => {
      expect(await service.ensurePredefinedSegments()).toBe(0)
      const segments = await service.listSegments({}, { take: null })
      expect(segments.map((s) => s.handle).sort()).toEqual(
        PREDEFINED_SEGMENTS.map((s) => s.handle).sort()
      )
      const orders90 = segments.find((s) => s.handle === "orders-90d")
      expect(orders90).toMatchObject({
        name: "Customer Orders (Last 90 days)",
        status: "active",
        is_predefined: true,
      })
    })

    describe.each(PREDEFINED_SEGMENTS.map((s) => s.handle))(
      "recompute of %s",
      (handle) => {
        it("admits exactly the customers of its definition", async () => {
          const segment = await segmentByHandle(service, handle)
          const expected = expectedMembers(handle)

          const result = await service.recompute(segment.id, NOW)

          expect(await membersOf(service, segment.id)).toEqual(expected)
          expect(result).toMatchObject({
            joined: expected.length,
            left: 0,
            member_count: expected.length,
          })
          const stored = await segmentByHandle(service, handle)
          expect(stored.member_count).toBe(expected.length)
          expect(stored.computed_at).toEqual(NOW)
        })

        it("agrees with the one-customer evaluation after events", async () => {
          const segment = await segmentByHandle(service, handle)
          const ids = customerFacts().map((fact) => fact.id)

          await service.evaluateCustomers(ids, NOW)

          expect(await membersOf(service, segment.id)).toEqual(
            expectedMembers(handle)
          )
          const stored = await segmentByHandle(service, handle)
          expect(stored.member_count).toBe(expectedMembers(handle).length)
        })
      }
    )

    it("changes nothing when an unchanged segment is recomputed again", async () => {
      const segment = await segmentByHandle(service, "orders-90d")
      await service.recompute(segment.id, NOW)
      const before = await service.listSegmentMembers({
        segment_id: segment.id,
      })

      const again = await service.recompute(segment.id, NOW)

      expect(again).toMatchObject({ joined: 0, left: 0, member_count: 5 })
      const after = await service.listSegmentMembers({ segment_id: segment.id })
      expect(after.map((m) => m.id).sort()).toEqual(
        before.map((m) => m.id).sort()
      )
    })

    it("changes nothing when the same customer is evaluated twice", async () => {
      const first = await service.evaluateCustomers(["cus_recent"], NOW)
      const second = await service.evaluateCustomers(["cus_recent"], NOW)

      expect(first).toHaveLength(5)
      expect(second).toEqual([])
    })

    it("moves a customer out as the window rolls past their last order", async () => {
      const segment = await segmentByHandle(service, "orders-30d")
      await service.recompute(segment.id, NOW)

      const later = new Date(NOW.getTime() + 21 * 24 * 60 * 60 * 1000)
      const result = await service.recompute(segment.id, later)

      expect(result).toMatchObject({ joined: 0, left: 2, member_count: 1 })
      expect(await membersOf(service, segment.id)).toEqual(["cus_guest_buyer"])
    })

    it("ends two simultaneous recomputes with the right members, once each", async () => {
      const segment = await segmentByHandle(service, "all-leads")

      const results = await Promise.all([
        service.recompute(segment.id, NOW),
        service.recompute(segment.id, NOW),
      ])

      const expected = expectedMembers("all-leads")
      expect(await membersOf(service, segment.id)).toEqual(expected)
      expect(results.map((r) => r.joined).sort()).toEqual([0, expected.length])
      const stored = await segmentByHandle(service, "all-leads")
      expect(stored.member_count).toBe(expected.length)
    })

    it("leaves inactive segments out of event evaluation", async () => {
      const segment = await segmentByHandle(service, "orders-30d")
      await service.updateSegments({ id: segment.id, status: "inactive" })

      await service.evaluateCustomers(["cus_recent"], NOW)

      expect(await membersOf(service, segment.id)).toEqual([])
    })

    it("takes a deleted customer out of inactive segments too", async () => {
      const segment = await segmentByHandle(service, "orders-30d")
      await service.recompute(segment.id, NOW)
      await service.updateSegments({ id: segment.id, status: "inactive" })
      const [recent] = customerFacts().filter((f) => f.id === "cus_recent")
      await service.upsertCustomerFacts([{ ...recent, is_deleted: true }])

      const changes = await service.evaluateCustomers(["cus_recent"], NOW)

      expect(await membersOf(service, segment.id)).toEqual([
        "cus_at_30d",
        "cus_guest_buyer",
      ])
      expect((await segmentByHandle(service, "orders-30d")).member_count).toBe(
        2
      )
      expect(changes).toContainEqual({
        segment_id: segment.id,
        customer_id: "cus_recent",
        change: "left",
      })
    })
  },
})
