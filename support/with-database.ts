import { spawn } from "node:child_process"
import { startEmbeddedPostgres } from "./embedded-postgres"

/**
 * Runs a command against a fresh embedded PostgreSQL, for the occasional task
 * that needs a database and nothing else (generating migrations):
 *   ts-node support/with-database.ts medusa plugin:db:generate
 */
async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2)
  if (!command) {
    throw new Error("usage: with-database <command> [args...]")
  }
  const db = await startEmbeddedPostgres()
  const database = "segments"
  await db.createDatabase(database)
  const code = await new Promise<number>((resolve) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: db.url(database),
        DB_HOST: db.host,
        DB_PORT: String(db.port),
        DB_USERNAME: db.user,
        DB_PASSWORD: db.password,
        MEDUSA_DISABLE_TELEMETRY: "true",
      },
    })
    child.on("exit", (status) => resolve(status ?? 1))
  })
  await db.stop()
  process.exit(code)
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
