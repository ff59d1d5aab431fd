import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  updateSegmentFileStep,
  type UpdateSegmentFileStepInput,
} from "./steps/update-segment-file"

export type UpdateSegmentFileWorkflowInput = UpdateSegmentFileStepInput

/**
 * Renames one of a segment's files or shows it in (hides it from) the
 * customer portal, with a history entry per change.
 */
export const updateSegmentFileWorkflow = createWorkflow(
  "update-segment-file",
  (input: UpdateSegmentFileWorkflowInput) => {
    const edit = updateSegmentFileStep(input)
    return new WorkflowResponse(edit)
  }
)
