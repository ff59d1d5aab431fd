import { PREDEFINED_SEGMENTS } from "../predefined-segments"
import { sql, type Sql } from "../rules/sql"

/**
 * Inserts the predefined segments that don't exist yet. Their ids derive from
 * their handles, so running it again (another migration run, another app)
 * creates nothing twice and keeps an admin's renames.
 */
export function insertPredefinedSegments(): Sql {
  const rows = PREDEFINED_SEGMENTS.map((segment) => ({
    ...segment,
    id: `seg_${segment.handle.replace(/-/g, "_")}`,
  }))
  return sql`
    INSERT INTO segment (id, handle, name, description, rule, is_predefined)
    SELECT r.id, r.handle, r.name, r.description, r.rule, true
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS r(id text, handle text, name text, description text, rule jsonb)
    ON CONFLICT (handle) WHERE deleted_at IS NULL DO NOTHING
    RETURNING id`
}
