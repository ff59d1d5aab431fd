import type { EditableFields } from "../edits"
import { sql, type Sql } from "../rules/sql"

/**
 * The editable fields of a segment, with its row locked until the
 * transaction ends: a concurrent edit or recompute of the same segment waits.
 */
export function lockEditableFields(segmentId: string): Sql {
  return sql`
    SELECT name, description, status FROM segment
    WHERE id = ${segmentId} AND deleted_at IS NULL
    FOR UPDATE`
}

export function writeEditableFields(
  segmentId: string,
  fields: EditableFields
): Sql {
  return sql`
    UPDATE segment SET
      name = ${fields.name},
      description = ${fields.description},
      status = ${fields.status},
      updated_at = now()
    WHERE id = ${segmentId} AND deleted_at IS NULL`
}

/**
 * Undoes an edit field by field, but only where the field still holds what
 * the edit wrote: an edit that came after it is kept.
 */
export function revertEditableFields(
  segmentId: string,
  before: EditableFields,
  after: EditableFields
): Sql {
  return sql`
    UPDATE segment SET
      name = CASE WHEN name = ${after.name} THEN ${before.name} ELSE name END,
      description = CASE WHEN description = ${after.description}
        THEN ${before.description} ELSE description END,
      status = CASE WHEN status = ${after.status}
        THEN ${before.status} ELSE status END,
      updated_at = now()
    WHERE id = ${segmentId} AND deleted_at IS NULL`
}
