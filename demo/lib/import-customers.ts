import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { backdateCustomers } from "./backdate"
import { progressBar } from "./progress"

const BATCH_SIZE = 1000

export function customerEmail(customerId: string): string {
  return `customer-${customerId}@example.com`
}

/**
 * Creates one registered customer per CustomerID through the customer module,
 * then moves its `created_at` to its first invoice. Returns the Medusa id of
 * each CustomerID.
 */
export async function importCustomers(
  container: MedusaContainer,
  firstInvoiceAt: Map<string, number>,
  shiftMs: number
): Promise<Map<string, string>> {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const entries = [...firstInvoiceAt.entries()]
  const ids = new Map<string, string>()
  const bar = progressBar("Customers", entries.length)

  for (let start = 0; start < entries.length; start += BATCH_SIZE) {
    const batch = entries.slice(start, start + BATCH_SIZE)
    const created = await customerModule.createCustomers(
      batch.map(([customerId]) => ({
        email: customerEmail(customerId),
        has_account: true,
        metadata: { online_retail_customer_id: customerId },
      }))
    )
    const idByEmail = new Map(created.map((c) => [c.email, c.id]))

    const times = batch.map(([customerId, firstAt]) => {
      const id = idByEmail.get(customerEmail(customerId))
      if (!id) {
        throw new Error(`Customer ${customerId} was not created`)
      }
      ids.set(customerId, id)
      return { id, created_at: new Date(firstAt + shiftMs).toISOString() }
    })
    await backdateCustomers(pg, times)
    bar.increment(batch.length)
  }
  bar.stop()
  return ids
}
