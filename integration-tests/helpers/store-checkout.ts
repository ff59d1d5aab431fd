import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storeHeaders, type HttpClient } from "./store-auth"
import { SYSTEM_PAYMENT_PROVIDER, type TestStore } from "./store-setup"

const ADDRESS = {
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "1 Market Street",
  city: "San Francisco",
  province: "ca",
  postal_code: "94105",
  country_code: "us",
}

/**
 * Who checks out: a signed-in customer (their token) or a guest, known only
 * by the e-mail on the cart.
 */
export type Buyer = { token: string } | { guestEmail: string }

export type PlacedOrder = { id: string; email: string }

type CompleteCartResponse =
  | { type: "order"; order: PlacedOrder }
  | { type: "cart"; error: { message: string } }

/**
 * Buys one item through the store API, step by step as a storefront does:
 * cart, line item, address, shipping method, payment collection, payment
 * session with the system provider, and cart completion.
 */
export async function placeOrder(
  api: HttpClient,
  store: TestStore,
  buyer: Buyer
): Promise<PlacedOrder> {
  const headers = storeHeaders(
    store.publishableKey,
    "token" in buyer ? buyer.token : undefined
  )

  const {
    data: { cart },
  } = await api.post<{ cart: { id: string } }>(
    "/store/carts",
    {
      region_id: store.regionId,
      sales_channel_id: store.salesChannelId,
      ...("guestEmail" in buyer ? { email: buyer.guestEmail } : {}),
    },
    headers
  )

  await api.post(
    `/store/carts/${cart.id}/line-items`,
    { variant_id: store.variantId, quantity: 1 },
    headers
  )

  await api.post(
    `/store/carts/${cart.id}`,
    { shipping_address: ADDRESS, billing_address: ADDRESS },
    headers
  )

  await api.post(
    `/store/carts/${cart.id}/shipping-methods`,
    { option_id: store.shippingOptionId },
    headers
  )

  const {
    data: { payment_collection },
  } = await api.post<{ payment_collection: { id: string } }>(
    "/store/payment-collections",
    { cart_id: cart.id },
    headers
  )

  await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: SYSTEM_PAYMENT_PROVIDER },
    headers
  )

  const { data } = await api.post<CompleteCartResponse>(
    `/store/carts/${cart.id}/complete`,
    {},
    headers
  )
  if (data.type !== "order") {
    throw new Error(`The cart was not completed: ${data.error.message}`)
  }
  return data.order
}

/**
 * The customer Medusa attached an order to. The store API doesn't show it;
 * for a guest it is the customer the cart created from the e-mail.
 */
export async function customerOfOrder(
  container: MedusaContainer,
  orderId: string
): Promise<{ id: string; has_account: boolean }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["customer.id", "customer.has_account"],
    filters: { id: orderId },
  })
  if (!order.customer) {
    throw new Error(`Order ${orderId} has no customer`)
  }
  return { id: order.customer.id, has_account: order.customer.has_account }
}
