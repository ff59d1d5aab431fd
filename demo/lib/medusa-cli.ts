import { spawn, type ChildProcess } from "node:child_process"

/**
 * Runs the `medusa` CLI of this repository's node_modules in the repository
 * root, where medusa-config.ts is the app. Every command runs in a process
 * group of its own: Ctrl-C reaches run.ts only, which stops the command
 * first and the database after it.
 */
const CLI = require.resolve("@medusajs/cli/cli.js")
const ROOT = process.cwd()
const STOP_TIMEOUT_MS = 15_000

export type MedusaCommand = {
  args: string[]
  env: NodeJS.ProcessEnv
  /** Show the command's output as it runs, or only when it fails. */
  quiet?: boolean
}

/** Process groups started here; a group outlives its leader when it forked. */
const groups = new Set<number>()

export function startMedusa({ args, env, quiet }: MedusaCommand): {
  child: ChildProcess
  exited: Promise<number>
  output: () => string
} {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, MEDUSA_DISABLE_TELEMETRY: "true" },
    detached: true,
    stdio: ["ignore", quiet ? "pipe" : "inherit", quiet ? "pipe" : "inherit"],
  })
  const chunks: Buffer[] = []
  child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk))
  child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk))
  if (child.pid) {
    groups.add(child.pid)
  }
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)))
    child.once("error", () => resolve(1))
  })
  return {
    child,
    exited,
    output: () => Buffer.concat(chunks).toString("utf8"),
  }
}

/** Runs a command to its end; throws with its output when it fails. */
export async function runMedusa(command: MedusaCommand): Promise<string> {
  const { exited, output } = startMedusa(command)
  const code = await exited
  if (code !== 0) {
    if (command.quiet) {
      process.stderr.write(output())
    }
    throw new Error(`medusa ${command.args[0]} exited with code ${code}`)
  }
  return output()
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // The group is already gone.
  }
}

/**
 * Stops every command still running, with any process it started (the
 * server's esbuild, for one): SIGTERM lets the server shut down gracefully;
 * SIGKILL follows if it hangs.
 */
export async function stopMedusaCommands(): Promise<void> {
  const pids = [...groups].filter(groupAlive)
  pids.forEach((pid) => signalGroup(pid, "SIGTERM"))
  const deadline = Date.now() + STOP_TIMEOUT_MS
  while (pids.some(groupAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  pids.filter(groupAlive).forEach((pid) => signalGroup(pid, "SIGKILL"))
}
