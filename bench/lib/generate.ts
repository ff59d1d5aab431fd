import { sql, trusted, type Sql } from "../../src/modules/segment/rules/sql"
import type { Db } from "./db"

/**
 * A synthetic store written straight into the fact tables with set-based SQL:
 * no row passes through Node, so 1,000,000 customers cost what Postgres needs.
 *
 * - customers registered over ~3 years, more of them recently (a growing
 *   store); a quarter are guests without an account, 2% are deleted;
 * - 5 orders per customer on average, over ~2 years and skewed to recent
 *   ones, never before the customer registered; 5% canceled, 2% drafts;
 * - only customers whose number ends in 1..7 ever order (some much more than
 *   others): the other 30% are leads with no order at all.
 */
export const ORDERS_PER_CUSTOMER = 5

/**
 * Ids in creation order, as Medusa's ULIDs are: `cus_` and 26 characters for
 * customer number `i` (an SQL integer expression), `order_` for orders.
 */
function customerId(i: Sql): Sql {
  return sql`'cus_' || lpad(upper(to_hex(${i})), 26, '0')`
}

function orderId(j: Sql): Sql {
  return sql`'order_' || lpad(upper(to_hex(${j})), 26, '0')`
}

function insertCustomers(customers: number, now: Date): Sql {
  return sql`
    INSERT INTO segment_customer_fact
      (id, email, first_name, last_name, has_account, registered_at,
       is_deleted)
    SELECT ${customerId(sql`i`)},
           'customer' || i || '@example.com',
           'First' || (i % 1000),
           'Last' || (i % 997),
           random() < 0.75,
           ${now}::timestamptz - interval '1095 days' * power(random(), 1.3),
           random() < 0.02
    FROM generate_series(1, ${customers}::int) AS i`
}

/**
 * Order `j` goes to buyer number `rank` (a skewed draw: low ranks buy often);
 * buyer `rank` is customer `rank / 7 * 10 + rank % 7 + 1`, whose number ends
 * in 1..7.
 */
function insertOrders(customers: number, now: Date): Sql {
  const buyers = Math.floor(customers / 10) * 7
  const orders = customers * ORDERS_PER_CUSTOMER
  return sql`
    INSERT INTO segment_order_fact
      (id, customer_id, placed_at, total, raw_total, currency_code,
       is_canceled, is_draft)
    SELECT ${orderId(sql`o.j`)},
           c.id,
           CASE WHEN o.at >= c.registered_at THEN o.at
                ELSE c.registered_at
                     + (${now}::timestamptz - c.registered_at) * o.late
           END,
           o.total,
           jsonb_build_object('value', o.total::text, 'precision', 20),
           CASE WHEN o.j % 4 = 0 THEN 'usd' ELSE 'eur' END,
           o.fate < 0.05,
           o.fate >= 0.05 AND o.fate < 0.07
    FROM (
      SELECT j,
             floor(${buyers}::int * power(random(), 3))::int AS rank,
             ${now}::timestamptz - interval '730 days' * power(random(), 1.2)
               AS at,
             random() AS late,
             round((5 + random() * 295)::numeric, 2) AS total,
             random() AS fate
      FROM generate_series(1, ${orders}::int) AS j
    ) o
    JOIN segment_customer_fact c
      ON c.id = ${customerId(sql`(o.rank / 7 * 10 + o.rank % 7 + 1)`)}`
}

export type StoreSize = { customers: number; orders: number }

type IndexDefinition = { drop: string; create: string }

/**
 * The secondary indexes of the fact tables as the migrations made them. A
 * bulk load drops them and builds them again afterwards (one sort each
 * instead of millions of random inserts); the text comes from the catalog.
 */
function secondaryIndexes(db: Db): Promise<IndexDefinition[]> {
  return db.rows<IndexDefinition>(sql`
    SELECT format('DROP INDEX %I.%I', i.schemaname, i.indexname) AS drop,
           i.indexdef AS create
    FROM pg_indexes i
    WHERE i.schemaname = current_schema()
      AND i.tablename IN ('segment_customer_fact', 'segment_order_fact')
      AND NOT EXISTS (
        SELECT 1 FROM pg_constraint k
        WHERE k.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`)
}

export async function generateStore(
  db: Db,
  customers: number,
  now: Date
): Promise<StoreSize> {
  const indexes = await secondaryIndexes(db)
  const counts = await db.bulk([
    ...indexes.map((index) => trusted(index.drop)),
    insertCustomers(customers, now),
    insertOrders(customers, now),
    ...indexes.map((index) => trusted(index.create)),
  ])
  const [customerRows, orderRows] = counts.slice(indexes.length)
  const rebuilt = await secondaryIndexes(db)
  if (rebuilt.length !== indexes.length) {
    throw new Error("the fact tables lost an index while loading")
  }
  await db.rows(sql`ANALYZE segment_customer_fact, segment_order_fact`)
  return { customers: customerRows, orders: orderRows }
}
