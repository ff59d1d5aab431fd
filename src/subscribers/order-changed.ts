import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshCustomerSegmentsWorkflow } from "../workflows/refresh-customer-segments"

/**
 * An order was placed (cart completion, draft order conversion) or canceled:
 * refresh its facts and re-evaluate its customer against every segment.
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
