import type { ExecArgs, IOrderModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STORE_CUSTOMERS, type StoreOrder } from "./store"

/**
 * Fills an empty store with the customers and orders of ./store.ts through
 * Medusa's customer and order modules, as a store would have them before the
 * plugin is installed:
 *
 *   npx medusa exec ./src/scripts/seed-store.ts
 *
 * The modules stamp every row with the time of the insert, so the times of
 * the table are set afterwards, one statement per table.
 */
const DAY_MS = 24 * 60 * 60 * 1000

type Times = { id: string; created_at: string; is_draft_order?: boolean }

export default async function seedStore({
  container,
}: ExecArgs): Promise<void> {
  const customers = container.resolve(Modules.CUSTOMER)
  const orders = container.resolve(Modules.ORDER)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const now = Date.now()
  const daysAgo = (days: number) => new Date(now - days * DAY_MS).toISOString()

  const [, existing] = await customers.listAndCountCustomers({}, { take: 1 })
  if (existing) {
    throw new Error(`The store already has ${existing} customers`)
  }

  const customerTimes: Times[] = []
  const orderTimes: Times[] = []
  const deleted: string[] = []
  for (const entry of STORE_CUSTOMERS) {
    const created = await customers.createCustomers({
      email: entry.email,
      first_name: entry.first_name,
      last_name: entry.last_name,
      has_account: entry.has_account,
    })
    customerTimes.push({
      id: created.id,
      created_at: daysAgo(entry.created_days_ago),
    })
    for (const order of entry.orders) {
      orderTimes.push({
        id: await createOrder(orders, created.id, entry.email, order),
        created_at: daysAgo(order.days_ago),
        is_draft_order: order.state === "draft",
      })
    }
    if (entry.deleted) {
      deleted.push(created.id)
    }
  }

  await pg.raw(
    `UPDATE customer AS c
        SET created_at = v.created_at, updated_at = v.created_at
       FROM jsonb_to_recordset(?::jsonb) AS v(id text, created_at timestamptz)
      WHERE c.id = v.id`,
    [JSON.stringify(customerTimes)]
  )
  // A draft is flagged the way the draft order plugin flags its orders.
  await pg.raw(
    `UPDATE "order" AS o
        SET created_at = v.created_at, is_draft_order = v.is_draft_order
       FROM jsonb_to_recordset(?::jsonb)
            AS v(id text, created_at timestamptz, is_draft_order boolean)
      WHERE o.id = v.id`,
    [JSON.stringify(orderTimes)]
  )
  await customers.softDeleteCustomers(deleted)

  logger.info(
    `Seeded ${customerTimes.length} customers (${deleted.length} deleted) ` +
      `and ${orderTimes.length} orders`
  )
}

/** One order with one item; canceled through the module, as an admin would. */
async function createOrder(
  orders: IOrderModuleService,
  customerId: string,
  email: string,
  order: StoreOrder
): Promise<string> {
  const created = await orders.createOrders({
    customer_id: customerId,
    email,
    currency_code: "eur",
    status: order.state === "draft" ? "draft" : "pending",
    items: [{ title: "Gift box", quantity: 1, unit_price: 25 }],
  })
  if (order.state === "canceled") {
    await orders.cancel(created.id)
  }
  return created.id
}
