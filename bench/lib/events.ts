import { sql } from "../../src/modules/segment/rules/sql"
import { touchCustomer } from "./churn"
import type { Db } from "./db"
import type { SegmentService } from "./segments"
import { timed } from "./stats"

/**
 * The event path: random customers, each first touched as an event would
 * report it (a new order, a cancellation, or a repeated event with no
 * change), then re-evaluated alone against every active segment. Only the
 * re-evaluation is timed.
 */
export async function measureEvents(
  db: Db,
  service: SegmentService,
  count: number,
  now: Date
): Promise<number[]> {
  const picked = await db.rows<{ id: string }>(sql`
    SELECT id FROM segment_customer_fact ORDER BY random() LIMIT ${count}`)
  const times: number[] = []
  for (const [turn, { id }] of picked.entries()) {
    await db.rows(touchCustomer(id, now, turn))
    const { ms } = await timed(() => service.evaluateCustomers([id], now))
    times.push(ms)
  }
  return times
}
