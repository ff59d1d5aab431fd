import { createServer } from "node:net"
import { startMedusa } from "./medusa-cli"

const READY_TIMEOUT_MS = 180_000

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once("error", () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })
}

async function get(
  url: string
): Promise<{ status: number; type: string; body: string } | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
    return {
      status: response.status,
      type: response.headers.get("content-type") ?? "",
      body: await response.text(),
    }
  } catch {
    return undefined
  }
}

/** The dashboard page, and the script it loads, which Vite compiles on demand. */
async function dashboardLoads(base: string): Promise<boolean> {
  const page = await get(`${base}/app`)
  if (
    page?.status !== 200 ||
    !page.type.includes("text/html") ||
    !page.body.includes("/app/entry.jsx")
  ) {
    return false
  }
  const entry = await get(`${base}/app/entry.jsx`)
  return entry?.status === 200 && entry.type.includes("javascript")
}

/**
 * Serves the app with its dashboard and waits until the server answers
 * /health and the dashboard at /app loads. Resolves with the server's exit
 * (which only comes when it fails or is stopped).
 *
 * `medusa start` with NODE_ENV=development is the server `medusa develop`
 * forks, with the dashboard served by Vite, minus develop's file watcher: a
 * demo has no use for restarts on file changes, and in 2.21 a restart can
 * race the old server for the port (EADDRINUSE) and leave none running.
 */
export async function serveMedusa(
  env: NodeJS.ProcessEnv,
  port: number
): Promise<{ exited: Promise<number> }> {
  if (!(await portIsFree(port))) {
    throw new Error(`Port ${port} is in use: stop what runs there, or set PORT`)
  }
  const { exited } = startMedusa({
    args: ["start"],
    env: { ...env, NODE_ENV: "development", PORT: String(port) },
  })
  let gone = false
  void exited.then(() => (gone = true))

  const base = `http://localhost:${port}`
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline && !gone) {
    const health = await get(`${base}/health`)
    if (health?.status === 200 && (await dashboardLoads(base))) {
      return { exited }
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(
    gone
      ? "The server exited before it was ready"
      : `The server did not serve ${base}/health and ${base}/app in time`
  )
}
