import type { Rule } from "./rules/schema"

export type PredefinedSegment = {
  handle: string
  name: string
  description: string
  rule: Rule
}

const nonPurchasers = (days: number): PredefinedSegment => ({
  handle: `non-purchasers-${days}d`,
  name: `Customer Non-purchasers (Last ${days} days)`,
  description: `All customers who have not placed an order in the last ${days} days, including those who never ordered.`,
  rule: { type: "order_recency", op: "not_within", days },
})

const orders = (days: number): PredefinedSegment => ({
  handle: `orders-${days}d`,
  name: `Customer Orders (Last ${days} days)`,
  description: `All customers who have placed an order in the last ${days} days.`,
  rule: { type: "order_recency", op: "within", days },
})

const newCustomers = (days: number): PredefinedSegment => ({
  handle: `new-customers-${days}d`,
  name: `New Customers (${days} days)`,
  description: `All customers who created an account in the last ${days} days.`,
  rule: {
    all: [
      { type: "has_account", value: true },
      { type: "account_age", op: "within", days },
    ],
  },
})

/** The ten segments every store gets, from lapsed customers to all of them. */
export const PREDEFINED_SEGMENTS: PredefinedSegment[] = [
  nonPurchasers(180),
  nonPurchasers(90),
  orders(180),
  orders(120),
  orders(90),
  orders(30),
  newCustomers(90),
  newCustomers(30),
  {
    handle: "all-leads",
    name: "All Leads",
    description: "All customers who have never placed an order.",
    rule: { type: "order_count", op: "eq", value: 0 },
  },
  {
    handle: "all-customers",
    name: "All Customers",
    description: "All customers who have placed at least one order.",
    rule: { type: "order_count", op: "gte", value: 1 },
  },
]
