import type { ExecArgs } from "@medusajs/framework/types"
import { SEGMENT_MODULE } from "../src/modules/segment"
import { PREDEFINED_SEGMENTS } from "../src/modules/segment/predefined-segments"
import type SegmentModuleService from "../src/modules/segment/service"
import { backfillSegmentFactsWorkflow } from "../src/workflows/backfill-segment-facts"
import { recomputeSegmentWorkflow } from "../src/workflows/recompute-segment"
import {
  handBack,
  SEGMENTS_RESULT_ENV,
  type SegmentSummary,
} from "./lib/summary"
import { formatTable } from "./lib/table"

/**
 * Fills the segment facts from the imported store with the backfill workflow,
 * as after installing the plugin on an existing store, then recomputes every
 * segment and prints what each holds:
 *
 *   npx medusa exec ./demo/compute-segments.ts
 *
 * Writes the segments to the file DEMO_SEGMENTS_RESULT names, for run.ts.
 */
const PREDEFINED_ORDER = PREDEFINED_SEGMENTS.map((segment) => segment.handle)

/** The dashboard's order: predefined segments first, then by handle. */
function rank(handle: string): number {
  const index = PREDEFINED_ORDER.indexOf(handle)
  return index === -1 ? PREDEFINED_ORDER.length : index
}

export default async function computeSegments({
  container,
}: ExecArgs): Promise<void> {
  const backfillStarted = performance.now()
  const { result: facts } = await backfillSegmentFactsWorkflow(container).run({
    input: {},
  })
  process.stdout.write(
    `Backfilled the facts of ${facts.customers} customers and ${facts.orders} ` +
      `orders in ${Math.round(performance.now() - backfillStarted)} ms\n`
  )

  const segmentModule: SegmentModuleService = container.resolve(SEGMENT_MODULE)
  const segments = (
    await segmentModule.listSegments(
      {},
      { select: ["id", "handle", "name"], order: { handle: "ASC" } }
    )
  ).sort((a, b) => rank(a.handle) - rank(b.handle))

  const summaries: SegmentSummary[] = []
  const rows: (string | number)[][] = []
  for (const segment of segments) {
    const { result } = await recomputeSegmentWorkflow(container).run({
      input: { segment_id: segment.id },
    })
    summaries.push({
      handle: segment.handle,
      name: segment.name,
      member_count: result.member_count,
      // A workflow may hand a Date back as its JSON string.
      computed_at: new Date(result.computed_at).toISOString(),
    })
    rows.push([segment.name, result.member_count, result.duration_ms])
  }

  process.stdout.write(
    `\n${formatTable(["Segment", "Members", "Milliseconds"], rows)}\n\n`
  )
  handBack(SEGMENTS_RESULT_ENV, { segments: summaries })
}
