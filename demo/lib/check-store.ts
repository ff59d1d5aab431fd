import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Counts = { customers: number; orders: number; canceled_orders: number }

function pgOf(container: MedusaContainer) {
  return container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
}

/** The demo imports into an empty store only, never on top of real data. */
export async function assertEmptyStore(
  container: MedusaContainer
): Promise<void> {
  const { rows } = await pgOf(container).raw<{ rows: Counts[] }>(
    `SELECT (SELECT count(*) FROM customer)::int AS customers,
            (SELECT count(*) FROM "order")::int AS orders`
  )
  const [{ customers, orders }] = rows
  if (customers || orders) {
    throw new Error(
      `The database already holds ${customers} customers and ${orders} orders; ` +
        "the demo imports into an empty database only"
    )
  }
}

/**
 * Reads back what the import wrote and checks the times the segments rely
 * on: the latest order at the anchor, every customer created at its first
 * order, every canceled order canceled when placed. Returns the counts.
 */
export async function checkImportedStore(
  container: MedusaContainer,
  anchor: Date
): Promise<Counts> {
  const { rows } = await pgOf(container).raw<{
    rows: (Counts & { latest: Date; misdated_customers: number })[]
  }>(
    `SELECT
       (SELECT count(*) FROM customer WHERE deleted_at IS NULL)::int AS customers,
       (SELECT count(*) FROM "order" WHERE deleted_at IS NULL)::int AS orders,
       (SELECT count(*) FROM "order"
         WHERE status = 'canceled' AND canceled_at = created_at)::int
         AS canceled_orders,
       (SELECT max(created_at) FROM "order") AS latest,
       (SELECT count(*) FROM customer c
         WHERE c.created_at IS DISTINCT FROM
               (SELECT min(o.created_at) FROM "order" o
                 WHERE o.customer_id = c.id))::int AS misdated_customers`
  )
  const [found] = rows
  const problems: string[] = []
  if (new Date(found.latest).getTime() !== anchor.getTime()) {
    problems.push(
      `the latest order is at ${new Date(found.latest).toISOString()}`
    )
  }
  if (found.misdated_customers) {
    problems.push(
      `${found.misdated_customers} customers not created at their first order`
    )
  }
  if (problems.length) {
    throw new Error(`The import left wrong times: ${problems.join("; ")}`)
  }
  const { customers, orders, canceled_orders } = found
  return { customers, orders, canceled_orders }
}
