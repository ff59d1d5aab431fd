import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveAdminSegment, segmentService } from "../../helpers"
import type { AdminSegmentCustomerListResponse } from "../../types"
import type { AdminSegmentMembersParamsType } from "../../validators"

/** A page of a segment's members, newest first; `q` searches e-mails. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminSegmentMembersParamsType>,
  res: MedusaResponse<AdminSegmentCustomerListResponse>
) => {
  const { id } = req.params
  const { q, limit, offset } = req.validatedQuery
  await retrieveAdminSegment(req.scope, id)

  const { members, count } = await segmentService(
    req.scope
  ).listMembersWithCustomer(id, { q, limit, offset })

  res.json({
    customers: members.map((member) => ({
      id: member.customer_id,
      email: member.email,
      first_name: member.first_name,
      last_name: member.last_name,
      member_since: member.member_since,
    })),
    count,
    offset,
    limit,
  })
}
