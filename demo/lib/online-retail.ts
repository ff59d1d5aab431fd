import { createReadStream, statSync } from "node:fs"
import { createGunzip } from "node:zlib"
import { parse } from "csv-parse"
import { DateTime } from "luxon"

/**
 * Reads the UCI Online Retail file (data/online-retail/README.md) into one
 * record per invoice. The file streams through gunzip and the CSV parser;
 * only the ~26k invoices are kept, never the ~540k lines.
 */
export type Invoice = {
  number: string
  customerId: string
  /** The invoice's earliest line time, epoch milliseconds, not shifted. */
  placedAt: number
  /** Sum of quantity x unit price, in thousandths of a pound. */
  totalMillis: number
  lineCount: number
  country: string
  /** Invoice numbers starting with "C" are cancellations. */
  canceled: boolean
}

export type OnlineRetail = {
  /** Invoices that have a CustomerID, earliest first. */
  invoices: Invoice[]
  /** The latest InvoiceDate of the whole file, epoch milliseconds. */
  latestAt: number
  lineCount: number
  /** Lines without a CustomerID: guest sales, not imported. */
  skippedLines: number
}

const COLUMNS = [
  "InvoiceNo",
  "StockCode",
  "Description",
  "Quantity",
  "InvoiceDate",
  "UnitPrice",
  "CustomerID",
  "Country",
]

// InvoiceDate is UK wall-clock time without a zone: GMT in winter, BST in
// summer. Luxon resolves it in Europe/London, so both halves of the year
// land on the right instant.
const UK = "Europe/London"
const times = new Map<string, number>()

function instantOf(invoiceDate: string): number {
  let instant = times.get(invoiceDate)
  if (instant === undefined) {
    const parsed = DateTime.fromFormat(invoiceDate, "yyyy-MM-dd HH:mm:ss", {
      zone: UK,
    })
    if (!parsed.isValid) {
      throw new Error(`Unreadable InvoiceDate "${invoiceDate}"`)
    }
    instant = parsed.toMillis()
    times.set(invoiceDate, instant)
  }
  return instant
}

/** "2.55" as 2550 thousandths: exact sums, no floating point drift. */
function thousandths(price: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,3}))?$/.exec(price)
  if (!match) {
    throw new Error(`Unreadable UnitPrice "${price}"`)
  }
  const [, sign, whole, fraction = ""] = match
  const value = Number(whole) * 1000 + Number(fraction.padEnd(3, "0"))
  return sign ? -value : value
}

/** Thousandths of a pound as a decimal string, e.g. 139120 as "139.12". */
export function formatPounds(millis: number): string {
  const sign = millis < 0 ? "-" : ""
  const abs = Math.abs(millis)
  const fraction = String(abs % 1000)
    .padStart(3, "0")
    .replace(/0+$/, "")
  return `${sign}${Math.floor(abs / 1000)}${fraction ? `.${fraction}` : ""}`
}

export async function readOnlineRetail(
  path: string,
  onProgress: (bytesRead: number, bytesTotal: number) => void
): Promise<OnlineRetail> {
  const bytesTotal = statSync(path).size
  let bytesRead = 0
  const file = createReadStream(path)
  file.on("data", (chunk) => {
    bytesRead += chunk.length
    onProgress(bytesRead, bytesTotal)
  })
  const rows = file.pipe(createGunzip()).pipe(parse())

  const invoices = new Map<string, Invoice>()
  let latestAt = -Infinity
  let lineCount = 0
  let skippedLines = 0
  let header = true

  for await (const row of rows as AsyncIterable<string[]>) {
    if (header) {
      if (row.join(",") !== COLUMNS.join(",")) {
        throw new Error(`Unexpected columns: ${row.join(",")}`)
      }
      header = false
      continue
    }
    if (row.length !== COLUMNS.length) {
      throw new Error(`Line ${lineCount + 2} has ${row.length} columns`)
    }
    const [number, , , quantity, invoiceDate, unitPrice, customerId, country] =
      row
    lineCount += 1
    const at = instantOf(invoiceDate)
    latestAt = Math.max(latestAt, at)
    if (!customerId) {
      skippedLines += 1
      continue
    }

    if (!/^-?\d+$/.test(quantity)) {
      throw new Error(`Unreadable Quantity "${quantity}"`)
    }
    const amount = Number(quantity) * thousandths(unitPrice)
    const invoice = invoices.get(number)
    if (!invoice) {
      invoices.set(number, {
        number,
        customerId,
        placedAt: at,
        totalMillis: amount,
        lineCount: 1,
        country,
        canceled: number.startsWith("C"),
      })
    } else if (invoice.customerId !== customerId) {
      throw new Error(`Invoice ${number} names two customers`)
    } else {
      invoice.placedAt = Math.min(invoice.placedAt, at)
      invoice.totalMillis += amount
      invoice.lineCount += 1
    }
  }
  onProgress(bytesTotal, bytesTotal)

  const sorted = [...invoices.values()].sort(
    (a, b) => a.placedAt - b.placedAt || a.number.localeCompare(b.number)
  )
  return { invoices: sorted, latestAt, lineCount, skippedLines }
}

/** Each customer's first invoice of any kind, canceled ones included. */
export function firstInvoiceTimes(invoices: Invoice[]): Map<string, number> {
  const first = new Map<string, number>()
  for (const invoice of invoices) {
    const known = first.get(invoice.customerId)
    if (known === undefined || invoice.placedAt < known) {
      first.set(invoice.customerId, invoice.placedAt)
    }
  }
  return first
}
