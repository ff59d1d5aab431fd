import { startDatabaseProcess } from "../../support/start-database-process"

export type DemoDatabase = {
  url: string
  /** Where the database lives, for the newcomer reading the output. */
  description: string
  stop: () => Promise<void>
}

/**
 * The database the demo runs on: the one DATABASE_URL names (it must be
 * empty; the import checks), or a throwaway embedded cluster in a process of
 * its own (support/database-process.ts), stopped by `stop`.
 */
export async function openDatabase(): Promise<DemoDatabase> {
  const given = process.env.DATABASE_URL
  if (given) {
    return {
      url: given,
      description: "DATABASE_URL",
      stop: async () => undefined,
    }
  }
  const { url, stop } = await startDatabaseProcess("medusa_segments_demo")
  return { url, description: "embedded PostgreSQL", stop }
}
