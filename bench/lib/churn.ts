import { sql, type Sql } from "../../src/modules/segment/rules/sql"
import type { Db } from "./db"

/**
 * One round of store activity between two recomputes, touching about 1% of
 * the customers, all in set-based SQL. Every new row is placed in the hour
 * before `now`, so the next recompute at `now` sees it.
 */
const NEW_ORDER_ID = sql`'order_' || replace(gen_random_uuid()::text, '-', '')`
const NEW_CUSTOMER_ID = sql`'cus_' || upper(replace(gen_random_uuid()::text, '-', ''))`
const IN_LAST_HOUR = (now: Date): Sql =>
  sql`${now}::timestamptz - interval '1 hour' * random()`

/** Shares of the customers touched by each kind of change, in percent. */
const SHARE = {
  ordered: 0.4,
  canceled: 0.2,
  drafted: 0.1,
  deleted: 0.05,
  joined: 0.25,
}

function newOrders(now: Date, percent: number, draft: boolean): Sql {
  return sql`
    INSERT INTO segment_order_fact
      (id, customer_id, placed_at, total, raw_total, currency_code,
       is_canceled, is_draft)
    SELECT ${NEW_ORDER_ID}, c.id, ${IN_LAST_HOUR(now)}, 42,
           jsonb_build_object('value', '42', 'precision', 20), 'eur',
           false, ${draft}
    FROM segment_customer_fact c TABLESAMPLE BERNOULLI (${percent}::real)
    WHERE c.is_deleted = false`
}

/** Cancels the latest placed order of a sample of customers. */
function cancellations(percent: number): Sql {
  return sql`
    UPDATE segment_order_fact o
    SET is_canceled = true, updated_at = now()
    FROM (
      SELECT DISTINCT ON (l.customer_id) l.id
      FROM segment_customer_fact c TABLESAMPLE BERNOULLI (${percent}::real)
      JOIN segment_order_fact l ON l.customer_id = c.id
       AND l.is_canceled = false AND l.is_draft = false
       AND l.deleted_at IS NULL
      ORDER BY l.customer_id, l.placed_at DESC
    ) latest
    WHERE o.id = latest.id`
}

function deletions(percent: number): Sql {
  return sql`
    UPDATE segment_customer_fact
    SET is_deleted = true, updated_at = now()
    WHERE id IN (
      SELECT id FROM segment_customer_fact
      TABLESAMPLE BERNOULLI (${percent}::real)
      WHERE is_deleted = false)`
}

/** New customers of the last hour; about half of them order at once. */
function newCustomers(now: Date, count: number, round: number): Sql {
  return sql`
    WITH joined AS (
      INSERT INTO segment_customer_fact
        (id, email, has_account, registered_at, is_deleted)
      SELECT ${NEW_CUSTOMER_ID},
             'new-' || ${round}::int || '-' || i || '@example.com',
             random() < 0.75, ${IN_LAST_HOUR(now)}, false
      FROM generate_series(1, ${count}::int) AS i
      RETURNING id, registered_at
    )
    INSERT INTO segment_order_fact
      (id, customer_id, placed_at, total, raw_total, currency_code,
       is_canceled, is_draft)
    SELECT ${NEW_ORDER_ID}, j.id,
           j.registered_at + (${now}::timestamptz - j.registered_at) * random(),
           42, jsonb_build_object('value', '42', 'precision', 20), 'eur',
           false, false
    FROM joined j
    WHERE random() < 0.5`
}

export type Churn = {
  ordered: number
  canceled: number
  drafted: number
  deleted: number
  joined: number
}

export async function applyChurn(
  db: Db,
  customers: number,
  now: Date,
  round: number
): Promise<Churn> {
  const joined = Math.ceil((customers * SHARE.joined) / 100)
  const [ordered, canceled, drafted, deleted] = await db.bulk([
    newOrders(now, SHARE.ordered, false),
    cancellations(SHARE.canceled),
    newOrders(now, SHARE.drafted, true),
    deletions(SHARE.deleted),
    newCustomers(now, joined, round),
  ])
  return { ordered, canceled, drafted, deleted, joined }
}

/**
 * The facts change an event reports for one customer: a new order, a
 * cancellation, or nothing (a repeated event), in turn.
 */
export function touchCustomer(
  customerId: string,
  now: Date,
  turn: number
): Sql {
  switch (turn % 3) {
    case 0:
      return sql`
        INSERT INTO segment_order_fact
          (id, customer_id, placed_at, total, raw_total, currency_code,
           is_canceled, is_draft)
        VALUES (${NEW_ORDER_ID}, ${customerId},
                ${now}::timestamptz - interval '1 minute', 42,
                jsonb_build_object('value', '42', 'precision', 20), 'eur',
                false, false)`
    case 1:
      return sql`
        UPDATE segment_order_fact SET is_canceled = true, updated_at = now()
        WHERE id = (
          SELECT id FROM segment_order_fact
          WHERE customer_id = ${customerId} AND is_canceled = false
            AND is_draft = false AND deleted_at IS NULL
          ORDER BY placed_at DESC LIMIT 1)`
    default:
      return sql`SELECT 1`
  }
}
