import type { MedusaContainer } from "@medusajs/framework/types"
import { SEGMENT_MODULE } from "../modules/segment"
import type SegmentModuleService from "../modules/segment/service"
import { backfillSegmentFactsWorkflow } from "../workflows/backfill-segment-facts"
import { recomputeSegments } from "../workflows/recompute-active-segments"

/**
 * Heals the facts from what Medusa holds, so a missed event (a crash, an
 * import that emitted nothing) can't leave a segment wrong for long, then
 * recomputes the active segments.
 *
 * NOTE: the schedule is fixed (daily at 03:30) because a job's schedule is
 * read when the module is loaded, before plugin options are available.
 */
export default async function reconcileSegmentFacts(
  container: MedusaContainer
): Promise<void> {
  const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
  if (segments.getOptions().reconcileFacts === false) {
    return
  }
  await backfillSegmentFactsWorkflow(container).run({ input: {} })
  await recomputeSegments(container)
}

export const config = {
  name: "reconcile-segment-facts",
  schedule: "30 3 * * *",
}
