/**
 * The benchmark's options. `run.ts` reads them as `--customers N --json FILE`
 * and hands them to the measuring script as `customers=N json=FILE`, because
 * `medusa exec` passes only positional arguments through to a script.
 */
export type BenchOptions = {
  customers: number
  json?: string
  cycles: number
  events: number
  /** Keep the scratch database afterwards (with DATABASE_URL), to inspect. */
  keep: boolean
}

export const DEFAULT_OPTIONS: BenchOptions = {
  customers: 100_000,
  cycles: 3,
  events: 200,
  keep: false,
}

function positiveInteger(name: string, raw: string | undefined): number {
  const value = Number(raw)
  if (!raw || !Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} needs a positive integer, got "${raw ?? ""}"`)
  }
  return value
}

function setOption(options: BenchOptions, name: string, raw?: string): void {
  switch (name) {
    case "customers":
      options.customers = positiveInteger(name, raw)
      if (options.customers < 100) {
        throw new Error("--customers must be at least 100")
      }
      return
    case "cycles":
    case "events":
      options[name] = positiveInteger(name, raw)
      return
    case "json":
      if (!raw) {
        throw new Error("--json needs a file name")
      }
      options.json = raw
      return
    default:
      throw new Error(`unknown option --${name}`)
  }
}

/** Parses `--name value` and `--name=value` from the command line. */
export function parseCommandLine(argv: string[]): BenchOptions {
  const options = { ...DEFAULT_OPTIONS }
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i])
    if (!match) {
      throw new Error(`unexpected argument "${argv[i]}"`)
    }
    if (match[1] === "keep") {
      options.keep = match[2] !== "false"
    } else if (match[2] !== undefined) {
      setOption(options, match[1], match[2])
    } else {
      setOption(options, match[1], argv[++i])
    }
  }
  return options
}

/** The positional form that `medusa exec` forwards to the script. */
export function toExecArgs(options: BenchOptions): string[] {
  const args = [
    `customers=${options.customers}`,
    `cycles=${options.cycles}`,
    `events=${options.events}`,
  ]
  if (options.json) {
    args.push(`json=${options.json}`)
  }
  return args
}

export function fromExecArgs(args: string[]): BenchOptions {
  const options = { ...DEFAULT_OPTIONS }
  for (const arg of args) {
    const at = arg.indexOf("=")
    if (at < 1) {
      throw new Error(`unexpected argument "${arg}"`)
    }
    setOption(options, arg.slice(0, at), arg.slice(at + 1))
  }
  return options
}
