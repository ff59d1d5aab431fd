import {
  createWorkflow,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recomputeSegmentWorkflow } from "./recompute-segment"
import {
  updateSegmentStep,
  type UpdateSegmentStepInput,
} from "./steps/update-segment"

export type UpdateSegmentWorkflowInput = UpdateSegmentStepInput

/**
 * Renames, describes, activates or deactivates a segment, with history. A
 * segment that is activated again is recomputed at once: events skipped it
 * while it was inactive, so its members are out of date.
 */
export const updateSegmentWorkflow = createWorkflow(
  "update-segment",
  (input: UpdateSegmentWorkflowInput) => {
    const edit = updateSegmentStep(input)

    when({ edit }, ({ edit }) => {
      return edit.before.status !== "active" && edit.after.status === "active"
    }).then(() => {
      recomputeSegmentWorkflow.runAsStep({
        input: { segment_id: input.id, actor_id: input.actor_id },
      })
    })

    return new WorkflowResponse(edit.after)
  }
)
