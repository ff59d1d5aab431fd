import type { CreateOrderDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { backdateOrders, type OrderTimes } from "./backdate"
import { customerEmail } from "./import-customers"
import { formatPounds, type Invoice } from "./online-retail"
import { progressBar } from "./progress"

// One batch at a time: on two cores, two batches in flight were no faster.
const BATCH_SIZE = 1000

/**
 * One order per invoice. It carries ONE summary item ("Invoice 536365",
 * quantity 1, unit price = the invoice total), not the invoice's lines: an
 * item costs about 1 ms to create, and the ~400k lines would take minutes
 * where the demo has seconds. Segments read only an order's total, time and
 * status; the line count and country stay in the order's metadata.
 */
function orderOf(invoice: Invoice, customerId: string): CreateOrderDTO {
  return {
    customer_id: customerId,
    email: customerEmail(invoice.customerId),
    currency_code: "gbp",
    status: invoice.canceled ? "canceled" : undefined,
    items: [
      {
        title: `Invoice ${invoice.number}`,
        quantity: 1,
        unit_price: formatPounds(invoice.totalMillis),
      },
    ],
    metadata: {
      invoice_no: invoice.number,
      line_count: invoice.lineCount,
      country: invoice.country,
    },
  }
}

/**
 * Creates the orders through the order module, then sets each order's
 * historical times (placed at the invoice's first line; a canceled invoice
 * is canceled when placed).
 */
export async function importOrders(
  container: MedusaContainer,
  invoices: Invoice[],
  customerIds: Map<string, string>,
  shiftMs: number
): Promise<void> {
  const orderModule = container.resolve(Modules.ORDER)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const bar = progressBar("Orders", invoices.length)

  for (let start = 0; start < invoices.length; start += BATCH_SIZE) {
    const batch = invoices.slice(start, start + BATCH_SIZE)
    const created = await orderModule.createOrders(
      batch.map((invoice) => {
        const customerId = customerIds.get(invoice.customerId)
        if (!customerId) {
          throw new Error(`Invoice ${invoice.number} has no imported customer`)
        }
        return orderOf(invoice, customerId)
      })
    )
    const idByInvoice = new Map(
      created.map((order) => [String(order.metadata?.invoice_no), order.id])
    )
    const times = batch.map((invoice): OrderTimes => {
      const id = idByInvoice.get(invoice.number)
      if (!id) {
        throw new Error(`Invoice ${invoice.number} was not created`)
      }
      const placedAt = new Date(invoice.placedAt + shiftMs).toISOString()
      return {
        id,
        created_at: placedAt,
        canceled_at: invoice.canceled ? placedAt : null,
      }
    })
    await backdateOrders(pg, times)
    bar.increment(batch.length)
  }
  bar.stop()
}
