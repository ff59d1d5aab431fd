import { existsSync, symlinkSync } from "node:fs"
import { join } from "node:path"
import { startCommand, type RunningCommand } from "../../support/process-groups"

const READY_TIMEOUT_MS = 120_000

/** The `medusa` CLI of the host's own node_modules. */
export function medusaCli(host: string): string {
  return join(host, "node_modules", "@medusajs", "cli", "cli.js")
}

async function answers(url: string, type: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
    await response.arrayBuffer()
    return (
      response.status === 200 &&
      (response.headers.get("content-type") ?? "").includes(type)
    )
  } catch {
    return false
  }
}

/**
 * Starts the production build `medusa build` wrote to .medusa/server, as a
 * deployment would run it (NODE_ENV=production, `medusa start` in that
 * folder), and waits until /health and the built dashboard at /app answer.
 * The build's node_modules is the host's own, linked rather than installed a
 * second time.
 */
export async function serveBuild(
  host: string,
  env: NodeJS.ProcessEnv,
  port: number
): Promise<RunningCommand & { url: string }> {
  const build = join(host, ".medusa", "server")
  if (!existsSync(join(build, "public", "admin", "index.html"))) {
    throw new Error(`medusa build left no dashboard in ${build}/public/admin`)
  }
  symlinkSync(join(host, "node_modules"), join(build, "node_modules"), "dir")

  const server = startCommand({
    command: process.execPath,
    args: [medusaCli(host), "start"],
    cwd: build,
    env: { ...env, NODE_ENV: "production", PORT: String(port) },
    quiet: true,
  })
  let exitCode: number | undefined
  void server.exited.then((code) => (exitCode = code))

  const url = `http://localhost:${port}`
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (exitCode === undefined && Date.now() < deadline) {
    if (
      (await answers(`${url}/health`, "text")) &&
      (await answers(`${url}/app`, "text/html"))
    ) {
      return { ...server, url }
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  process.stderr.write(server.output())
  throw new Error(
    exitCode === undefined
      ? `The server did not answer ${url}/health and ${url}/app in time`
      : `The server exited with code ${exitCode} before it was ready`
  )
}
