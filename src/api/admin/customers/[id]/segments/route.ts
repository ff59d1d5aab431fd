import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { isStorableText } from "../../../../utils/validators"
import { segmentService } from "../../../segments/helpers"
import type { AdminCustomerSegmentsResponse } from "../../../segments/types"

/**
 * The segments a customer is a member of, for the customer's page. An id
 * that is nobody's is a customer in no segment: an empty list.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCustomerSegmentsResponse>
) => {
  const { id } = req.params
  // An id PostgreSQL can't even compare is no customer's id.
  if (!isStorableText(id)) {
    res.json({ segments: [] })
    return
  }

  const memberships = await segmentService(req.scope).listSegmentMembers(
    { customer_id: id },
    {
      relations: ["segment"],
      order: { created_at: "ASC", id: "ASC" },
      take: null,
    }
  )

  res.json({
    segments: memberships.map(({ segment, created_at }) => ({
      id: segment.id,
      handle: segment.handle,
      name: segment.name,
      status: segment.status,
      member_since: created_at,
    })),
  })
}
