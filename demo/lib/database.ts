import { spawn } from "node:child_process"
import { join } from "node:path"
import { createInterface } from "node:readline"

export type DemoDatabase = {
  url: string
  /** Where the database lives, for the newcomer reading the output. */
  description: string
  stop: () => Promise<void>
}

const STARTUP_TIMEOUT_MS = 60_000

/**
 * The database the demo runs on: the one DATABASE_URL names (it must be
 * empty; the import checks), or a throwaway embedded cluster started in
 * database-process.ts and stopped by `stop`.
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
  return startEmbeddedDatabase()
}

function startEmbeddedDatabase(): Promise<DemoDatabase> {
  const child = spawn(
    process.execPath,
    [
      require.resolve("ts-node/dist/bin"),
      "--swc",
      join(__dirname, "database-process.ts"),
    ],
    { detached: true, stdio: ["pipe", "pipe", "inherit"] }
  )
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code))
  })

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin?.end()
      const code = await exited
      if (code !== 0) {
        throw new Error(`The embedded database stopped with code ${code}`)
      }
    }
  }

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM")
      reject(new Error("The embedded database did not start in time"))
    }, STARTUP_TIMEOUT_MS)
    const lines = createInterface({ input: child.stdout! })
    lines.once("line", (line) => {
      clearTimeout(timer)
      const { url } = JSON.parse(line) as { url: string }
      resolve({ url, description: "embedded PostgreSQL", stop })
    })
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`The embedded database exited with code ${code}`))
    })
  })
}
