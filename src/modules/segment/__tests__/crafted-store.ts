import type { CustomerFactInput, OrderFactInput } from "../statements/facts"

/**
 * A small store built to sit on every boundary of the predefined segments,
 * seen from a fixed moment `NOW`. Each customer lists the segments it must be
 * in; the expectations below are written by hand from DESIGN.md, not computed.
 */
export const NOW = new Date("2026-06-01T12:00:00.000Z")

const DAY = 24 * 60 * 60 * 1000
const SECOND = 1000

export const ago = (ms: number): Date => new Date(NOW.getTime() - ms)

type CraftedCustomer = {
  fact: Omit<CustomerFactInput, "email" | "first_name" | "last_name">
  orders: Omit<
    OrderFactInput,
    "id" | "customer_id" | "total" | "currency_code"
  >[]
  segments: string[]
}

const placed = (at: Date) => ({
  placed_at: at,
  is_canceled: false,
  is_draft: false,
})

const account = (id: string, registeredAt: Date) => ({
  id,
  has_account: true,
  registered_at: registeredAt,
  is_deleted: false,
})

const LONG_AGO = ago(400 * DAY)
const NON_PURCHASERS = ["non-purchasers-180d", "non-purchasers-90d"]
const LEAD = [...NON_PURCHASERS, "all-leads"]

export const CRAFTED_CUSTOMERS: CraftedCustomer[] = [
  {
    fact: account("cus_recent", LONG_AGO),
    orders: [placed(ago(10 * DAY))],
    segments: [
      "orders-180d",
      "orders-120d",
      "orders-90d",
      "orders-30d",
      "all-customers",
    ],
  },
  {
    fact: account("cus_at_30d", LONG_AGO),
    orders: [placed(ago(30 * DAY))],
    segments: [
      "orders-180d",
      "orders-120d",
      "orders-90d",
      "orders-30d",
      "all-customers",
    ],
  },
  {
    fact: account("cus_past_30d", LONG_AGO),
    orders: [placed(ago(30 * DAY + SECOND))],
    segments: ["orders-180d", "orders-120d", "orders-90d", "all-customers"],
  },
  {
    fact: account("cus_at_90d", LONG_AGO),
    orders: [placed(ago(90 * DAY))],
    segments: ["orders-180d", "orders-120d", "orders-90d", "all-customers"],
  },
  {
    fact: account("cus_past_90d", LONG_AGO),
    orders: [placed(ago(90 * DAY + SECOND))],
    segments: [
      "non-purchasers-90d",
      "orders-180d",
      "orders-120d",
      "all-customers",
    ],
  },
  {
    fact: account("cus_at_120d", LONG_AGO),
    orders: [placed(ago(120 * DAY))],
    segments: [
      "non-purchasers-90d",
      "orders-180d",
      "orders-120d",
      "all-customers",
    ],
  },
  {
    fact: account("cus_past_120d", LONG_AGO),
    orders: [placed(ago(120 * DAY + SECOND))],
    segments: ["non-purchasers-90d", "orders-180d", "all-customers"],
  },
  {
    fact: account("cus_at_180d", LONG_AGO),
    orders: [placed(ago(180 * DAY))],
    segments: ["non-purchasers-90d", "orders-180d", "all-customers"],
  },
  {
    fact: account("cus_past_180d", LONG_AGO),
    orders: [placed(ago(180 * DAY + SECOND))],
    segments: [...NON_PURCHASERS, "all-customers"],
  },
  {
    // A recent canceled order doesn't count; an old placed one does.
    fact: account("cus_canceled_recent", LONG_AGO),
    orders: [
      { ...placed(ago(5 * DAY)), is_canceled: true },
      placed(ago(200 * DAY)),
    ],
    segments: [...NON_PURCHASERS, "all-customers"],
  },
  {
    fact: account("cus_only_canceled", LONG_AGO),
    orders: [{ ...placed(ago(5 * DAY)), is_canceled: true }],
    segments: LEAD,
  },
  {
    fact: account("cus_only_draft", LONG_AGO),
    orders: [{ ...placed(ago(5 * DAY)), is_draft: true }],
    segments: LEAD,
  },
  {
    fact: { ...account("cus_deleted", ago(5 * DAY)), is_deleted: true },
    orders: [placed(ago(5 * DAY))],
    segments: [],
  },
  {
    // A guest who checked out: a customer and a buyer, never "new" (no account).
    fact: { ...account("cus_guest_buyer", ago(5 * DAY)), has_account: false },
    orders: [placed(ago(5 * DAY))],
    segments: [
      "orders-180d",
      "orders-120d",
      "orders-90d",
      "orders-30d",
      "all-customers",
    ],
  },
  {
    fact: { ...account("cus_guest", ago(5 * DAY)), has_account: false },
    orders: [],
    segments: LEAD,
  },
  {
    fact: account("cus_new_now", NOW),
    orders: [],
    segments: [...LEAD, "new-customers-90d", "new-customers-30d"],
  },
  {
    fact: account("cus_new_at_30d", ago(30 * DAY)),
    orders: [],
    segments: [...LEAD, "new-customers-90d", "new-customers-30d"],
  },
  {
    fact: account("cus_new_past_30d", ago(30 * DAY + SECOND)),
    orders: [],
    segments: [...LEAD, "new-customers-90d"],
  },
  {
    fact: account("cus_new_at_90d", ago(90 * DAY)),
    orders: [],
    segments: [...LEAD, "new-customers-90d"],
  },
  {
    fact: account("cus_new_past_90d", ago(90 * DAY + SECOND)),
    orders: [],
    segments: LEAD,
  },
]

export function customerFacts(): CustomerFactInput[] {
  return CRAFTED_CUSTOMERS.map(({ fact }) => ({
    ...fact,
    email: `${fact.id}@example.com`,
    first_name: null,
    last_name: null,
  }))
}

export function orderFacts(): OrderFactInput[] {
  return CRAFTED_CUSTOMERS.flatMap(({ fact, orders }) =>
    orders.map((order, i) => ({
      ...order,
      id: `order_${fact.id}_${i}`,
      customer_id: fact.id,
      total: "10.50",
      currency_code: "gbp",
    }))
  )
}

/** The members each segment must have, from the lists above. */
export function expectedMembers(handle: string): string[] {
  return CRAFTED_CUSTOMERS.filter(({ segments }) => segments.includes(handle))
    .map(({ fact }) => fact.id)
    .sort()
}
