import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateSegmentWorkflow } from "../../../../workflows/update-segment"
import { retrieveAdminSegment } from "../helpers"
import type { AdminSegmentResponse } from "../types"
import type { AdminUpdateSegmentType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSegmentResponse>
) => {
  const segment = await retrieveAdminSegment(req.scope, req.params.id)
  res.json({ segment })
}

/** Renames, describes, activates or deactivates a segment, with history. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSegmentType>,
  res: MedusaResponse<AdminSegmentResponse>
) => {
  const { id } = req.params
  await retrieveAdminSegment(req.scope, id)

  await updateSegmentWorkflow(req.scope).run({
    input: { id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })

  const segment = await retrieveAdminSegment(req.scope, id)
  res.json({ segment })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const segment = await retrieveAdminSegment(req.scope, req.params.id)
  if (segment.is_predefined) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `"${segment.name}" is a predefined segment and can't be deleted. Deactivate it instead to stop keeping its members current.`
    )
  }
  // NOTE: every segment is predefined so far. Deleting a custom one needs a
  // workflow that first deletes each of its files with the delete-segment-file
  // workflow: the model's cascade would only soft-delete their rows and leave
  // the stored objects in the File Module.
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Segment "${segment.name}" can't be deleted yet: deleting segments isn't supported. Deactivate it instead.`
  )
}
