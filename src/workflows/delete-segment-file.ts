import { deleteFilesStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  removeSegmentFileStep,
  type RemoveSegmentFileInput,
} from "./steps/remove-segment-file"

/**
 * Deletes one of a segment's files: first its record, with a `file_deleted`
 * entry, then the stored object in the File Module. In that order a storage
 * that fails puts the record back, and the file is still there to delete
 * again; the other way round would leave a record of a file that is gone.
 */
export const deleteSegmentFileWorkflow = createWorkflow(
  "delete-segment-file",
  (input: RemoveSegmentFileInput) => {
    const removed = removeSegmentFileStep(input)

    const storedIds = transform({ removed }, ({ removed }) => [removed.file_id])
    deleteFilesStep(storedIds)

    return new WorkflowResponse(removed)
  }
)
