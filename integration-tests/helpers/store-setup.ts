import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"

/** Medusa's built-in providers: a 2.x app has both without configuration. */
export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"
export const MANUAL_FULFILLMENT_PROVIDER = "manual_manual"

/** What a storefront needs to sell one product in one region. */
export type TestStore = {
  regionId: string
  salesChannelId: string
  /** The token a storefront sends as `x-publishable-api-key`. */
  publishableKey: string
  variantId: string
  shippingOptionId: string
}

/**
 * A sales channel with a publishable key: what a storefront needs to sign
 * customers up and in, before it sells anything.
 */
export async function setUpWebshop(
  container: MedusaContainer
): Promise<Pick<TestStore, "salesChannelId" | "publishableKey">> {
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Webshop" }] },
  })

  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [{ title: "Webshop", type: "publishable", created_by: "" }],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })

  return { salesChannelId: salesChannel.id, publishableKey: apiKey.token }
}

/**
 * Sets up a store that can take an order through the store API, the way an
 * admin would: a US region paying with the system provider, a sales channel
 * with a publishable key, a warehouse stocking one product, and a flat-rate
 * shipping option fulfilled by the manual provider. Every record goes
 * through Medusa's own workflows, so links and defaults are the real ones.
 */
export async function setUpStore(
  container: MedusaContainer
): Promise<TestStore> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const { salesChannelId, publishableKey } = await setUpWebshop(container)

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "United States",
          currency_code: "usd",
          countries: ["us"],
          payment_providers: [SYSTEM_PAYMENT_PROVIDER],
        },
      ],
    },
  })

  const {
    result: [warehouse],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Warehouse" }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: warehouse.id, add: [salesChannelId] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
    [Modules.FULFILLMENT]: {
      fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER,
    },
  })

  await createLocationFulfillmentSetWorkflow(container).run({
    input: {
      location_id: warehouse.id,
      fulfillment_set_data: { name: "Warehouse shipping", type: "shipping" },
    },
  })
  const {
    data: [location],
  } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.id"],
    filters: { id: warehouse.id },
  })
  const {
    result: [serviceZone],
  } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          fulfillment_set_id: location.fulfillment_sets![0]!.id,
          name: "United States",
          geo_zones: [{ type: "country", country_code: "us" }],
        },
      ],
    },
  })

  const {
    result: [shippingProfile],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Parcels", type: "default" }] },
  })

  const {
    result: [shippingOption],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard shipping",
        price_type: "flat",
        provider_id: MANUAL_FULFILLMENT_PROVIDER,
        service_zone_id: serviceZone.id,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Standard", code: "standard" },
        prices: [{ currency_code: "usd", amount: 5 }],
        rules: [
          { attribute: "enabled_in_store", operator: "eq", value: "true" },
          { attribute: "is_return", operator: "eq", value: "false" },
        ],
      },
    ],
  })

  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Canvas tote",
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: shippingProfile.id,
          options: [{ title: "Color", values: ["Natural"] }],
          variants: [
            {
              title: "Natural",
              sku: "TOTE-NATURAL",
              manage_inventory: true,
              options: { Color: "Natural" },
              prices: [{ currency_code: "usd", amount: 25 }],
            },
          ],
          sales_channels: [{ id: salesChannelId }],
        },
      ],
    },
  })

  // A managed variant gets its inventory item from the product workflow; it
  // still needs stock at the warehouse that serves the sales channel.
  const {
    data: [variant],
  } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { id: product.variants[0].id },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        {
          inventory_item_id: variant.inventory_items![0]!.inventory_item_id,
          location_id: warehouse.id,
          stocked_quantity: 100,
        },
      ],
    },
  })

  return {
    regionId: region.id,
    salesChannelId,
    publishableKey,
    variantId: variant.id,
    shippingOptionId: shippingOption.id,
  }
}
