import { Client } from "@medusajs/framework/pg"
import { parseRule } from "../src/modules/segment/rules/schema"
import type { Sql } from "../src/modules/segment/rules/sql"
import {
  applyCustomerMembership,
  applyMemberDiff,
} from "../src/modules/segment/statements/membership"
import { floorFor } from "./lib/floors"

/**
 * EXPLAIN ANALYZE of a segment's statements on a database a bench run kept
 * (`DATABASE_URL=... npm run bench -- --keep`), inside a transaction that is
 * rolled back, so the members stay as they were:
 *
 *   DATABASE_URL=postgres://.../segments_bench_... \
 *     npx ts-node --swc bench/explain.ts HANDLE [diff|floor|customer ID]
 *
 * The segment's own `computed_at` is the clock, so the plan is the one of
 * the recompute that would find nothing to change.
 */
function numbered(statement: Sql): string {
  let n = 0
  return statement.text.replace(/\?/g, () => `$${++n}`)
}

async function main(): Promise<void> {
  const [handle, what = "diff", customerId] = process.argv.slice(2)
  if (!process.env.DATABASE_URL || !handle) {
    throw new Error(
      "usage: DATABASE_URL=... explain.ts HANDLE [diff|floor|customer ID]"
    )
  }
  const client = new Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<{
      id: string
      rule: unknown
      computed_at: Date
    }>(
      "SELECT id, rule, computed_at FROM segment WHERE handle = $1 AND deleted_at IS NULL",
      [handle]
    )
    if (!rows.length) {
      throw new Error(`no segment "${handle}"`)
    }
    const { id, rule, computed_at } = rows[0]
    const now = computed_at ?? new Date()
    const statement =
      what === "floor"
        ? floorFor(handle, now)
        : what === "customer"
          ? applyCustomerMembership(id, parseRule(rule), customerId ?? "", now)
          : applyMemberDiff(id, parseRule(rule), now)

    await client.query("BEGIN")
    const plan = await client.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${numbered(statement)}`,
      [...statement.values]
    )
    await client.query("ROLLBACK")
    process.stdout.write(
      `${plan.rows.map((row) => row["QUERY PLAN"]).join("\n")}\n`
    )
  } finally {
    await client.end()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exitCode = 1
})
