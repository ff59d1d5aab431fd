import { startEmbeddedPostgres } from "./embedded-postgres"

/**
 * An embedded PostgreSQL in a process of its own, started by
 * start-database-process.ts in a separate process group, so Ctrl-C in the
 * terminal reaches the script that started it alone and its server can stop
 * before its database does. It creates the database named by its argument,
 * prints one JSON line, `{ "url": ... }`, once that database is ready, and
 * stops the cluster when its stdin closes: on purpose, or because the script
 * died, so no cluster outlives it.
 */
async function main(): Promise<void> {
  const database = process.argv[2]
  if (!database || !/^[a-z_][a-z0-9_]*$/.test(database)) {
    throw new Error("usage: database-process <database_name>")
  }
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
    await db.createDatabase(database)
  } catch (error) {
    await db.stop()
    throw error
  }
  process.stdout.write(`${JSON.stringify({ url: db.url(database) })}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The embedded database did not start: ${String(error)}\n`
  )
  process.exit(1)
})
