import { sql, trusted, type Sql } from "../../src/modules/segment/rules/sql"

/**
 * The floor of each predefined segment: the plainest statement that selects
 * its members from the facts, written by hand from the definitions in
 * DESIGN.md rather than by the rule compiler, so that it also checks the
 * compiler. It only counts: the time is what Postgres needs to find the set.
 */
const DAY_MS = 24 * 60 * 60 * 1000

function since(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS)
}

/** Placed orders of customer `c`, optionally only those after `from`. */
function placedOrders(from?: Date): Sql {
  const window = from ? sql` AND o.placed_at >= ${from}` : trusted("")
  return sql`SELECT 1 FROM segment_order_fact o
    WHERE o.customer_id = c.id AND o.is_canceled = false
      AND o.is_draft = false AND o.deleted_at IS NULL${window}`
}

function countCustomers(predicate: Sql): Sql {
  return sql`SELECT count(*)::int AS count FROM (
    SELECT c.id FROM segment_customer_fact c
    WHERE c.is_deleted = false AND c.deleted_at IS NULL AND ${predicate}) s`
}

type Floor = (now: Date) => Sql

const ordered =
  (days: number): Floor =>
  (now) =>
    countCustomers(sql`EXISTS (${placedOrders(since(now, days))})`)

const notOrdered =
  (days: number): Floor =>
  (now) =>
    countCustomers(sql`NOT EXISTS (${placedOrders(since(now, days))})`)

const registered =
  (days: number): Floor =>
  (now) =>
    countCustomers(
      sql`c.has_account = true AND c.registered_at >= ${since(now, days)}`
    )

export const FLOORS: Record<string, Floor> = {
  "non-purchasers-180d": notOrdered(180),
  "non-purchasers-90d": notOrdered(90),
  "orders-180d": ordered(180),
  "orders-120d": ordered(120),
  "orders-90d": ordered(90),
  "orders-30d": ordered(30),
  "new-customers-90d": registered(90),
  "new-customers-30d": registered(30),
  "all-leads": () => countCustomers(sql`NOT EXISTS (${placedOrders()})`),
  "all-customers": () => countCustomers(sql`EXISTS (${placedOrders()})`),
}

export function floorFor(handle: string, now: Date): Sql {
  const floor = FLOORS[handle]
  if (!floor) {
    throw new Error(`no floor statement for segment "${handle}"`)
  }
  return floor(now)
}
