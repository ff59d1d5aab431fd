import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_MODULE } from "../../modules/segment"
import type { RemovedSegmentFile } from "../../modules/segment/file-edits"
import type SegmentModuleService from "../../modules/segment/service"

export type RemoveSegmentFileInput = {
  segment_id: string
  file_id: string
  actor_id: string | null
}

export const removeSegmentFileStepId = "remove-segment-file"

/**
 * Takes a file off its segment, with a `file_deleted` entry; put back, and
 * the entry removed, when its stored object can't be deleted.
 */
export const removeSegmentFileStep = createStep(
  removeSegmentFileStepId,
  async (input: RemoveSegmentFileInput, { container }) => {
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    const removed = await segments.removeSegmentFile(
      input.segment_id,
      input.file_id,
      input.actor_id
    )
    return new StepResponse<RemovedSegmentFile, RemovedSegmentFile>(
      removed,
      removed
    )
  },
  async (removed, { container }) => {
    if (!removed) {
      return
    }
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    await segments.restoreRemovedSegmentFile(removed)
  }
)
