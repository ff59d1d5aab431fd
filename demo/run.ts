import { randomBytes } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { openDatabase, type DemoDatabase } from "./lib/database"
import { runMedusa, stopMedusaCommands } from "./lib/medusa-cli"
import { parseOptions } from "./lib/options"
import { serveMedusa } from "./lib/serve"
import {
  IMPORT_RESULT_ENV,
  importResultSchema,
  readJson,
  SEGMENTS_RESULT_ENV,
  segmentsResultSchema,
  writeJson,
  type DemoSummary,
} from "./lib/summary"

/**
 * `npm run demo`: a Medusa store with the UCI Online Retail history and its
 * segments, from nothing. It starts a database, migrates it, creates an
 * admin, imports the data set, backfills the segment facts, computes the ten
 * segments and serves the dashboard at http://localhost:9000/app until
 * Ctrl-C. `-- --no-serve --summary FILE` stops after the segments instead.
 */
const ADMIN_EMAIL = "admin@example.com"
const PORT = Number(process.env.PORT ?? 9000)

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const say = (text: string) => process.stdout.write(`\n==> ${text}\n`)

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  say(label)
  const started = Date.now()
  const result = await work()
  say(`${label}: done in ${seconds(Date.now() - started)}`)
  return result
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  const started = Date.now()
  const results = mkdtempSync(join(tmpdir(), "segments-demo-"))
  let db: DemoDatabase | undefined
  let serving = false
  let stopping = false

  const stop = async (code: number): Promise<never> => {
    if (!stopping) {
      stopping = true
      await stopMedusaCommands()
      await db?.stop().catch((error: unknown) => {
        process.stderr.write(`${String(error)}\n`)
        code = code || 1
      })
      rmSync(results, { recursive: true, force: true })
      process.exit(code)
    }
    return new Promise<never>(() => undefined)
  }
  // Ctrl-C while serving is how the demo ends; before that, it interrupts.
  const interrupted = () => {
    say("Stopping")
    void stop(serving ? 0 : 130)
  }
  process.on("SIGINT", interrupted)
  process.on("SIGTERM", interrupted)

  try {
    db = await timed("Starting the database", () => openDatabase())
    const env = {
      DATABASE_URL: db.url,
      // The address segment files link to (see medusa-config.ts).
      MEDUSA_BACKEND_URL:
        process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${PORT}`,
      [IMPORT_RESULT_ENV]: join(results, "import.json"),
      [SEGMENTS_RESULT_ENV]: join(results, "segments.json"),
    }
    say(`Database: ${db.description}`)

    await timed("Migrating", () =>
      runMedusa({ args: ["db:migrate"], env, quiet: true })
    )
    const password =
      process.env.DEMO_ADMIN_PASSWORD ?? randomBytes(9).toString("base64url")
    await timed("Creating the admin user", () =>
      runMedusa({
        args: ["user", "-e", ADMIN_EMAIL, "-p", password],
        env,
        quiet: true,
      })
    )
    const login = `Admin login: ${ADMIN_EMAIL} / ${password}`
    say(login)

    await timed("Importing the Online Retail data set", () =>
      runMedusa({ args: ["exec", "./demo/import-online-retail.ts"], env })
    )
    await timed("Computing the segments", () =>
      runMedusa({ args: ["exec", "./demo/compute-segments.ts"], env })
    )

    const summary: DemoSummary = {
      ...readJson(env[IMPORT_RESULT_ENV], importResultSchema),
      ...readJson(env[SEGMENTS_RESULT_ENV], segmentsResultSchema),
    }
    const { anchor, customers, orders, canceled_orders } = summary
    say(
      `${customers} customers, ${orders} orders (${canceled_orders} canceled), anchor ${anchor}`
    )
    if (options.summary) {
      writeJson(options.summary, summary)
      say(`Summary written to ${options.summary}`)
    }
    if (!options.serve) {
      say(`${login}\n    Done in ${seconds(Date.now() - started)}`)
      await stop(0)
    }

    const server = await timed("Starting Medusa", () => serveMedusa(env, PORT))
    serving = true
    say(
      `Dashboard: http://localhost:${PORT}/app\n    ${login}\n    Ctrl-C stops the server and the database.`
    )
    const code = await server.exited
    if (!stopping) {
      throw new Error(`The server exited with code ${code}`)
    }
  } catch (error) {
    if (stopping) {
      return
    }
    process.stderr.write(
      `\nThe demo failed: ${error instanceof Error ? error.message : String(error)}\n`
    )
    await stop(1)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? error.message : String(error)}\n`
  )
  process.exit(1)
})
