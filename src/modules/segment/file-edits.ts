import type { HistoryEntryInput, RowEdit } from "./edits"

/**
 * What happens to a segment's files, and the history entries each change
 * writes. Like a segment edit, every change and its entries are written in
 * one transaction, while the service holds the file's row.
 */

/** A file the File Module has stored, to be recorded for a segment. */
export type NewSegmentFile = {
  id: string
  /** The File Module's id of the stored object (its key). */
  file_id: string
  name: string
  url: string
  mime_type: string
  size: number
}

/** Files recorded for a segment, and the entries that tell of it. */
export type AttachedFiles = { file_ids: string[]; history_ids: string[] }

export type SegmentFileChanges = {
  name?: string
  display_in_portal?: boolean
}

export type EditableFileFields = Required<SegmentFileChanges>

export type SegmentFileEdit = RowEdit<EditableFileFields>

/** A file taken off a segment; its stored object is still to be deleted. */
export type RemovedSegmentFile = {
  id: string
  file_id: string
  name: string
  history_ids: string[]
}

function entry(
  segmentId: string,
  actorId: string | null,
  action: string,
  details: Record<string, unknown>
): HistoryEntryInput {
  return { segment_id: segmentId, actor_id: actorId, action, details }
}

export function historyOfUpload(
  segmentId: string,
  actorId: string | null,
  files: Pick<NewSegmentFile, "id" | "name">[]
): HistoryEntryInput[] {
  return files.map((file) =>
    entry(segmentId, actorId, "file_uploaded", {
      file_id: file.id,
      name: file.name,
    })
  )
}

/** A rename, then a portal switch under the name the file ends up with. */
export function historyOfFileEdit(
  segmentId: string,
  fileId: string,
  actorId: string | null,
  before: EditableFileFields,
  after: EditableFileFields
): HistoryEntryInput[] {
  const entries: HistoryEntryInput[] = []
  if (after.name !== before.name) {
    entries.push(
      entry(segmentId, actorId, "file_renamed", {
        file_id: fileId,
        from: before.name,
        to: after.name,
      })
    )
  }
  if (after.display_in_portal !== before.display_in_portal) {
    const action = after.display_in_portal
      ? "file_shown_in_portal"
      : "file_hidden_from_portal"
    entries.push(
      entry(segmentId, actorId, action, { file_id: fileId, name: after.name })
    )
  }
  return entries
}

export function historyOfRemoval(
  segmentId: string,
  actorId: string | null,
  file: Pick<RemovedSegmentFile, "id" | "name">
): HistoryEntryInput[] {
  return [
    entry(segmentId, actorId, "file_deleted", {
      file_id: file.id,
      name: file.name,
    }),
  ]
}
