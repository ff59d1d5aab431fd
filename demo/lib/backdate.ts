import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Gives imported records their historical times. The create inputs of the
 * customer and order modules declare no `created_at` (nor the order's
 * `canceled_at`), so the loader does not rely on passing them: it sets them
 * after each batch, in one statement with the rows bound as one JSON
 * parameter, and check-store.ts verifies the result.
 */
export type CustomerTimes = { id: string; created_at: string }

export type OrderTimes = {
  id: string
  created_at: string
  /** Set for a canceled order; it is canceled when it was placed. */
  canceled_at: string | null
}

export async function backdateCustomers(
  pg: Knex,
  rows: CustomerTimes[]
): Promise<void> {
  await pg.raw(
    `UPDATE customer AS c
        SET created_at = v.created_at, updated_at = v.created_at
       FROM jsonb_to_recordset(?::jsonb) AS v(id text, created_at timestamptz)
      WHERE c.id = v.id`,
    [JSON.stringify(rows)]
  )
}

export async function backdateOrders(
  pg: Knex,
  rows: OrderTimes[]
): Promise<void> {
  await pg.raw(
    `UPDATE "order" AS o
        SET created_at = v.created_at,
            updated_at = coalesce(v.canceled_at, v.created_at),
            canceled_at = v.canceled_at,
            status = CASE WHEN v.canceled_at IS NULL THEN o.status
                          ELSE 'canceled' END
       FROM jsonb_to_recordset(?::jsonb)
            AS v(id text, created_at timestamptz, canceled_at timestamptz)
      WHERE o.id = v.id`,
    [JSON.stringify(rows)]
  )
}
