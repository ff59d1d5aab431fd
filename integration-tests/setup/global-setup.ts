import { startEmbeddedPostgres } from "../../support/embedded-postgres"

/**
 * Starts an embedded PostgreSQL for the whole run unless DB_HOST names a
 * server already. Medusa's test runners read the DB_* variables and create a
 * database of their own per suite.
 */
export default async function globalSetup(): Promise<void> {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  if (process.env.DB_HOST) {
    return
  }
  const db = await startEmbeddedPostgres()
  process.env.DB_HOST = db.host
  process.env.DB_PORT = String(db.port)
  process.env.DB_USERNAME = db.user
  process.env.DB_PASSWORD = db.password
  ;(globalThis as { __EMBEDDED_DB__?: typeof db }).__EMBEDDED_DB__ = db
}
