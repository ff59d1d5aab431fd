import { spawn, type ChildProcess } from "node:child_process"

/**
 * Commands that a script (the demo, the end-to-end test) runs and must be
 * able to stop. Every command runs in a process group of its own: Ctrl-C in
 * the terminal reaches the script alone, which stops the commands first and
 * their database after them, and stopping a group also stops whatever the
 * command started (a server's esbuild, a browser).
 */
const STOP_TIMEOUT_MS = 15_000

export type Command = {
  /** The program; `process.execPath` for a Node script. */
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  /** Show the command's output as it runs, or only when it fails. */
  quiet?: boolean
}

export type RunningCommand = {
  child: ChildProcess
  /** The exit code; 128 and up for a signal. */
  exited: Promise<number>
  output: () => string
}

/** Process groups started here; a group outlives its leader when it forked. */
const groups = new Set<number>()

export function startCommand({
  command,
  args,
  cwd,
  env,
  quiet,
}: Command): RunningCommand {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
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
export async function runCommand(
  command: Command,
  name = command.args[0] ?? command.command
): Promise<string> {
  const { exited, output } = startCommand(command)
  const code = await exited
  if (code !== 0) {
    if (command.quiet) {
      process.stderr.write(output())
    }
    throw new Error(`${name} exited with code ${code}`)
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
 * Stops every command still running, with any process it started: SIGTERM
 * lets a server shut down gracefully; SIGKILL follows if it hangs.
 */
export async function stopCommands(): Promise<void> {
  const pids = [...groups].filter(groupAlive)
  pids.forEach((pid) => signalGroup(pid, "SIGTERM"))
  const deadline = Date.now() + STOP_TIMEOUT_MS
  while (pids.some(groupAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  pids.filter(groupAlive).forEach((pid) => signalGroup(pid, "SIGKILL"))
}
