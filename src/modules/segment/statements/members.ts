import { containing, sql, trusted, type Sql } from "../rules/sql"

export type MemberQuery = { q?: string; limit: number; offset: number }

export type MemberRow = {
  customer_id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  member_since: Date
}

export type MemberPage = { members: MemberRow[]; count: number }

/**
 * Lists a segment's members joined with their customer facts, newest member
 * first, optionally only those whose e-mail contains `q`.
 */
export async function listMembers(
  run: <T>(statement: Sql) => Promise<T[]>,
  segmentId: string,
  { q, limit, offset }: MemberQuery
): Promise<MemberPage> {
  const search = q ? sql` AND c.email ILIKE ${containing(q)}` : trusted("")
  const from = sql`
    FROM segment_member m
    JOIN segment_customer_fact c ON c.id = m.customer_id
    WHERE m.segment_id = ${segmentId} AND m.deleted_at IS NULL${search}`

  const [members, [{ count }]] = await Promise.all([
    run<MemberRow>(sql`
      SELECT m.customer_id, c.email, c.first_name, c.last_name,
             m.created_at AS member_since
      ${from}
      ORDER BY m.created_at DESC, m.customer_id
      LIMIT ${limit} OFFSET ${offset}`),
    run<{ count: number }>(sql`SELECT count(*)::int AS count ${from}`),
  ])
  return { members, count }
}
