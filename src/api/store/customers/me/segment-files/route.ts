import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { SEGMENT_MODULE } from "../../../../../modules/segment"
import type SegmentModuleService from "../../../../../modules/segment/service"
import type { StorePortalFilesResponse } from "../../types"

/**
 * The signed-in customer's portal files: those an admin showed in the
 * portal, of the active segments the customer is a member of now.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StorePortalFilesResponse>
) => {
  const segments: SegmentModuleService = req.scope.resolve(SEGMENT_MODULE)
  const rows = await segments.listPortalFiles(req.auth_context.actor_id)

  res.json({
    files: rows.map((row) => ({
      id: row.id,
      name: row.name,
      url: row.url,
      mime_type: row.mime_type,
      size: row.size,
      segment: { id: row.segment_id, name: row.segment_name },
    })),
  })
}
