import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { validateQuery } from "../../utils/validate-query"
import { parseSegmentFileUpload } from "./[id]/files/upload"
import { listSegmentsQueryConfig, pageQueryConfig } from "./query-config"
import {
  AdminListSegmentsParams,
  AdminRecomputeSegment,
  AdminSegmentFilesParams,
  AdminSegmentHistoryParams,
  AdminSegmentMembersParams,
  AdminUpdateSegment,
  AdminUpdateSegmentFile,
} from "./validators"

export const adminSegmentsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/segments",
    middlewares: [
      validateQuery(AdminListSegmentsParams, listSegmentsQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/segments/:id",
    middlewares: [validateBody(AdminUpdateSegment)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/segments/:id/recompute",
    middlewares: [validateBody(AdminRecomputeSegment)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/segments/:id/customers",
    middlewares: [validateQuery(AdminSegmentMembersParams, pageQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/segments/:id/history",
    middlewares: [validateQuery(AdminSegmentHistoryParams, pageQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/segments/:id/files",
    middlewares: [validateQuery(AdminSegmentFilesParams, pageQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/segments/:id/files",
    middlewares: [parseSegmentFileUpload],
  },
  {
    methods: ["POST"],
    matcher: "/admin/segments/:id/files/:file_id",
    middlewares: [validateBody(AdminUpdateSegmentFile)],
  },
]
