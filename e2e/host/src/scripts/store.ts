/**
 * The small store the end-to-end test runs on: who the customers are, when
 * each signed up and when each ordered, in days before the seed runs. Every
 * time is at least ten days away from a segment window's edge (30, 90, 120,
 * 180 days), so the minutes between the seed and the test move no one.
 *
 * The test's expected segment counts are worked out by hand from this table
 * (e2e/tests/expected.ts); change one and change the other.
 */
export type StoreOrder = {
  days_ago: number
  /** A canceled order or a draft is no placed order. */
  state?: "canceled" | "draft"
}

export type StoreCustomer = {
  email: string
  first_name: string
  last_name: string
  /** A registered customer, or a guest who checked out without an account. */
  has_account: boolean
  created_days_ago: number
  orders: StoreOrder[]
  /** Soft-deleted after the seed: a member of no segment. */
  deleted?: boolean
}

const someone = (
  first_name: string,
  has_account: boolean,
  created_days_ago: number,
  orders: StoreOrder[]
): StoreCustomer => ({
  email: `${first_name.toLowerCase()}@example.com`,
  first_name,
  last_name: "Example",
  has_account,
  created_days_ago,
  orders,
})

const registered = (name: string, days: number, orders: StoreOrder[] = []) =>
  someone(name, true, days, orders)

const guest = (name: string, days: number, orders: StoreOrder[] = []) =>
  someone(name, false, days, orders)

export const STORE_CUSTOMERS: StoreCustomer[] = [
  // Customers whose latest placed order is ...
  // ... within 30 days:
  registered("Ava", 200, [{ days_ago: 250 }, { days_ago: 10 }]),
  guest("Ben", 20, [{ days_ago: 20 }]),
  // ... 30 to 90 days ago:
  registered("Cleo", 60, [{ days_ago: 50 }]),
  registered("Dan", 300, [
    { days_ago: 75 },
    { days_ago: 5, state: "canceled" },
  ]),
  // ... 90 to 120 days ago:
  registered("Eve", 400, [{ days_ago: 100 }]),
  // ... 120 to 180 days ago:
  guest("Finn", 150, [{ days_ago: 150 }]),
  // ... more than 180 days ago:
  registered("Gia", 500, [{ days_ago: 400 }, { days_ago: 200 }]),

  // Leads: no placed order, ever.
  registered("Hal", 10),
  registered("Ivy", 40),
  guest("Jay", 5),
  registered("Kim", 100, [{ days_ago: 15, state: "canceled" }]),
  registered("Lou", 250, [{ days_ago: 8, state: "draft" }]),
  registered("Max", 365),
  guest("Nia", 130),
  registered("Oto", 700),

  // A recent customer who has since been deleted.
  { ...registered("Pat", 10, [{ days_ago: 3 }]), deleted: true },
]
