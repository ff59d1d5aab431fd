import { compileMemberSelect } from "../rules/compile"
import type { Rule } from "../rules/schema"
import { sql, type Sql } from "../rules/sql"

// Every index of segment_member is partial (`WHERE deleted_at IS NULL`, as
// Medusa's models make them): a statement that omits the condition can't use
// one and scans the members of every segment.

/** Medusa-style ids for member rows written by set-based statements. */
const NEW_MEMBER_ID = sql`'segmem_' || replace(gen_random_uuid()::text, '-', '')`

/**
 * The set-based diff of a recompute, as one statement: a full outer join of
 * the rule's member set with the stored one finds who joins and who leaves;
 * both changes are applied and counted without a customer id reaching Node.
 */
export function applyMemberDiff(segmentId: string, rule: Rule, now: Date): Sql {
  return sql`
    WITH target AS (${compileMemberSelect(rule, now)}),
    current AS (
      SELECT customer_id FROM segment_member
      WHERE segment_id = ${segmentId} AND deleted_at IS NULL
    ),
    diff AS (
      SELECT t.customer_id AS joining, m.customer_id AS leaving
      FROM target t FULL OUTER JOIN current m ON m.customer_id = t.customer_id
      WHERE t.customer_id IS NULL OR m.customer_id IS NULL
    ),
    left_members AS (
      DELETE FROM segment_member sm USING diff
      WHERE sm.segment_id = ${segmentId} AND sm.customer_id = diff.leaving
        AND sm.deleted_at IS NULL
      RETURNING 1
    ),
    joined_members AS (
      INSERT INTO segment_member (id, segment_id, customer_id)
      SELECT ${NEW_MEMBER_ID}, ${segmentId}, joining
      FROM diff WHERE joining IS NOT NULL
      ON CONFLICT (segment_id, customer_id) WHERE deleted_at IS NULL DO NOTHING
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM joined_members)::int AS joined,
           (SELECT count(*) FROM left_members)::int AS left`
}

/**
 * The same diff for one customer: adds or removes that customer alone, and
 * reports which happened.
 */
export function applyCustomerMembership(
  segmentId: string,
  rule: Rule,
  customerId: string,
  now: Date
): Sql {
  return sql`
    WITH target AS (${compileMemberSelect(rule, now, { customerId })}),
    left_members AS (
      DELETE FROM segment_member
      WHERE segment_id = ${segmentId} AND customer_id = ${customerId}
        AND deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM target)
      RETURNING 1
    ),
    joined_members AS (
      INSERT INTO segment_member (id, segment_id, customer_id)
      SELECT ${NEW_MEMBER_ID}, ${segmentId}, customer_id FROM target
      ON CONFLICT (segment_id, customer_id) WHERE deleted_at IS NULL DO NOTHING
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM joined_members)::int AS joined,
           (SELECT count(*) FROM left_members)::int AS left`
}
