import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Sql } from "../../src/modules/segment/rules/sql"

/**
 * The bench's own way into the database: the app's pg connection (knex), with
 * statements written as the module writes them, values bound as `?`.
 */
export type Db = {
  rows: <T>(statement: Sql) => Promise<T[]>
  /**
   * Runs a statement without parallel workers, as Postgres runs every
   * statement that writes (a recompute's diff): the floor it can reach.
   */
  serial: <T>(statement: Sql) => Promise<T[]>
  /** Runs statements in one transaction with more memory (bulk loading). */
  bulk: (statements: Sql[]) => Promise<number[]>
}

type RawResult<T> = { rows: T[]; rowCount: number | null }

export function createDb(knex: Knex): Db {
  const run = async <T>(
    runner: Knex | Knex.Transaction,
    statement: Sql
  ): Promise<RawResult<T>> =>
    runner.raw(statement.text, [...statement.values] as Knex.RawBinding[])

  return {
    rows: async <T>(statement: Sql) => (await run<T>(knex, statement)).rows,
    serial: <T>(statement: Sql) =>
      knex.transaction(async (trx) => {
        await trx.raw("SET LOCAL max_parallel_workers_per_gather = 0")
        return (await run<T>(trx, statement)).rows
      }),
    bulk: (statements) =>
      knex.transaction(async (trx) => {
        await trx.raw("SET LOCAL work_mem = '256MB'")
        await trx.raw("SET LOCAL maintenance_work_mem = '512MB'")
        const counts: number[] = []
        for (const statement of statements) {
          counts.push((await run(trx, statement)).rowCount ?? 0)
        }
        return counts
      }),
  }
}
