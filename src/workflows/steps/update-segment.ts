import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_MODULE } from "../../modules/segment"
import type { SegmentChanges, SegmentEdit } from "../../modules/segment/edits"
import type SegmentModuleService from "../../modules/segment/service"

export type UpdateSegmentInput = { id: string } & SegmentChanges

export type UpdateSegmentStepInput = UpdateSegmentInput & {
  actor_id: string | null
}

export const updateSegmentStepId = "update-segment"

/**
 * Changes a segment's name, description or status and records each change in
 * its history, in one transaction; undone, history too, when a later step
 * fails.
 */
export const updateSegmentStep = createStep(
  updateSegmentStepId,
  async (
    { id, actor_id, ...changes }: UpdateSegmentStepInput,
    { container }
  ) => {
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    const edit = await segments.editSegment(id, changes, actor_id)
    return new StepResponse<SegmentEdit, SegmentEdit>(edit, edit)
  },
  async (edit, { container }) => {
    if (!edit) {
      return
    }
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    await segments.revertSegmentEdit(edit)
  }
)
