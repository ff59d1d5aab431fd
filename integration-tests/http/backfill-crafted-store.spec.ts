import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SEGMENT_MODULE } from "../../src/modules/segment"
import type SegmentModuleService from "../../src/modules/segment/service"
import { PREDEFINED_SEGMENTS } from "../../src/modules/segment/predefined-segments"
import {
  CRAFTED_CUSTOMERS,
  expectedMembers,
  NOW,
} from "../../src/modules/segment/__tests__/crafted-store"
import { backfillSegmentFactsWorkflow } from "../../src/workflows/backfill-segment-facts"

jest.setTimeout(120000)

type Knex = {
  raw: (sql: string, bindings: unknown[]) => Promise<unknown>
}

/**
 * Builds the crafted store in Medusa's own customer and order modules. The
 * modules stamp rows with the time of the insert, so the historical times are
 * set afterwards, as a data import would.
 */
async function buildCraftedStore(
  container: MedusaContainer
): Promise<Map<string, string>> {
  const customers = container.resolve(Modules.CUSTOMER)
  const orders = container.resolve(Modules.ORDER)
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const idByName = new Map<string, string>()

  for (const crafted of CRAFTED_CUSTOMERS) {
    const name = crafted.fact.id
    const [customer] = await customers.createCustomers([
      { email: `${name}@example.com`, has_account: crafted.fact.has_account },
    ])
    idByName.set(name, customer.id)
    await db.raw(`UPDATE customer SET created_at = ? WHERE id = ?`, [
      crafted.fact.registered_at,
      customer.id,
    ])

    for (const order of crafted.orders) {
      const [created] = await orders.createOrders([
        {
          customer_id: customer.id,
          email: `${name}@example.com`,
          currency_code: "gbp",
          status: order.is_draft ? "draft" : "pending",
          items: [{ title: "Gift box", quantity: 1, unit_price: 10.5 }],
        },
      ])
      if (order.is_canceled) {
        await orders.cancel(created.id)
      }
      // Draft orders are flagged as the draft order plugin flags them.
      await db.raw(
        `UPDATE "order" SET created_at = ?, is_draft_order = ? WHERE id = ?`,
        [order.placed_at, order.is_draft, created.id]
      )
    }

    if (crafted.fact.is_deleted) {
      await customers.softDeleteCustomers([customer.id])
    }
  }
  return idByName
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    describe("the backfill of a store built in Medusa", () => {
      let idByName: Map<string, string>

      beforeEach(async () => {
        idByName = await buildCraftedStore(getContainer())
      })

      it("copies every customer and order into the facts", async () => {
        const { result } = await backfillSegmentFactsWorkflow(
          getContainer()
        ).run({ input: { batch_size: 7 } })

        const orderCount = CRAFTED_CUSTOMERS.flatMap((c) => c.orders).length
        expect(result).toEqual({
          customers: CRAFTED_CUSTOMERS.length,
          orders: orderCount,
        })
      })

      it("gives each predefined segment exactly its defined members", async () => {
        const container = getContainer()
        const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
        await backfillSegmentFactsWorkflow(container).run({
          input: { batch_size: 7 },
        })

        for (const { handle } of PREDEFINED_SEGMENTS) {
          const [segment] = await segments.listSegments({ handle })
          await segments.recompute(segment.id, NOW)

          const members = await segments.listSegmentMembers(
            { segment_id: segment.id },
            { select: ["customer_id"], take: null }
          )
          const expected = expectedMembers(handle).map((name) =>
            idByName.get(name)
          )
          expect({
            handle,
            members: members.map((m) => m.customer_id).sort(),
          }).toEqual({ handle, members: expected.sort() })
        }
      })

      it("changes nothing when it runs a second time", async () => {
        const container = getContainer()
        const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
        await backfillSegmentFactsWorkflow(container).run({ input: {} })
        const [segment] = await segments.listSegments({ handle: "all-leads" })
        await segments.recompute(segment.id, NOW)

        await backfillSegmentFactsWorkflow(container).run({ input: {} })
        const again = await segments.recompute(segment.id, NOW)

        expect(again).toMatchObject({
          joined: 0,
          left: 0,
          member_count: expectedMembers("all-leads").length,
        })
      })
    })
  },
})
