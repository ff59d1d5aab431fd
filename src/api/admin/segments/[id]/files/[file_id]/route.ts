import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteSegmentFileWorkflow } from "../../../../../../workflows/delete-segment-file"
import { updateSegmentFileWorkflow } from "../../../../../../workflows/update-segment-file"
import { retrieveAdminSegment } from "../../../helpers"
import type {
  AdminSegmentFileDeleteResponse,
  AdminSegmentFileResponse,
} from "../../../types"
import type { AdminUpdateSegmentFileType } from "../../../validators"
import { assertFileId, retrieveAdminSegmentFiles } from "../helpers"

/**
 * Renames a segment's file or shows it in (hides it from) the customer
 * portal, with history. A file of another segment is not found.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSegmentFileType>,
  res: MedusaResponse<AdminSegmentFileResponse>
) => {
  const { id, file_id } = req.params
  await retrieveAdminSegment(req.scope, id)
  assertFileId(file_id)

  await updateSegmentFileWorkflow(req.scope).run({
    input: {
      segment_id: id,
      file_id,
      ...req.validatedBody,
      actor_id: req.auth_context.actor_id,
    },
  })

  const [file] = await retrieveAdminSegmentFiles(req.scope, id, [file_id])
  res.json({ file })
}

/**
 * Deletes a segment's file: its record, with history, and the stored object
 * in the File Module.
 */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSegmentFileDeleteResponse>
) => {
  const { id, file_id } = req.params
  await retrieveAdminSegment(req.scope, id)
  assertFileId(file_id)

  await deleteSegmentFileWorkflow(req.scope).run({
    input: { segment_id: id, file_id, actor_id: req.auth_context.actor_id },
  })

  res.json({ id: file_id, object: "segment_file", deleted: true })
}
