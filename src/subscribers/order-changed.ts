import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshCustomerSegmentsWorkflow } from "../workflows/refresh-customer-segments"

/**
 * An order was placed (cart completion, draft order conversion), changed or
 * canceled: refresh its facts and re-evaluate its customer against every
 * segment.
 *
 * NOTE: Medusa 2.21 emits no event when an order transfer is accepted or an
 * order is moved to a guest, nor when a draft order creates a guest customer
 * for its e-mail. The nightly reconcile job picks those changes up; until
 * then the order still counts for its former customer.
 */
export default async function refreshSegmentsOnOrderChange({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>): Promise<void> {
  await refreshCustomerSegmentsWorkflow(container).run({
    input: { order_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled", "order.updated"],
}
