import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshCustomerSegmentsWorkflow } from "../workflows/refresh-customer-segments"

/**
 * A cart was created or changed. A cart given an e-mail creates a guest
 * customer for it, and Medusa emits no `customer.created` for that one: this
 * is where a shopper who leaves at checkout becomes a lead.
 */
export default async function refreshSegmentsOnCartChange({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>): Promise<void> {
  await refreshCustomerSegmentsWorkflow(container).run({
    input: { cart_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  event: ["cart.created", "cart.updated", "cart.customer_transferred"],
}
