import { randomBytes } from "node:crypto"
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs"
import { join } from "node:path"
import { freePort } from "../support/embedded-postgres"
import { runCommand, stopCommands } from "../support/process-groups"
import {
  startDatabaseProcess,
  type DatabaseProcess,
} from "../support/start-database-process"
import { installHost, packPlugin, REPOSITORY, workFolder } from "./lib/host"
import { medusaCli, serveBuild } from "./lib/serve"

/**
 * `npm run test:e2e`: the plugin as a store gets it. Builds and packs the
 * plugin, installs the tarball into the host app of e2e/host, migrates an
 * embedded PostgreSQL with the host's `medusa db:migrate`, seeds a small
 * store, runs the plugin's backfill as the README says, creates an admin,
 * makes a production `medusa build`, starts it and runs the browser test
 * (e2e/tests) against it. Everything it started stops at the end, on a
 * failure and on Ctrl-C. Arguments go to `playwright test`.
 */
const ADMIN_EMAIL = "admin@example.com"
const BACKFILL =
  "./node_modules/medusa-customer-segments/.medusa/server/src/scripts/backfill-segment-facts.js"
const SCREENSHOTS = join(REPOSITORY, "e2e", "screenshots")
// Playwright's traces and failure screenshots, and the server's log.
const RESULTS = join(REPOSITORY, "e2e", "test-results")

const timings: [string, number][] = []
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  process.stdout.write(`\n==> ${label}\n`)
  const started = Date.now()
  const result = await work()
  timings.push([label, Date.now() - started])
  return result
}

function printTimings(): void {
  const width = Math.max(...timings.map(([label]) => label.length))
  const total = timings.reduce((sum, [, ms]) => sum + ms, 0)
  process.stdout.write("\n")
  for (const [label, ms] of [...timings, ["total", total] as const]) {
    process.stdout.write(`${label.padEnd(width)}  ${seconds(ms).padStart(7)}\n`)
  }
}

type Stats = {
  expected: number
  unexpected: number
  flaky: number
  skipped: number
}

/** Playwright's counts, as one closing line a CI log reader understands. */
function summary(resultsFile: string): string | undefined {
  if (!existsSync(resultsFile)) {
    return undefined
  }
  const { stats } = JSON.parse(readFileSync(resultsFile, "utf8")) as {
    stats: Stats
  }
  const passed = stats.expected + stats.flaky
  return `e2e: ${passed} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`
}

async function main(): Promise<void> {
  const work = workFolder()
  const resultsFile = join(work, "results.json")
  let db: DatabaseProcess | undefined
  let stopping = false

  const stop = async (code: number): Promise<never> => {
    if (!stopping) {
      stopping = true
      await stopCommands()
      await db?.stop().catch((error: unknown) => {
        process.stderr.write(`${String(error)}\n`)
        code = code || 1
      })
      printTimings()
      const line = summary(resultsFile)
      if (line) {
        process.stdout.write(`\n${line}\n`)
      }
      process.exit(code)
    }
    return new Promise<never>(() => undefined)
  }
  const interrupted = () => {
    process.stdout.write("\n==> Stopping\n")
    void stop(130)
  }
  process.on("SIGINT", interrupted)
  process.on("SIGTERM", interrupted)

  try {
    rmSync(resultsFile, { force: true })
    rmSync(SCREENSHOTS, { recursive: true, force: true })
    const root = { cwd: REPOSITORY, env: {}, quiet: true }

    await step("Building the plugin (npm run build)", () =>
      runCommand({ ...root, command: "npm", args: ["run", "build"] })
    )
    const tarball = await step("Packing it (npm pack)", () => packPlugin(work))
    const { folder: host, installed } = await step(
      "Installing the host app and the tarball",
      () => installHost(work, tarball)
    )
    process.stdout.write(
      `    ${host} (${installed ? "npm ci from its lock" : "dependencies kept: lock unchanged"})\n`
    )

    db = await step("Starting PostgreSQL", () =>
      startDatabaseProcess("segments_e2e")
    )
    const port = await freePort()
    const origin = `http://localhost:${port}`
    const env = {
      DATABASE_URL: db.url,
      JWT_SECRET: randomBytes(24).toString("hex"),
      COOKIE_SECRET: randomBytes(24).toString("hex"),
      ADMIN_CORS: origin,
      AUTH_CORS: origin,
      STORE_CORS: origin,
      // The address the dashboard calls and segment files link to.
      MEDUSA_BACKEND_URL: origin,
      MEDUSA_DISABLE_TELEMETRY: "true",
    }
    const medusa = (args: string[]) =>
      runCommand(
        {
          command: process.execPath,
          args: [medusaCli(host), ...args],
          cwd: host,
          env,
          quiet: true,
        },
        `medusa ${args[0]}`
      )

    await step("Migrating (medusa db:migrate)", () => medusa(["db:migrate"]))
    await step("Seeding customers and orders", () =>
      medusa(["exec", "./src/scripts/seed-store.ts"])
    )
    await step("Backfilling the segments", () => medusa(["exec", BACKFILL]))
    const password = randomBytes(12).toString("base64url")
    await step("Creating the admin (medusa user)", () =>
      medusa(["user", "-e", ADMIN_EMAIL, "-p", password])
    )
    await step("Building the host (medusa build)", () => medusa(["build"]))
    const server = await step(`Starting the built server on ${origin}`, () =>
      serveBuild(host, env, port)
    )

    const code = await step("Browser test (playwright test)", () =>
      runCommand({
        ...root,
        command: process.execPath,
        args: [
          require.resolve("@playwright/test/cli"),
          "test",
          "--config",
          join(REPOSITORY, "e2e", "playwright.config.ts"),
          ...process.argv.slice(2),
        ],
        env: {
          E2E_BASE_URL: origin,
          E2E_ADMIN_EMAIL: ADMIN_EMAIL,
          E2E_ADMIN_PASSWORD: password,
          E2E_RESULTS: resultsFile,
        },
        quiet: false,
      }).then(
        () => 0,
        () => 1
      )
    )
    process.stdout.write(`\nScreenshots: ${SCREENSHOTS}\n`)
    if (code !== 0) {
      mkdirSync(RESULTS, { recursive: true })
      writeFileSync(join(RESULTS, "server.log"), server.output())
      process.stdout.write(`Server log: ${join(RESULTS, "server.log")}\n`)
    }
    await stop(code)
  } catch (error) {
    if (stopping) {
      return
    }
    process.stderr.write(
      `\nThe end-to-end test failed: ${error instanceof Error ? error.message : String(error)}\n`
    )
    await stop(1)
  }
}

void main()
