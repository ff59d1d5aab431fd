import { spawn } from "node:child_process"
import { resolve } from "node:path"
import {
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from "../support/embedded-postgres"
import { parseCommandLine, toExecArgs } from "./lib/args"
import { createScratchDatabase, type ScratchDatabase } from "./lib/database"

/**
 * `npm run bench -- [--customers N] [--json FILE] [--cycles 3] [--events 200]`
 *
 * With DATABASE_URL set, `--keep` leaves the bench database on that server
 * for a look with EXPLAIN afterwards.
 *
 * Starts a throwaway PostgreSQL (or uses the server of DATABASE_URL), creates
 * a fresh database, migrates it with the repository's medusa-config (which
 * seeds the ten predefined segments), then runs bench/measure.ts inside the
 * Medusa app with `medusa exec`. The database goes away at the end, also when
 * something fails.
 */
const ROOT = resolve(__dirname, "..")
const MEDUSA = resolve(ROOT, "node_modules/.bin/medusa")

function medusa(args: string[], databaseUrl: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(MEDUSA, args, {
      cwd: ROOT,
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        MEDUSA_DISABLE_TELEMETRY: "true",
        MEDUSA_ADMIN_DISABLE: "true",
        // A bench run must not wake a scheduled refresh of its own.
        MEDUSA_WORKER_MODE: "server",
      },
    })
    child.on("error", fail)
    child.on("exit", (code, signal) => {
      if (code === 0) {
        done()
      } else {
        fail(new Error(`medusa ${args[0]} failed (${signal ?? code})`))
      }
    })
  })
}

async function main(): Promise<void> {
  const options = parseCommandLine(process.argv.slice(2))
  if (options.json) {
    options.json = resolve(process.cwd(), options.json)
  }

  let cluster: EmbeddedDatabase | undefined
  let scratch: ScratchDatabase | undefined
  const stop = async (): Promise<void> => {
    if (!options.keep || cluster) {
      await scratch?.drop().catch(() => undefined)
    }
    await cluster?.stop().catch(() => undefined)
    scratch = undefined
    cluster = undefined
  }
  const interrupt = (): void => {
    void stop().finally(() => process.exit(130))
  }
  process.once("SIGINT", interrupt)
  process.once("SIGTERM", interrupt)

  try {
    let serverUrl = process.env.DATABASE_URL
    if (!serverUrl) {
      cluster = await startEmbeddedPostgres()
      serverUrl = cluster.url("postgres")
    }
    scratch = await createScratchDatabase(serverUrl)
    process.stdout.write(`bench database: ${scratch.name}\n`)

    await medusa(["db:migrate"], scratch.url)
    await medusa(
      ["exec", "./bench/measure.ts", ...toExecArgs(options)],
      scratch.url
    )
  } finally {
    await stop()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\nBENCH FAILED: ${String(error)}\n`)
  process.exitCode = 1
})
