import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { attachSegmentFilesStep } from "./steps/attach-segment-files"
import { checkFileUrlsStep } from "./steps/check-file-urls"
import {
  prepareSegmentFilesStep,
  type UploadedFile,
} from "./steps/prepare-segment-files"

export type UploadSegmentFilesInput = {
  segment_id: string
  /** The admin who uploaded the files. */
  actor_id: string | null
  files: UploadedFile[]
}

/**
 * Uploads files to a segment: checks them, stores them through the File
 * Module (whatever provider the app configured) under names the plugin
 * makes, then records them with a `file_uploaded` entry each. When the
 * records can't be written, the stored objects are deleted again, so a
 * failed upload leaves nothing behind. Answers the new files' ids.
 */
export const uploadSegmentFilesWorkflow = createWorkflow(
  "upload-segment-files",
  (input: UploadSegmentFilesInput) => {
    const planned = prepareSegmentFilesStep({
      segment_id: input.segment_id,
      files: input.files,
    })

    const uploads = transform({ input, planned }, ({ input, planned }) => ({
      files: planned.map((file, i) => ({
        filename: file.storage_name,
        mimeType: file.mime_type,
        content: input.files[i].content,
        // NOTE: stored as public, like Medusa's own admin uploads: whoever
        // has a file's URL can fetch it, and the portal hands URLs only to
        // the segment's members. Private files would need presigned URLs,
        // which the local provider can't make.
        access: "public" as const,
      })),
    }))
    const stored = uploadFilesStep(uploads)

    const urls = transform({ stored }, ({ stored }) =>
      stored.map((file) => file.url)
    )
    checkFileUrlsStep(urls)

    const files = transform({ planned, stored }, ({ planned, stored }) =>
      planned.map((file, i) => ({
        id: file.id,
        file_id: stored[i].id,
        name: file.name,
        url: stored[i].url,
        mime_type: file.mime_type,
        size: file.size,
      }))
    )
    const ids = attachSegmentFilesStep({
      segment_id: input.segment_id,
      actor_id: input.actor_id,
      files,
    })

    return new WorkflowResponse(ids)
  }
)
