import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recomputeSegmentWorkflow } from "./recompute-segment"
import {
  createHistoryEntriesStep,
  type HistoryEntryInput,
} from "./steps/create-history-entries"
import {
  updateSegmentStep,
  type SegmentUpdate,
  type UpdateSegmentInput,
} from "./steps/update-segment"

export type UpdateSegmentWorkflowInput = UpdateSegmentInput & {
  actor_id: string | null
}

/** One history entry per field that actually changed. */
function historyOf(
  segmentId: string,
  actorId: string | null,
  { before, after }: SegmentUpdate
): HistoryEntryInput[] {
  const entries: HistoryEntryInput[] = []
  const entry = (action: string, details: Record<string, unknown>) =>
    entries.push({ segment_id: segmentId, actor_id: actorId, action, details })

  if (after.name !== before.name) {
    entry("renamed", { from: before.name, to: after.name })
  }
  if (after.description !== before.description) {
    entry("description_changed", {
      from: before.description,
      to: after.description,
    })
  }
  if (after.status !== before.status) {
    entry(after.status === "active" ? "activated" : "deactivated", {
      from: before.status,
      to: after.status,
    })
  }
  return entries
}

/**
 * Renames, describes, activates or deactivates a segment, with history. A
 * segment that is activated again is recomputed at once: events skipped it
 * while it was inactive, so its members are out of date.
 */
export const updateSegmentWorkflow = createWorkflow(
  "update-segment",
  (input: UpdateSegmentWorkflowInput) => {
    const changes = transform({ input }, ({ input }) => {
      const { actor_id: _actor, ...update } = input
      return update
    })
    const update = updateSegmentStep(changes)

    const entries = transform({ input, update }, ({ input, update }) =>
      historyOf(input.id, input.actor_id, update)
    )
    createHistoryEntriesStep(entries)

    when({ update }, ({ update }) => {
      return (
        update.before.status !== "active" && update.after.status === "active"
      )
    }).then(() => {
      recomputeSegmentWorkflow.runAsStep({
        input: { segment_id: input.id, actor_id: input.actor_id },
      })
    })

    return new WorkflowResponse(update.after)
  }
)
