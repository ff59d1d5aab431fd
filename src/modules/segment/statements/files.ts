import type { EditableFileFields, NewSegmentFile } from "../file-edits"
import { sql, textArray, type Sql } from "../rules/sql"

/**
 * Records stored files for a segment, not shown in the portal. Each row is
 * stamped by the database clock as it is inserted, so the files of one
 * upload list newest first in the order they were sent.
 */
export function insertSegmentFiles(
  segmentId: string,
  uploadedBy: string | null,
  files: NewSegmentFile[]
): Sql {
  const rows = files.map((file, position) => ({ ...file, position }))
  return sql`
    INSERT INTO segment_file
      (id, segment_id, file_id, name, url, mime_type, size,
       display_in_portal, uploaded_by, created_at, updated_at)
    SELECT f.id, ${segmentId}, f.file_id, f.name, f.url, f.mime_type, f.size,
           false, ${uploadedBy}, clock_timestamp(), clock_timestamp()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS f(id text, file_id text, name text, url text, mime_type text,
           size integer, position integer)
    ORDER BY f.position
    RETURNING id`
}

export function deleteSegmentFileRows(ids: string[]): Sql {
  return sql`DELETE FROM segment_file WHERE id = ANY(${textArray(ids)})`
}

/**
 * The editable fields of one of a segment's files, with its row locked until
 * the transaction ends. A file of another segment is not found.
 */
export function lockFileFields(segmentId: string, fileId: string): Sql {
  return sql`
    SELECT name, display_in_portal FROM segment_file
    WHERE id = ${fileId} AND segment_id = ${segmentId} AND deleted_at IS NULL
    FOR UPDATE`
}

export function writeFileFields(
  fileId: string,
  fields: EditableFileFields
): Sql {
  return sql`
    UPDATE segment_file SET
      name = ${fields.name},
      display_in_portal = ${fields.display_in_portal},
      updated_at = now()
    WHERE id = ${fileId} AND deleted_at IS NULL`
}

/** Undoes an edit field by field, where the field still holds the edit's. */
export function revertFileFields(
  fileId: string,
  before: EditableFileFields,
  after: EditableFileFields
): Sql {
  return sql`
    UPDATE segment_file SET
      name = CASE WHEN name = ${after.name} THEN ${before.name} ELSE name END,
      display_in_portal = CASE
        WHEN display_in_portal = ${after.display_in_portal}
        THEN ${before.display_in_portal} ELSE display_in_portal END,
      updated_at = now()
    WHERE id = ${fileId} AND deleted_at IS NULL`
}

/** Takes one of a segment's files off it (soft delete), answering what it was. */
export function softDeleteSegmentFile(segmentId: string, fileId: string): Sql {
  return sql`
    UPDATE segment_file SET deleted_at = now(), updated_at = now()
    WHERE id = ${fileId} AND segment_id = ${segmentId} AND deleted_at IS NULL
    RETURNING id, file_id, name`
}

export function restoreSegmentFile(fileId: string): Sql {
  return sql`
    UPDATE segment_file SET deleted_at = NULL, updated_at = now()
    WHERE id = ${fileId}`
}

export type PortalFileRow = {
  id: string
  name: string
  url: string
  mime_type: string
  size: number
  segment_id: string
  segment_name: string
}

/**
 * The files a customer's portal shows: those switched on for the portal, of
 * the active segments the customer is a member of now, newest first.
 */
export function portalFilesOf(customerId: string): Sql {
  return sql`
    SELECT f.id, f.name, f.url, f.mime_type, f.size,
           s.id AS segment_id, s.name AS segment_name
    FROM segment_member m
    JOIN segment s ON s.id = m.segment_id
      AND s.status = 'active' AND s.deleted_at IS NULL
    JOIN segment_file f ON f.segment_id = s.id
      AND f.display_in_portal = true AND f.deleted_at IS NULL
    WHERE m.customer_id = ${customerId} AND m.deleted_at IS NULL
    ORDER BY f.created_at DESC, f.id DESC`
}
