import {
  runCommand,
  startCommand,
  stopCommands,
  type RunningCommand,
} from "../../support/process-groups"

/**
 * Runs the `medusa` CLI of this repository's node_modules in the repository
 * root, where medusa-config.ts is the app, each command in a process group of
 * its own (support/process-groups.ts): Ctrl-C reaches run.ts only, which
 * stops the command first and the database after it.
 */
const CLI = require.resolve("@medusajs/cli/cli.js")
const ROOT = process.cwd()

export type MedusaCommand = {
  args: string[]
  env: NodeJS.ProcessEnv
  /** Show the command's output as it runs, or only when it fails. */
  quiet?: boolean
}

function commandOf({ args, env, quiet }: MedusaCommand) {
  return {
    command: process.execPath,
    args: [CLI, ...args],
    cwd: ROOT,
    env: { ...env, MEDUSA_DISABLE_TELEMETRY: "true" },
    quiet,
  }
}

export function startMedusa(command: MedusaCommand): RunningCommand {
  return startCommand(commandOf(command))
}

/** Runs a command to its end; throws with its output when it fails. */
export async function runMedusa(command: MedusaCommand): Promise<string> {
  return runCommand(commandOf(command), `medusa ${command.args[0]}`)
}

/** Stops every command still running, with any process it started. */
export const stopMedusaCommands = stopCommands
