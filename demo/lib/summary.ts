import { readFileSync, writeFileSync } from "node:fs"
import { z } from "@medusajs/framework/zod"

/**
 * What the demo's steps hand to run.ts, which runs them as separate `medusa
 * exec` processes: each writes its part as JSON to the file an environment
 * variable names, and run.ts joins the parts into the summary.
 */
export const IMPORT_RESULT_ENV = "DEMO_IMPORT_RESULT"
export const SEGMENTS_RESULT_ENV = "DEMO_SEGMENTS_RESULT"

export const importResultSchema = z.object({
  /** The moment the import started; the latest invoice lands on it. */
  anchor: z.iso.datetime(),
  customers: z.number().int(),
  orders: z.number().int(),
  canceled_orders: z.number().int(),
})

export const segmentSummarySchema = z.object({
  handle: z.string(),
  name: z.string(),
  member_count: z.number().int(),
  computed_at: z.iso.datetime(),
})

export const segmentsResultSchema = z.object({
  segments: z.array(segmentSummarySchema),
})

export type ImportResult = z.infer<typeof importResultSchema>
export type SegmentSummary = z.infer<typeof segmentSummarySchema>
export type DemoSummary = ImportResult & { segments: SegmentSummary[] }

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`)
}

export function readJson<T>(path: string, schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(readFileSync(path, "utf8")))
}

/** Writes a step's result where run.ts asked for it, if it asked. */
export function handBack(variable: string, value: unknown): void {
  const path = process.env[variable]
  if (path) {
    writeJson(path, value)
  }
}
