import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/customers/me/segment-files",
    // A signed-in customer, by session cookie or bearer token, as Medusa's
    // own `/store/customers/me` routes take them; anyone else gets a 401.
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
