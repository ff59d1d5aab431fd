import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import { SEGMENT_MODULE } from "../../src/modules/segment"
import { PREDEFINED_SEGMENTS } from "../../src/modules/segment/predefined-segments"
import type SegmentModuleService from "../../src/modules/segment/service"

/** A segment's stable `handle`, e.g. "orders-30d". */
export type SegmentHandle = string

/** Each segment's member ids (sorted), by handle. */
export type Memberships = Record<SegmentHandle, string[]>

/** Each segment's stored `member_count`, by handle. */
export type MemberCounts = Record<SegmentHandle, number>

export const SEGMENT_HANDLES: SegmentHandle[] = PREDEFINED_SEGMENTS.map(
  (segment) => segment.handle
)

/**
 * The memberships a test expects: the segments it names hold those
 * customers, every other segment is empty.
 */
export function membershipsWith(
  members: Partial<Record<SegmentHandle, string[]>>
): Memberships {
  const unknown = Object.keys(members).filter(
    (handle) => !SEGMENT_HANDLES.includes(handle)
  )
  if (unknown.length) {
    throw new Error(`Not a predefined segment: ${unknown.join(", ")}`)
  }
  return Object.fromEntries(
    SEGMENT_HANDLES.map((handle) => [
      handle,
      [...(members[handle] ?? [])].sort(),
    ])
  )
}

/** The member counts that go with some memberships. */
export function countsOf(memberships: Memberships): MemberCounts {
  return Object.fromEntries(
    SEGMENT_HANDLES.map((handle) => [handle, memberships[handle].length])
  )
}

/** What the segment module stores now: members and counts of every segment. */
export async function readSegments(
  container: MedusaContainer
): Promise<{ members: Memberships; counts: MemberCounts }> {
  const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
  const stored = await segments.listSegments(
    {},
    { select: ["id", "handle", "member_count"], take: null }
  )
  const rows = await segments.listSegmentMembers(
    { segment_id: stored.map((segment) => segment.id) },
    { select: ["segment_id", "customer_id"], take: null }
  )

  const members: Memberships = {}
  const counts: MemberCounts = {}
  for (const segment of stored) {
    members[segment.handle] = rows
      .filter((row) => row.segment_id === segment.id)
      .map((row) => row.customer_id)
      .sort()
    counts[segment.handle] = segment.member_count
  }
  return { members, counts }
}

/**
 * Runs `action` and waits until every subscriber of `eventName` has handled
 * the event it causes, on the app's own (local) event bus.
 */
export async function afterSubscribers<T>(
  container: MedusaContainer,
  eventName: string,
  action: () => Promise<T>
): Promise<T> {
  const handled = TestEventUtils.waitSubscribersExecution(
    eventName,
    container.resolve(Modules.EVENT_BUS)
  )
  // If the action fails, its error is the one to report, not the timeout.
  handled.catch(() => undefined)
  const result = await action()
  await handled
  return result
}
