import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshCustomerSegmentsWorkflow } from "../workflows/refresh-customer-segments"

/**
 * A customer signed up, changed (e.g. registered after a guest checkout) or
 * was deleted: refresh their facts and re-evaluate them against every segment.
 */
export default async function refreshSegmentsOnCustomerChange({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>): Promise<void> {
  await refreshCustomerSegmentsWorkflow(container).run({
    input: { customer_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  event: ["customer.created", "customer.updated", "customer.deleted"],
}
