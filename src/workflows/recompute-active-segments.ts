import type { MedusaContainer } from "@medusajs/framework/types"
import { SEGMENT_MODULE } from "../modules/segment"
import type SegmentModuleService from "../modules/segment/service"
import { recomputeSegmentWorkflow } from "./recompute-segment"

/**
 * Runs the recompute workflow for each segment, one at a time so a big store
 * doesn't run ten heavy statements at once. By default: every active segment.
 */
export async function recomputeSegments(
  container: MedusaContainer,
  segmentIds?: string[]
): Promise<void> {
  const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
  const ids =
    segmentIds ??
    (await segments.listSegments({ status: "active" }, { select: ["id"] })).map(
      (segment) => segment.id
    )
  for (const id of ids) {
    await recomputeSegmentWorkflow(container).run({
      input: { segment_id: id, actor_id: null },
    })
  }
}
