import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_MODULE } from "../../modules/segment"
import type {
  SegmentFileChanges,
  SegmentFileEdit,
} from "../../modules/segment/file-edits"
import type SegmentModuleService from "../../modules/segment/service"

export type UpdateSegmentFileStepInput = SegmentFileChanges & {
  segment_id: string
  file_id: string
  actor_id: string | null
}

export const updateSegmentFileStepId = "update-segment-file"

/**
 * Renames one of a segment's files or switches it in or out of the portal,
 * with a history entry per change; undone, history too, when a later step
 * fails.
 */
export const updateSegmentFileStep = createStep(
  updateSegmentFileStepId,
  async (
    { segment_id, file_id, actor_id, ...changes }: UpdateSegmentFileStepInput,
    { container }
  ) => {
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    const edit = await segments.editSegmentFile(
      segment_id,
      file_id,
      changes,
      actor_id
    )
    return new StepResponse<SegmentFileEdit, SegmentFileEdit>(edit, edit)
  },
  async (edit, { container }) => {
    if (!edit) {
      return
    }
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    await segments.revertSegmentFileEdit(edit)
  }
)
