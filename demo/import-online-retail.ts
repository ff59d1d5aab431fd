import { join } from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { assertEmptyStore, checkImportedStore } from "./lib/check-store"
import { importCustomers } from "./lib/import-customers"
import { importOrders } from "./lib/import-orders"
import { firstInvoiceTimes, readOnlineRetail } from "./lib/online-retail"
import { progressBar } from "./lib/progress"
import { handBack, IMPORT_RESULT_ENV, type ImportResult } from "./lib/summary"

/**
 * Loads the UCI Online Retail data set into an empty store through Medusa's
 * customer and order modules, as a store with two years of history:
 *
 *   npx medusa exec ./demo/import-online-retail.ts
 *
 * Every time moves by one offset so the file's latest invoice lands on the
 * moment the import starts (the anchor): "last 30 days" then means the
 * file's last 30 days. Nothing emits events; the segment facts come from the
 * backfill afterwards, the path an existing store takes. Writes its counts
 * to the file DEMO_IMPORT_RESULT names, for run.ts.
 */
const DATA_FILE = join(
  __dirname,
  "..",
  "data",
  "online-retail",
  "online-retail.csv.gz"
)

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export default async function importOnlineRetail({
  container,
}: ExecArgs): Promise<void> {
  const anchor = new Date()
  await assertEmptyStore(container)

  const reading = progressBar("Reading", 1, false)
  const data = await readOnlineRetail(DATA_FILE, (read, total) => {
    reading.setTotal(total)
    reading.update(read)
  })
  reading.stop()
  const shiftMs = anchor.getTime() - data.latestAt
  const firstInvoiceAt = firstInvoiceTimes(data.invoices)
  process.stdout.write(
    `Read ${data.lineCount} lines: ${data.invoices.length} invoices of ` +
      `${firstInvoiceAt.size} customers (${data.skippedLines} guest lines skipped); ` +
      `latest invoice ${new Date(data.latestAt).toISOString()} moves to ${anchor.toISOString()}\n`
  )

  const started = Date.now()
  const customerIds = await importCustomers(container, firstInvoiceAt, shiftMs)
  const customersDone = Date.now()
  await importOrders(container, data.invoices, customerIds, shiftMs)
  const ordersDone = Date.now()

  const counts = await checkImportedStore(container, anchor)
  const expected = {
    customers: firstInvoiceAt.size,
    orders: data.invoices.length,
    canceled_orders: data.invoices.filter((invoice) => invoice.canceled).length,
  }
  if (JSON.stringify(counts) !== JSON.stringify(expected)) {
    throw new Error(
      `The store holds ${JSON.stringify(counts)}, the file ${JSON.stringify(expected)}`
    )
  }

  const result: ImportResult = { anchor: anchor.toISOString(), ...counts }
  process.stdout.write(
    `Imported ${counts.customers} customers in ${seconds(customersDone - started)} ` +
      `and ${counts.orders} orders (${counts.canceled_orders} canceled) in ` +
      `${seconds(ordersDone - customersDone)}; anchor ${result.anchor}\n`
  )
  handBack(IMPORT_RESULT_ENV, result)
}
