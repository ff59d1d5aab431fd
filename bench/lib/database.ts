import { Client } from "@medusajs/framework/pg"

export type ScratchDatabase = {
  name: string
  url: string
  drop: () => Promise<void>
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/**
 * A fresh database beside whatever the server holds, so a run never touches
 * existing data. Its name is generated here (digits only), which is why it
 * may appear in the DDL: database names can't be bound parameters.
 */
export async function createScratchDatabase(
  serverUrl: string
): Promise<ScratchDatabase> {
  const name = `segments_bench_${Date.now()}`
  await admin(serverUrl, `CREATE DATABASE ${name}`)
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: () =>
      admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}
