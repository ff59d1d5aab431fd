import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { containing } from "../../../modules/segment/rules/sql"
import { segmentService } from "./helpers"
import { SEGMENT_FIELDS } from "./query-config"
import type { AdminSegmentListResponse } from "./types"
import type { AdminListSegmentsParamsType } from "./validators"

type Order = Record<string, unknown>

/**
 * The requested order with never-computed segments (null times) last either
 * way, and the id to break ties so that pages never overlap.
 */
function orderOf(requested: Order | undefined): Record<string, string> {
  const order: Record<string, string> = {}
  for (const [field, direction] of Object.entries(
    requested ?? { created_at: "ASC" }
  )) {
    order[field] = `${String(direction)} NULLS LAST`
  }
  return { ...order, id: "ASC" }
}

/** Lists segments: search by name, filter by status, sort and page. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListSegmentsParamsType>,
  res: MedusaResponse<AdminSegmentListResponse>
) => {
  const { q, status, limit, offset } = req.validatedQuery

  const [segments, count] = await segmentService(
    req.scope
  ).listAndCountSegments(
    {
      ...(status ? { status } : {}),
      ...(q ? { name: { $ilike: containing(q) } } : {}),
    },
    {
      select: [...SEGMENT_FIELDS],
      skip: offset,
      take: limit,
      order: orderOf(req.listConfig.order),
    }
  )

  res.json({ segments, count, offset, limit })
}
