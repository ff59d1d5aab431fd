import type { Condition, Rule } from "./schema"
import { join, sql, trusted, type Sql } from "./sql"

const DAY_MS = 24 * 60 * 60 * 1000

export const CUSTOMER_FACTS = trusted("segment_customer_fact")
export const ORDER_FACTS = trusted("segment_order_fact")

/**
 * Who a member select runs for: the whole customer base (a recompute) or one
 * customer (after an event). Both scopes share one compiled predicate, so the
 * two paths can't disagree about a customer.
 */
export type Scope = { customerId?: string }

function cutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS)
}

/** Placed orders of the customer `c`: not canceled, not a draft. */
function placedOrders(now: Date, withinDays?: number): Sql {
  const window =
    withinDays === undefined
      ? trusted("")
      : sql` AND o.placed_at >= ${cutoff(now, withinDays)}`
  return sql`SELECT 1 FROM ${ORDER_FACTS} o WHERE o.customer_id = c.id AND o.is_canceled = false AND o.is_draft = false AND o.deleted_at IS NULL${window}`
}

const COMPARATORS = { eq: "=", gte: ">=", lte: "<=", gt: ">", lt: "<" }

function compileOrderCount(
  condition: Extract<Condition, { type: "order_count" }>,
  now: Date
): Sql {
  const orders = placedOrders(now, condition.within_days)
  const { op, value } = condition
  // "at least one" and "none" are the common cases; EXISTS lets Postgres use
  // a semi or anti join instead of counting every order.
  if ((op === "gte" && value === 1) || (op === "gt" && value === 0)) {
    return sql`EXISTS (${orders})`
  }
  if (op === "eq" && value === 0) {
    return sql`NOT EXISTS (${orders})`
  }
  const counted = sql`SELECT count(*) FROM (${orders}) counted`
  return sql`(${counted}) ${trusted(COMPARATORS[op])} ${value}`
}

function compileCondition(condition: Condition, now: Date): Sql {
  switch (condition.type) {
    case "order_recency": {
      const orders = placedOrders(now, condition.days)
      return condition.op === "within"
        ? sql`EXISTS (${orders})`
        : sql`NOT EXISTS (${orders})`
    }
    case "order_count":
      return compileOrderCount(condition, now)
    case "account_age": {
      const since = cutoff(now, condition.days)
      return condition.op === "within"
        ? sql`c.registered_at >= ${since}`
        : sql`c.registered_at < ${since}`
    }
    case "has_account":
      return sql`c.has_account = ${condition.value}`
  }
}

/** The rule as a boolean SQL expression over the customer facts row `c`. */
export function compilePredicate(rule: Rule, now: Date): Sql {
  if ("all" in rule) {
    const parts = rule.all.map((child) => compilePredicate(child, now))
    return sql`(${join(parts, " AND ")})`
  }
  if ("any" in rule) {
    const parts = rule.any.map((child) => compilePredicate(child, now))
    return sql`(${join(parts, " OR ")})`
  }
  return compileCondition(rule, now)
}

/**
 * A statement selecting `customer_id` of every customer the rule admits at
 * `now`, in the given scope. Deleted customers are never members.
 */
export function compileMemberSelect(
  rule: Rule,
  now: Date,
  scope: Scope = {}
): Sql {
  const only =
    scope.customerId === undefined
      ? trusted("")
      : sql` AND c.id = ${scope.customerId}`
  return sql`SELECT c.id AS customer_id FROM ${CUSTOMER_FACTS} c WHERE c.is_deleted = false AND c.deleted_at IS NULL${only} AND ${compilePredicate(rule, now)}`
}
