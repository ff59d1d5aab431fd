import type { ExecArgs } from "@medusajs/framework/types"
import { backfillSegmentFactsWorkflow } from "../workflows/backfill-segment-facts"
import { recomputeSegments } from "../workflows/recompute-active-segments"

/**
 * Fills the segment facts of an existing store and computes every active
 * segment. Run once after installing the plugin:
 *   npx medusa exec ./node_modules/medusa-customer-segments/.medusa/server/src/scripts/backfill-segment-facts.js
 */
export default async function backfillSegmentFacts({
  container,
}: ExecArgs): Promise<void> {
  const logger = container.resolve("logger")
  const { result } = await backfillSegmentFactsWorkflow(container).run({
    input: {},
  })
  logger.info(
    `Segment facts backfilled: ${result.customers} customers, ${result.orders} orders`
  )

  await recomputeSegments(container)
}
