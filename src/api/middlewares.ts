import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSegmentsMiddlewares } from "./admin/segments/middlewares"

/**
 * Validation of every route of the plugin. Authentication needs nothing
 * here: Medusa lets only admins reach `/admin`.
 */
export default defineMiddlewares({
  routes: [...adminSegmentsMiddlewares],
})
