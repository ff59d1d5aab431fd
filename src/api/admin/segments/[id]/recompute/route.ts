import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { recomputeSegmentWorkflow } from "../../../../../workflows/recompute-segment"
import { retrieveAdminSegment } from "../../helpers"
import type { AdminRecomputeSegmentResponse } from "../../types"

/**
 * "Update Segment": recomputes the members now, records the admin who asked
 * in the history, and answers how many customers joined and left.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminRecomputeSegmentResponse>
) => {
  const { id } = req.params
  await retrieveAdminSegment(req.scope, id)

  const {
    result: { joined, left, member_count, duration_ms },
  } = await recomputeSegmentWorkflow(req.scope).run({
    input: { segment_id: id, actor_id: req.auth_context.actor_id },
  })

  const segment = await retrieveAdminSegment(req.scope, id)
  res.json({ segment, result: { joined, left, member_count, duration_ms } })
}
