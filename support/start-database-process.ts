import { spawn } from "node:child_process"
import { join } from "node:path"
import { createInterface } from "node:readline"

export type DatabaseProcess = {
  url: string
  stop: () => Promise<void>
}

const STARTUP_TIMEOUT_MS = 60_000

/**
 * Starts database-process.ts in a process group of its own with a fresh
 * embedded cluster holding `database`, and resolves with its connection
 * string once it is ready. `stop` closes the process's stdin, which stops the
 * cluster; so does the death of this process.
 */
export function startDatabaseProcess(
  database: string
): Promise<DatabaseProcess> {
  const child = spawn(
    process.execPath,
    [
      require.resolve("ts-node/dist/bin"),
      "--swc",
      join(__dirname, "database-process.ts"),
      database,
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
      resolve({ url, stop })
    })
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`The embedded database exited with code ${code}`))
    })
  })
}
