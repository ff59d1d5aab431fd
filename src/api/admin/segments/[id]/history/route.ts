import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveAdminSegment, segmentService } from "../../helpers"
import type { AdminSegmentHistoryResponse } from "../../types"
import type { AdminSegmentHistoryParamsType } from "../../validators"
import { usersById } from "../../users"

/** A page of a segment's history, newest first, with who did each change. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminSegmentHistoryParamsType>,
  res: MedusaResponse<AdminSegmentHistoryResponse>
) => {
  const { id } = req.params
  const { limit, offset } = req.validatedQuery
  await retrieveAdminSegment(req.scope, id)

  const [entries, count] = await segmentService(
    req.scope
  ).listAndCountSegmentHistories(
    { segment_id: id },
    {
      select: ["id", "action", "details", "actor_id", "created_at"],
      skip: offset,
      take: limit,
      order: { created_at: "DESC", id: "DESC" },
    }
  )
  const users = await usersById(
    req.scope,
    entries.map((entry) => entry.actor_id)
  )

  res.json({
    history: entries.map((entry) => ({
      id: entry.id,
      action: entry.action,
      details: entry.details,
      actor_id: entry.actor_id,
      user: (entry.actor_id && users.get(entry.actor_id)) || null,
      created_at: entry.created_at,
    })),
    count,
    offset,
    limit,
  })
}
