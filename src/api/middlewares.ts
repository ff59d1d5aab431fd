import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSegmentsMiddlewares } from "./admin/segments/middlewares"
import { storeCustomerMiddlewares } from "./store/customers/middlewares"

/**
 * Validation of every route of the plugin, and the customer a storefront
 * route needs. Admin routes need nothing more here: Medusa lets only admins
 * reach `/admin`.
 */
export default defineMiddlewares({
  routes: [...adminSegmentsMiddlewares, ...storeCustomerMiddlewares],
})
