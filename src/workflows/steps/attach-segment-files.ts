import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_MODULE } from "../../modules/segment"
import type {
  AttachedFiles,
  NewSegmentFile,
} from "../../modules/segment/file-edits"
import type SegmentModuleService from "../../modules/segment/service"

export type AttachSegmentFilesInput = {
  segment_id: string
  actor_id: string | null
  files: NewSegmentFile[]
}

export const attachSegmentFilesStepId = "attach-segment-files"

/**
 * Records stored files as files of a segment, with their history entries;
 * both are removed again when a later step fails.
 */
export const attachSegmentFilesStep = createStep(
  attachSegmentFilesStepId,
  async (input: AttachSegmentFilesInput, { container }) => {
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    const attached = await segments.attachFiles(
      input.segment_id,
      input.files,
      input.actor_id
    )
    return new StepResponse<string[], AttachedFiles>(
      attached.file_ids,
      attached
    )
  },
  async (attached, { container }) => {
    if (!attached) {
      return
    }
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    await segments.detachFiles(attached)
  }
)
