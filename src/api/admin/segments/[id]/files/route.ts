import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { uploadSegmentFilesWorkflow } from "../../../../../workflows/upload-segment-files"
import { retrieveAdminSegment, segmentService } from "../../helpers"
import { SEGMENT_FILE_FIELDS } from "../../query-config"
import type {
  AdminSegmentFileListResponse,
  AdminSegmentFilesResponse,
} from "../../types"
import type { AdminSegmentFilesParamsType } from "../../validators"
import { adminSegmentFiles, retrieveAdminSegmentFiles } from "./helpers"

/** A page of a segment's files, newest first, with who uploaded each. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminSegmentFilesParamsType>,
  res: MedusaResponse<AdminSegmentFileListResponse>
) => {
  const { id } = req.params
  const { limit, offset } = req.validatedQuery
  await retrieveAdminSegment(req.scope, id)

  const [files, count] = await segmentService(
    req.scope
  ).listAndCountSegmentFiles(
    { segment_id: id },
    {
      select: [...SEGMENT_FILE_FIELDS],
      skip: offset,
      take: limit,
      order: { created_at: "DESC", id: "DESC" },
    }
  )

  res.json({
    files: await adminSegmentFiles(req.scope, files),
    count,
    offset,
    limit,
  })
}

/**
 * Uploads one or more files to a segment (multipart, field `files`), stored
 * through the File Module and kept out of the portal until an admin shows
 * them. Answers the new files in the order they were sent.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSegmentFilesResponse>
) => {
  // The upload's middleware has answered an unknown segment with a 404
  // before reading the files; the workflow checks it again as it records.
  const { id } = req.params
  const uploaded = Array.isArray(req.files) ? req.files : []
  const { result: ids } = await uploadSegmentFilesWorkflow(req.scope).run({
    input: {
      segment_id: id,
      actor_id: req.auth_context.actor_id,
      files: uploaded.map((file) => ({
        filename: file.originalname,
        mime_type: file.mimetype,
        content: file.buffer.toString("base64"),
      })),
    },
  })

  res.json({ files: await retrieveAdminSegmentFiles(req.scope, id, ids) })
}
