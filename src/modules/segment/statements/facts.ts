import { sql, textArray, type Sql } from "../rules/sql"

/** A customer as the facts keep it; `registered_at` is its `created_at`. */
export type CustomerFactInput = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  has_account: boolean
  registered_at: Date | string
  is_deleted: boolean
}

/** An order as the facts keep it; `placed_at` is its `created_at`. */
export type OrderFactInput = {
  id: string
  customer_id: string | null
  placed_at: Date | string
  total: number | string
  currency_code: string
  is_canceled: boolean
  is_draft: boolean
}

/**
 * Inserts or refreshes many customer facts in one statement: the rows travel
 * as one JSON parameter, so a batch costs one round trip.
 */
export function upsertCustomerFacts(rows: CustomerFactInput[]): Sql {
  return sql`
    INSERT INTO segment_customer_fact
      (id, email, first_name, last_name, has_account, registered_at, is_deleted)
    SELECT r.id, r.email, r.first_name, r.last_name, r.has_account,
           r.registered_at, r.is_deleted
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
      id text, email text, first_name text, last_name text,
      has_account boolean, registered_at timestamptz, is_deleted boolean)
    ON CONFLICT (id) DO UPDATE SET
      email = excluded.email,
      first_name = excluded.first_name,
      last_name = excluded.last_name,
      has_account = excluded.has_account,
      registered_at = excluded.registered_at,
      is_deleted = excluded.is_deleted,
      updated_at = now()
    WHERE (segment_customer_fact.email, segment_customer_fact.first_name,
           segment_customer_fact.last_name, segment_customer_fact.has_account,
           segment_customer_fact.registered_at, segment_customer_fact.is_deleted)
      IS DISTINCT FROM
          (excluded.email, excluded.first_name, excluded.last_name,
           excluded.has_account, excluded.registered_at, excluded.is_deleted)`
}

/** Inserts or refreshes many order facts in one statement. */
export function upsertOrderFacts(rows: OrderFactInput[]): Sql {
  const json = JSON.stringify(
    rows.map((row) => ({ ...row, total: String(row.total) }))
  )
  return sql`
    INSERT INTO segment_order_fact
      (id, customer_id, placed_at, total, raw_total, currency_code,
       is_canceled, is_draft)
    SELECT r.id, r.customer_id, r.placed_at, r.total::numeric,
           jsonb_build_object('value', r.total, 'precision', 20),
           r.currency_code, r.is_canceled, r.is_draft
    FROM jsonb_to_recordset(${json}::jsonb) AS r(
      id text, customer_id text, placed_at timestamptz, total text,
      currency_code text, is_canceled boolean, is_draft boolean)
    ON CONFLICT (id) DO UPDATE SET
      customer_id = excluded.customer_id,
      placed_at = excluded.placed_at,
      total = excluded.total,
      raw_total = excluded.raw_total,
      currency_code = excluded.currency_code,
      is_canceled = excluded.is_canceled,
      is_draft = excluded.is_draft,
      deleted_at = NULL,
      updated_at = now()
    WHERE (segment_order_fact.customer_id, segment_order_fact.placed_at,
           segment_order_fact.total, segment_order_fact.currency_code,
           segment_order_fact.is_canceled, segment_order_fact.is_draft,
           segment_order_fact.deleted_at)
      IS DISTINCT FROM
          (excluded.customer_id, excluded.placed_at, excluded.total,
           excluded.currency_code, excluded.is_canceled, excluded.is_draft,
           NULL::timestamptz)`
}

/** Marks the facts of customers that no longer exist as deleted. */
export function markCustomerFactsDeleted(ids: string[]): Sql {
  return sql`
    UPDATE segment_customer_fact SET is_deleted = true, updated_at = now()
    WHERE id = ANY(${textArray(ids)}) AND is_deleted = false`
}

/** Marks the facts of orders that no longer exist as deleted. */
export function markOrderFactsDeleted(ids: string[]): Sql {
  return sql`
    UPDATE segment_order_fact SET deleted_at = now(), updated_at = now()
    WHERE id = ANY(${textArray(ids)}) AND deleted_at IS NULL`
}

/** The customers the facts attribute these orders to. */
export function customersOfOrderFacts(orderIds: string[]): Sql {
  return sql`
    SELECT DISTINCT customer_id FROM segment_order_fact
    WHERE id = ANY(${textArray(orderIds)}) AND customer_id IS NOT NULL`
}

/** Those of these customers the facts hold a row for. */
export function knownCustomers(ids: string[]): Sql {
  return sql`
    SELECT id FROM segment_customer_fact WHERE id = ANY(${textArray(ids)})`
}
