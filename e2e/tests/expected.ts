/**
 * What the ten predefined segments must hold on the store of
 * e2e/host/src/scripts/store.ts, worked out by hand from that table and the
 * definitions in the README (a placed order is neither canceled nor a draft;
 * a deleted customer is in no segment; "new" needs an account).
 *
 *   customer  account  created  placed orders (days ago)  also
 *   Ava       yes      200      250, 10
 *   Ben       guest     20      20
 *   Cleo      yes       60      50
 *   Dan       yes      300      75                        canceled 5
 *   Eve       yes      400      100
 *   Finn      guest    150      150
 *   Gia       yes      500      400, 200
 *   Hal       yes       10      -
 *   Ivy       yes       40      -
 *   Jay       guest      5      -
 *   Kim       yes      100      -                         canceled 15
 *   Lou       yes      250      -                         draft 8
 *   Max       yes      365      -
 *   Nia       guest    130      -
 *   Oto       yes      700      -
 *   Pat       yes       10      3                         deleted
 */
export type ExpectedSegment = {
  handle: string
  name: string
  description: string
  /** The member count, as the list and the API show it. */
  count: number
  /** The members' first names (e-mail: first name, lower case, @example.com). */
  members: string[]
}

const LEADS = ["Hal", "Ivy", "Jay", "Kim", "Lou", "Max", "Nia", "Oto"]

export const EXPECTED_SEGMENTS: ExpectedSegment[] = [
  {
    handle: "non-purchasers-180d",
    count: 9,
    name: "Customer Non-purchasers (Last 180 days)",
    description:
      "All customers who have not placed an order in the last 180 days, including those who never ordered.",
    // Gia's latest order is 200 days old; the leads never ordered.
    members: ["Gia", ...LEADS],
  },
  {
    handle: "non-purchasers-90d",
    count: 11,
    name: "Customer Non-purchasers (Last 90 days)",
    description:
      "All customers who have not placed an order in the last 90 days, including those who never ordered.",
    members: ["Eve", "Finn", "Gia", ...LEADS],
  },
  {
    handle: "orders-180d",
    count: 6,
    name: "Customer Orders (Last 180 days)",
    description: "All customers who have placed an order in the last 180 days.",
    members: ["Ava", "Ben", "Cleo", "Dan", "Eve", "Finn"],
  },
  {
    handle: "orders-120d",
    count: 5,
    name: "Customer Orders (Last 120 days)",
    description: "All customers who have placed an order in the last 120 days.",
    members: ["Ava", "Ben", "Cleo", "Dan", "Eve"],
  },
  {
    handle: "orders-90d",
    count: 4,
    name: "Customer Orders (Last 90 days)",
    description: "All customers who have placed an order in the last 90 days.",
    members: ["Ava", "Ben", "Cleo", "Dan"],
  },
  {
    handle: "orders-30d",
    count: 2,
    name: "Customer Orders (Last 30 days)",
    description: "All customers who have placed an order in the last 30 days.",
    // Not Dan or Kim (canceled), Lou (a draft), Pat (deleted).
    members: ["Ava", "Ben"],
  },
  {
    handle: "new-customers-90d",
    count: 3,
    name: "New Customers (90 days)",
    description: "All customers who created an account in the last 90 days.",
    // Not Ben or Jay (guests), nor Pat (deleted).
    members: ["Cleo", "Hal", "Ivy"],
  },
  {
    handle: "new-customers-30d",
    count: 1,
    name: "New Customers (30 days)",
    description: "All customers who created an account in the last 30 days.",
    members: ["Hal"],
  },
  {
    handle: "all-leads",
    count: 8,
    name: "All Leads",
    description: "All customers who have never placed an order.",
    members: LEADS,
  },
  {
    handle: "all-customers",
    count: 7,
    name: "All Customers",
    description: "All customers who have placed at least one order.",
    members: ["Ava", "Ben", "Cleo", "Dan", "Eve", "Finn", "Gia"],
  },
]

/** Member counts by handle: no two segments alike, so no two can swap. */
export const EXPECTED_COUNTS: Record<string, number> = Object.fromEntries(
  EXPECTED_SEGMENTS.map((segment) => [segment.handle, segment.count])
)

export const emailOf = (firstName: string) =>
  `${firstName.toLowerCase()}@example.com`

/** The segments a customer of the store belongs to, by first name. */
export function segmentsOf(firstName: string): ExpectedSegment[] {
  return EXPECTED_SEGMENTS.filter((s) => s.members.includes(firstName))
}
