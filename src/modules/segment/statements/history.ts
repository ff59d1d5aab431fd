import type { HistoryEntryInput } from "../edits"
import { sql, type Sql } from "../rules/sql"

export type HistoryEntryRow = HistoryEntryInput & { id: string }

/**
 * Inserts history entries stamped with the database's clock at the moment of
 * the insert, not the start of the transaction: an edit that waited for the
 * segment's row lock is stamped after the edit it waited for, so "newest
 * first" is the order the edits were applied in.
 */
export function insertHistoryEntries(entries: HistoryEntryRow[]): Sql {
  const rows = entries.map((entry) => ({
    ...entry,
    details: entry.details ?? null,
  }))
  return sql`
    INSERT INTO segment_history
      (id, segment_id, actor_id, action, details, created_at, updated_at)
    SELECT e.id, e.segment_id, e.actor_id, e.action, e.details,
           clock_timestamp(), clock_timestamp()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS e(id text, segment_id text, actor_id text, action text, details jsonb)
    RETURNING id`
}
