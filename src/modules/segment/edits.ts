/**
 * What an admin can change about a segment, and the history entries a change
 * writes. The service applies an edit and its entries in one transaction
 * while it holds the segment's row, so the history always tells the story of
 * the stored values, however many admins edit at once.
 */
export type SegmentChanges = {
  name?: string
  description?: string
  status?: "active" | "inactive"
}

export type EditableFields = Required<SegmentChanges>

/** An applied edit of one row: the values before and after, the entries. */
export type RowEdit<F> = {
  id: string
  before: F
  after: F
  history_ids: string[]
}

export type SegmentEdit = RowEdit<EditableFields>

export type HistoryEntryInput = {
  segment_id: string
  /** The admin user who acted; null when the system did. */
  actor_id: string | null
  action: string
  details?: Record<string, unknown> | null
}

/** One history entry per field that actually changed. */
export function historyOfEdit(
  segmentId: string,
  actorId: string | null,
  before: EditableFields,
  after: EditableFields
): HistoryEntryInput[] {
  const entries: HistoryEntryInput[] = []
  const entry = (action: string, details: Record<string, unknown>) =>
    entries.push({ segment_id: segmentId, actor_id: actorId, action, details })

  if (after.name !== before.name) {
    entry("renamed", { from: before.name, to: after.name })
  }
  if (after.description !== before.description) {
    entry("description_changed", {
      from: before.description,
      to: after.description,
    })
  }
  if (after.status !== before.status) {
    entry(after.status === "active" ? "activated" : "deactivated", {
      from: before.status,
      to: after.status,
    })
  }
  return entries
}
