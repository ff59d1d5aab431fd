import { parseArgs } from "node:util"

export type DemoOptions = {
  /** Stop after computing the segments instead of serving the dashboard. */
  serve: boolean
  /** Where to write the JSON summary, if anywhere. */
  summary?: string
}

const USAGE = `Usage: npm run demo -- [--no-serve] [--summary FILE]

  --no-serve       import and compute, then stop instead of serving Medusa
  --summary FILE   write the anchor, the counts and the segments as JSON

Uses DATABASE_URL (an empty database) when set, else an embedded PostgreSQL.
`

export function parseOptions(argv: string[]): DemoOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      "no-serve": { type: "boolean", default: false },
      summary: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  })
  if (values.help) {
    process.stdout.write(USAGE)
    process.exit(0)
  }
  return { serve: !values["no-serve"], summary: values.summary }
}
