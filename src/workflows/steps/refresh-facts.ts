import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_MODULE } from "../../modules/segment"
import type SegmentModuleService from "../../modules/segment/service"
import {
  loadCartCustomerIds,
  loadCustomers,
  loadOrders,
  toCustomerFact,
  toOrderFact,
} from "../facts/load-facts"

export type RefreshFactsInput = {
  customer_ids?: string[]
  order_ids?: string[]
  /** Carts whose customer may be new: a guest a cart created from its e-mail. */
  cart_ids?: string[]
}

export const refreshFactsStepId = "refresh-segment-facts"

/**
 * Copies the current state of some customers and orders into the facts, and
 * returns the customers whose segments may have changed. Reading the current
 * state (rather than trusting the event) makes a repeated or late event
 * harmless.
 */
export const refreshFactsStep = createStep(
  refreshFactsStepId,
  async (input: RefreshFactsInput, { container }) => {
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    const customerIds = new Set(input.customer_ids ?? [])

    if (input.cart_ids?.length) {
      // Carts change at every click of a checkout; their customer matters
      // here only when the facts don't know it yet, a guest the cart has
      // just created. A known customer's changes come with their own events.
      const cartCustomers = await loadCartCustomerIds(container, input.cart_ids)
      for (const customerId of await segments.customersWithoutFacts(
        cartCustomers
      )) {
        customerIds.add(customerId)
      }
    }

    if (input.order_ids?.length) {
      // The customers the facts knew these orders by, in case that changed.
      for (const customerId of await segments.customersOfOrderFacts(
        input.order_ids
      )) {
        customerIds.add(customerId)
      }

      const orders = await loadOrders(container, { ids: input.order_ids })
      const found = new Set(orders.map((order) => order.id))
      await segments.upsertOrderFacts(orders.map(toOrderFact))
      await segments.markOrderFactsDeleted(
        input.order_ids.filter((id) => !found.has(id))
      )
      for (const order of orders) {
        if (order.customer_id) {
          customerIds.add(order.customer_id)
        }
      }
    }

    const ids = [...customerIds]
    if (ids.length) {
      const customers = await loadCustomers(container, { ids })
      const found = new Set(customers.map((customer) => customer.id))
      await segments.upsertCustomerFacts(customers.map(toCustomerFact))
      await segments.markCustomerFactsDeleted(
        ids.filter((id) => !found.has(id))
      )
    }
    return new StepResponse(ids)
  }
)
