import type { MedusaContainer } from "@medusajs/framework/types"
import { SEGMENT_MODULE } from "../modules/segment"
import type SegmentModuleService from "../modules/segment/service"
import { recomputeSegments } from "../workflows/recompute-active-segments"

/**
 * Rolls the windows of the active segments forward: every minute it looks for
 * active segments not computed within the plugin's `refreshIntervalMinutes`
 * (hourly by default) and recomputes them. Inactive segments stay as they are.
 */
export default async function refreshStaleSegments(
  container: MedusaContainer
): Promise<void> {
  const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
  if (segments.getOptions().refreshIntervalMinutes <= 0) {
    return
  }
  const due = await segments.listSegmentsDueForRefresh()
  if (due.length) {
    await recomputeSegments(container, due)
  }
}

export const config = {
  name: "refresh-stale-segments",
  schedule: "* * * * *",
}
