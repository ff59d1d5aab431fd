import type { EmbeddedDatabase } from "../../support/embedded-postgres"

export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __EMBEDDED_DB__?: EmbeddedDatabase })
    .__EMBEDDED_DB__
  await db?.stop()
}
