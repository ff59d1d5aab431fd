import { startEmbeddedPostgres } from "../../support/embedded-postgres"

/**
 * The demo's embedded PostgreSQL, in a process of its own. run.ts starts this
 * in a separate process group, so Ctrl-C in the terminal reaches run.ts alone
 * and the server can stop before its database does. It prints one JSON line,
 * `{ "url": ... }`, once the database is ready, and stops the cluster when its
 * stdin closes: on purpose, or because run.ts died, so no cluster outlives it.
 */
const DATABASE = "medusa_segments_demo"

async function main(): Promise<void> {
  const db = await startEmbeddedPostgres()
  let stopping: Promise<void> | undefined
  const stop = (): void => {
    stopping ??= db.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Stopping the database failed: ${String(error)}\n`)
        process.exit(1)
      }
    )
  }
  process.stdin.on("end", stop)
  process.stdin.on("error", stop)
  process.on("SIGTERM", stop)
  process.on("SIGINT", stop)
  process.stdin.resume()

  try {
    await db.createDatabase(DATABASE)
  } catch (error) {
    await db.stop()
    throw error
  }
  process.stdout.write(`${JSON.stringify({ url: db.url(DATABASE) })}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The embedded database did not start: ${String(error)}\n`
  )
  process.exit(1)
})
