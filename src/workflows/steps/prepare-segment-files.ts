import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_MODULE } from "../../modules/segment"
import {
  displayNameOf,
  refusalOf,
  storageNameOf,
} from "../../modules/segment/files"
import type SegmentModuleService from "../../modules/segment/service"

/** A file as an admin's browser sent it; `content` is base64. */
export type UploadedFile = {
  /** The name the browser sent: only ever shown, never used as a path. */
  filename: string
  mime_type: string
  content: string
}

export type PrepareSegmentFilesInput = {
  segment_id: string
  files: UploadedFile[]
}

/** What will be stored and recorded for one uploaded file. */
export type PlannedSegmentFile = {
  id: string
  /** The name the File Module stores the object under, made by the plugin. */
  storage_name: string
  name: string
  mime_type: string
  size: number
}

/** The number of bytes a base64 text decodes to, without decoding it. */
function decodedSize(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0
  return Math.floor((base64.length * 3) / 4) - padding
}

export const prepareSegmentFilesStepId = "prepare-segment-files"

/**
 * Checks an upload before anything is stored: the segment exists, and every
 * file is of an allowed type, within the size limit and not empty. Then it
 * names each file: a display name cleaned of what can't be shown, and a
 * storage name of the plugin's own making.
 */
export const prepareSegmentFilesStep = createStep(
  prepareSegmentFilesStepId,
  async (input: PrepareSegmentFilesInput, { container }) => {
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    await segments.retrieveSegment(input.segment_id, { select: ["id"] })

    if (!input.files.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "No files were uploaded: send them as multipart/form-data in the field 'files'"
      )
    }

    const rules = segments.getOptions()
    const planned = input.files.map((file): PlannedSegmentFile => {
      const mimeType = file.mime_type.trim().toLowerCase()
      const name = displayNameOf(file.filename, mimeType)
      const size = decodedSize(file.content)
      const refusal = refusalOf({ name, mime_type: mimeType, size }, rules)
      if (refusal) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
      }
      const id = generateEntityId(undefined, "segfile")
      return {
        id,
        storage_name: storageNameOf(id, mimeType),
        name,
        mime_type: mimeType,
        size,
      }
    })
    return new StepResponse(planned)
  }
)
