import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sql } from "../src/modules/segment/rules/sql"
import { fromExecArgs } from "./lib/args"
import { applyChurn } from "./lib/churn"
import { createDb, type Db } from "./lib/db"
import { measureEvents } from "./lib/events"
import { generateStore } from "./lib/generate"
import { buildReport, formatTable, summarize, writeJson } from "./lib/report"
import {
  loadPredefinedSegments,
  recomputeEach,
  verifyStoredMembers,
  type Sample,
  type SegmentService,
} from "./lib/segments"
import { timed, trackMemory } from "./lib/stats"

/**
 * Runs inside the Medusa app (`medusa exec`, started by bench/run.ts): the
 * real segment module service on the real database.
 *
 * 1. a synthetic store of N customers and 5N orders, straight into the facts;
 * 2. every predefined segment computed once, then the tables vacuumed and
 *    analyzed, as autovacuum would have done by the next refresh;
 * 3. a few cycles of: ~1% of the customers change, the clock moves an hour,
 *    every segment is recomputed (timed) and its floor statement timed;
 * 4. single customers re-evaluated after an event (timed);
 * 5. the stored members checked against the floors once more.
 */
const HOUR_MS = 60 * 60 * 1000
const FLOOR_RUNS = 3

const say = (line: string): void => {
  process.stdout.write(`[bench] ${line}\n`)
}

async function vacuum(db: Db): Promise<void> {
  await db.rows(sql`
    VACUUM ANALYZE segment_member, segment_customer_fact, segment_order_fact`)
}

export default async function measure({
  container,
  args,
}: ExecArgs): Promise<void> {
  const options = fromExecArgs(args)
  const peakMemory = trackMemory()
  const db = createDb(
    container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  )
  const service = container.resolve<SegmentService>("segment")
  const start = new Date(Math.floor(Date.now() / 1000) * 1000)
  const mismatches: string[] = []

  const generated = await timed(() =>
    generateStore(db, options.customers, start)
  )
  const size = generated.result
  say(
    `generated ${size.customers} customers and ${size.orders} orders ` +
      `in ${(generated.ms / 1000).toFixed(1)} s`
  )

  const segments = await loadPredefinedSegments(db)
  const first = await timed(() =>
    recomputeEach(db, service, segments, start, 1, mismatches)
  )
  say(`first computation of all ten: ${(first.ms / 1000).toFixed(1)} s`)
  await vacuum(db)

  const cycles: Sample[][] = []
  let now = start
  for (let round = 1; round <= options.cycles; round++) {
    now = new Date(start.getTime() + round * HOUR_MS)
    const churn = await applyChurn(db, options.customers, now, round)
    say(`cycle ${round}: changed ${JSON.stringify(churn)}`)
    cycles.push(
      await recomputeEach(db, service, segments, now, FLOOR_RUNS, mismatches)
    )
  }

  const eventTimes = await measureEvents(db, service, options.events, now)
  await verifyStoredMembers(db, segments, now, mismatches)

  const memory = peakMemory()
  const rows = summarize(cycles)
  const report = buildReport(size, rows, eventTimes, memory.maxrss_mb)
  process.stdout.write(
    `\nN = ${size.customers.toLocaleString("en-US")} customers, ` +
      `${size.orders.toLocaleString("en-US")} orders; medians of ` +
      `${options.cycles} cycles of ~1% changes (floor: ` +
      `${options.cycles * FLOOR_RUNS} runs; serial floor: the same ` +
      `statement without parallel workers, as Postgres runs any statement ` +
      `that writes)\n\n${formatTable(rows)}\n\n` +
      `event re-evaluation, ${segments.length} active segments, ` +
      `${eventTimes.length} customers: p50 ${report.event_ms_p50} ms, ` +
      `p95 ${report.event_ms_p95} ms\n` +
      `peak RSS: ${report.peak_rss_mb} MB (sampled ` +
      `${Math.round(memory.sampled_mb)} MB)\n`
  )
  if (options.json) {
    writeJson(options.json, report)
    say(`wrote ${options.json}`)
  }

  if (mismatches.length) {
    const banner = "!".repeat(72)
    process.stderr.write(
      `\n${banner}\nWRONG MEMBERSHIP: ${mismatches.length} check(s) failed\n` +
        `${mismatches.map((line) => `  - ${line}`).join("\n")}\n${banner}\n`
    )
    throw new Error("segment membership differs from the floor statements")
  }
}
