import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  CustomerFactInput,
  OrderFactInput,
} from "../../modules/segment/statements/facts"

/**
 * Reads customers and orders through Medusa's Query and shapes them as facts.
 * This is the only place the plugin reads another module's data.
 */
export const CUSTOMER_FACT_FIELDS = [
  "id",
  "email",
  "first_name",
  "last_name",
  "has_account",
  "created_at",
  "deleted_at",
]

export const ORDER_FACT_FIELDS = [
  "id",
  "customer_id",
  "created_at",
  "total",
  "currency_code",
  "status",
  "is_draft_order",
  "canceled_at",
  "deleted_at",
]

type CustomerRecord = {
  id: string
  email?: string | null
  first_name?: string | null
  last_name?: string | null
  has_account?: boolean | null
  created_at: Date | string
  deleted_at?: Date | string | null
}

type OrderRecord = {
  id: string
  customer_id?: string | null
  created_at: Date | string
  total?: unknown
  currency_code: string
  status?: string | null
  is_draft_order?: boolean | null
  canceled_at?: Date | string | null
  deleted_at?: Date | string | null
}

export function toCustomerFact(customer: CustomerRecord): CustomerFactInput {
  return {
    id: customer.id,
    email: customer.email ?? null,
    first_name: customer.first_name ?? null,
    last_name: customer.last_name ?? null,
    has_account: Boolean(customer.has_account),
    registered_at: customer.created_at,
    is_deleted: Boolean(customer.deleted_at),
  }
}

/** Order totals come back as BigNumber objects; facts keep their value. */
function totalOf(total: unknown): string {
  if (total && typeof total === "object" && "numeric" in total) {
    return String((total as { numeric: number }).numeric)
  }
  return total === undefined || total === null ? "0" : String(total)
}

export function toOrderFact(order: OrderRecord): OrderFactInput {
  return {
    id: order.id,
    customer_id: order.customer_id ?? null,
    placed_at: order.created_at,
    total: totalOf(order.total),
    currency_code: order.currency_code,
    is_canceled: order.status === "canceled" || Boolean(order.canceled_at),
    is_draft: Boolean(order.is_draft_order) || order.status === "draft",
  }
}

type PageOptions = { ids?: string[]; after?: string; take?: number }

function filtersOf({ ids, after }: PageOptions): Record<string, unknown> {
  const filters: Record<string, unknown> = {}
  if (ids) {
    filters.id = ids
  }
  if (after) {
    filters.id = { ...(ids ? { $in: ids } : {}), $gt: after }
  }
  return filters
}

/** Customers by id, or the page after `after` (keyset by id), deleted too. */
export async function loadCustomers(
  container: MedusaContainer,
  options: PageOptions
): Promise<CustomerRecord[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: CUSTOMER_FACT_FIELDS,
    filters: filtersOf(options),
    pagination: options.take
      ? { take: options.take, order: { id: "ASC" } }
      : undefined,
    withDeleted: true,
  })
  return data as CustomerRecord[]
}

/** Orders by id, or the page after `after` (keyset by id), deleted too. */
export async function loadOrders(
  container: MedusaContainer,
  options: PageOptions
): Promise<OrderRecord[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ORDER_FACT_FIELDS,
    filters: filtersOf(options),
    pagination: options.take
      ? { take: options.take, order: { id: "ASC" } }
      : undefined,
    withDeleted: true,
  })
  return data as OrderRecord[]
}

/** The customers of these carts; a cart may have none yet. */
export async function loadCartCustomerIds(
  container: MedusaContainer,
  cartIds: string[]
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id"],
    filters: { id: cartIds },
  })
  return (data as { customer_id?: string | null }[]).flatMap((cart) =>
    cart.customer_id ? [cart.customer_id] : []
  )
}
