import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate-query"
import { listSegmentsQueryConfig, pageQueryConfig } from "./query-config"
import {
  AdminListSegmentsParams,
  AdminSegmentHistoryParams,
  AdminSegmentMembersParams,
  AdminUpdateSegment,
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
    middlewares: [validateAndTransformBody(AdminUpdateSegment)],
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
]
