import Medusa from "@medusajs/js-sdk"

/** The admin's session, shared by every request the plugin's screens make. */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})
