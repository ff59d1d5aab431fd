import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createHistoryEntriesStep } from "./steps/create-history-entries"
import { recomputeSegmentStep } from "./steps/recompute-segment"

export type RecomputeSegmentInput = {
  segment_id: string
  /** The admin who pressed "Update Segment"; omitted for the scheduled job. */
  actor_id?: string | null
}

/**
 * "Update Segment": recomputes the members of one segment and records who
 * did it and how many customers joined and left.
 */
export const recomputeSegmentWorkflow = createWorkflow(
  "recompute-segment",
  (input: RecomputeSegmentInput) => {
    const result = recomputeSegmentStep(input.segment_id)

    // An admin's click is always recorded; a scheduled refresh only when it
    // changed the members, so the history stays readable.
    const entries = transform({ input, result }, ({ input, result }) =>
      input.actor_id || result.joined || result.left
        ? [
            {
              segment_id: input.segment_id,
              actor_id: input.actor_id ?? null,
              action: "recomputed",
              details: {
                joined: result.joined,
                left: result.left,
                member_count: result.member_count,
                duration_ms: result.duration_ms,
              },
            },
          ]
        : []
    )
    createHistoryEntriesStep(entries)

    return new WorkflowResponse(result)
  }
)
