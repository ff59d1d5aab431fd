import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SEGMENT_MODULE } from "../../../modules/segment"
import type SegmentModuleService from "../../../modules/segment/service"
import { isStorableText } from "../../utils/validators"
import { SEGMENT_FIELDS } from "./query-config"
import type { AdminSegment } from "./types"

export function segmentService(scope: MedusaContainer): SegmentModuleService {
  return scope.resolve(SEGMENT_MODULE)
}

/** The segment as the admin API shows it; NOT_FOUND when there is none. */
export async function retrieveAdminSegment(
  scope: MedusaContainer,
  id: string
): Promise<AdminSegment> {
  // An id PostgreSQL can't even compare is no segment's id.
  if (!isStorableText(id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Segment with id: ${JSON.stringify(id)} was not found`
    )
  }
  return segmentService(scope).retrieveSegment(id, {
    select: [...SEGMENT_FIELDS],
  })
}
