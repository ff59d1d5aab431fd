import { PREDEFINED_SEGMENTS } from "../../src/modules/segment/predefined-segments"
import type SegmentModuleService from "../../src/modules/segment/service"
import { sql } from "../../src/modules/segment/rules/sql"
import type { Db } from "./db"
import { floorFor } from "./floors"
import { timed } from "./stats"

export type SegmentService = Pick<
  SegmentModuleService,
  "recompute" | "evaluateCustomers"
>

export type BenchSegment = { id: string; handle: string }

/** What one recompute of a segment and its floor measured. */
export type Sample = {
  handle: string
  recompute_ms: number
  floor_ms: number[]
  serial_floor_ms: number
  joined: number
  left: number
  members: number
}

/** The ten predefined segments as seeded by the migrations, in list order. */
export async function loadPredefinedSegments(db: Db): Promise<BenchSegment[]> {
  const rows = await db.rows<BenchSegment & { status: string }>(sql`
    SELECT id, handle, status FROM segment
    WHERE is_predefined = true AND deleted_at IS NULL`)
  return PREDEFINED_SEGMENTS.map(({ handle }) => {
    const row = rows.find((candidate) => candidate.handle === handle)
    if (!row) {
      throw new Error(`predefined segment "${handle}" was not seeded`)
    }
    if (row.status !== "active") {
      throw new Error(`predefined segment "${handle}" is not active`)
    }
    return { id: row.id, handle: row.handle }
  })
}

async function countFloor(
  db: Db,
  handle: string,
  now: Date,
  serial = false
): Promise<{ ms: number; count: number }> {
  const statement = floorFor(handle, now)
  const { ms, result } = await timed(() =>
    serial
      ? db.serial<{ count: number }>(statement)
      : db.rows<{ count: number }>(statement)
  )
  return { ms, count: result[0].count }
}

/**
 * Recomputes every segment at `now`, then times its floor `floorRuns` times
 * and once without parallel workers. A segment whose member count differs
 * from the floor's is a wrong result: it is added to `mismatches`.
 */
export async function recomputeEach(
  db: Db,
  service: SegmentService,
  segments: BenchSegment[],
  now: Date,
  floorRuns: number,
  mismatches: string[]
): Promise<Sample[]> {
  const samples: Sample[] = []
  for (const segment of segments) {
    const recompute = await timed(() => service.recompute(segment.id, now))
    const floors: { ms: number; count: number }[] = []
    for (let run = 0; run < floorRuns; run++) {
      floors.push(await countFloor(db, segment.handle, now))
    }
    const serial = await countFloor(db, segment.handle, now, true)
    const { member_count, joined, left } = recompute.result
    if ([...floors, serial].some((floor) => floor.count !== member_count)) {
      mismatches.push(
        `${segment.handle} at ${now.toISOString()}: recompute says ` +
          `${member_count} members, the floor selects ${floors[0].count}`
      )
    }
    samples.push({
      handle: segment.handle,
      recompute_ms: recompute.ms,
      floor_ms: floors.map((floor) => floor.ms),
      serial_floor_ms: serial.ms,
      joined,
      left,
      members: member_count,
    })
  }
  return samples
}

/**
 * Checks the stored state, not just what a recompute returned: the member
 * rows and the segment's member_count both equal the floor's count at `now`.
 */
export async function verifyStoredMembers(
  db: Db,
  segments: BenchSegment[],
  now: Date,
  mismatches: string[]
): Promise<void> {
  for (const segment of segments) {
    const [stored] = await db.rows<{ member_count: number; rows: number }>(sql`
      SELECT s.member_count,
             (SELECT count(*) FROM segment_member m
              WHERE m.segment_id = s.id AND m.deleted_at IS NULL)::int AS rows
      FROM segment s WHERE s.id = ${segment.id}`)
    const { count } = await countFloor(db, segment.handle, now)
    if (stored.member_count !== count || stored.rows !== count) {
      mismatches.push(
        `${segment.handle} at ${now.toISOString()}: member_count ` +
          `${stored.member_count}, member rows ${stored.rows}, ` +
          `the floor selects ${count}`
      )
    }
  }
}
