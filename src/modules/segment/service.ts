import type { Context, DAL } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  historyOfEdit,
  type EditableFields,
  type SegmentChanges,
  type SegmentEdit,
} from "./edits"
import { SegmentFileService } from "./file-service"
import {
  resolveSegmentOptions,
  type ResolvedSegmentOptions,
  type SegmentModuleOptions,
} from "./options"
import { parseRule } from "./rules/schema"
import { sql, textArray } from "./rules/sql"
import { segmentNotFound } from "./service-base"
import {
  customersOfOrderFacts,
  knownCustomers,
  markCustomerFactsDeleted,
  markOrderFactsDeleted,
  upsertCustomerFacts,
  upsertOrderFacts,
  type CustomerFactInput,
  type OrderFactInput,
} from "./statements/facts"
import {
  lockEditableFields,
  revertEditableFields,
  writeEditableFields,
} from "./statements/edits"
import { insertPredefinedSegments } from "./statements/predefined"
import {
  applyCustomerMembership,
  applyMemberDiff,
} from "./statements/membership"
import {
  listMembers,
  type MemberPage,
  type MemberQuery,
} from "./statements/members"

export type { SegmentModuleOptions }

export type RecomputeResult = {
  segment_id: string
  joined: number
  left: number
  member_count: number
  duration_ms: number
  computed_at: Date
}

export type MembershipChange = {
  segment_id: string
  customer_id: string
  change: "joined" | "left"
}

type InjectedDependencies = { baseRepository: DAL.RepositoryService }

type ActiveSegment = { id: string; rule: unknown }

type SegmentToEvaluate = ActiveSegment & { status: "active" | "inactive" }

/**
 * The segment module: segments, their members, history and files, and the
 * facts about customers and orders that the rules read.
 */
export default class SegmentModuleService extends SegmentFileService {
  protected readonly options_: ResolvedSegmentOptions

  constructor(
    dependencies: InjectedDependencies,
    options: SegmentModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = resolveSegmentOptions(options)
  }

  getOptions(): ResolvedSegmentOptions {
    return this.options_
  }

  /** Creates the predefined segments that don't exist yet; safe to repeat. */
  @InjectTransactionManager()
  async ensurePredefinedSegments(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<number> {
    const inserted = await this.run<{ id: string }>(
      sharedContext.transactionManager!,
      insertPredefinedSegments()
    )
    return inserted.length
  }

  @InjectTransactionManager()
  async upsertCustomerFacts(
    rows: CustomerFactInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (rows.length) {
      await this.run(
        sharedContext.transactionManager!,
        upsertCustomerFacts(rows)
      )
    }
  }

  @InjectTransactionManager()
  async upsertOrderFacts(
    rows: OrderFactInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (rows.length) {
      await this.run(sharedContext.transactionManager!, upsertOrderFacts(rows))
    }
  }

  /** Marks facts of customers that no longer exist as deleted. */
  @InjectTransactionManager()
  async markCustomerFactsDeleted(
    ids: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (ids.length) {
      await this.run(
        sharedContext.transactionManager!,
        markCustomerFactsDeleted(ids)
      )
    }
  }

  /** Marks facts of orders that no longer exist as deleted. */
  @InjectTransactionManager()
  async markOrderFactsDeleted(
    ids: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (ids.length) {
      await this.run(
        sharedContext.transactionManager!,
        markOrderFactsDeleted(ids)
      )
    }
  }

  /** The customers the facts attribute these orders to. */
  @InjectManager()
  async customersOfOrderFacts(
    orderIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    if (!orderIds.length) {
      return []
    }
    const rows = await this.run<{ customer_id: string }>(
      sharedContext.manager!,
      customersOfOrderFacts(orderIds)
    )
    return rows.map((row) => row.customer_id)
  }

  /** Those of these customers the facts know nothing of yet. */
  @InjectManager()
  async customersWithoutFacts(
    customerIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    if (!customerIds.length) {
      return []
    }
    const known = await this.run<{ id: string }>(
      sharedContext.manager!,
      knownCustomers(customerIds)
    )
    const knownIds = new Set(known.map((row) => row.id))
    return customerIds.filter((id) => !knownIds.has(id))
  }

  /**
   * Refreshes the planner's statistics of the facts after a bulk load, so the
   * first recomputes plan their joins on real row counts rather than on the
   * empty tables PostgreSQL last looked at.
   */
  @InjectManager()
  async analyzeFacts(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await this.run(
      sharedContext.manager!,
      sql`ANALYZE segment_customer_fact, segment_order_fact`
    )
  }

  /**
   * Renames, describes, activates or deactivates a segment and writes one
   * history entry per changed field, in one transaction that holds the
   * segment's row: concurrent edits apply one after the other, each against
   * the values the one before left. Nothing changed, nothing written.
   */
  @InjectTransactionManager()
  async editSegment(
    segmentId: string,
    changes: SegmentChanges,
    actorId: string | null,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<SegmentEdit> {
    return this.applyEdit<EditableFields>(
      {
        id: segmentId,
        lock: lockEditableFields(segmentId),
        notFound: () => segmentNotFound(segmentId),
        changes,
        history: (before, after) =>
          historyOfEdit(segmentId, actorId, before, after),
        write: (after) => writeEditableFields(segmentId, after),
      },
      sharedContext
    )
  }

  /** Undoes an edit whose workflow failed later on, with its history. */
  @InjectTransactionManager()
  async revertSegmentEdit(
    edit: SegmentEdit,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (!edit.history_ids.length) {
      return
    }
    // One UPDATE: it takes the row lock itself and compares each field with
    // the row as the last edit left it.
    await this.undoWithHistory(
      revertEditableFields(edit.id, edit.before, edit.after),
      edit.history_ids,
      sharedContext
    )
  }

  /**
   * Recomputes one segment: the set-based diff, the member count and the
   * timing, in one transaction. The segment row is locked first, so two
   * recomputes of one segment run one after the other.
   */
  @InjectTransactionManager()
  async recompute(
    segmentId: string,
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<RecomputeResult> {
    const manager = sharedContext.transactionManager!
    const started = performance.now()
    const [segment] = await this.run<ActiveSegment>(
      manager,
      sql`SELECT id, rule FROM segment
          WHERE id = ${segmentId} AND deleted_at IS NULL FOR UPDATE`
    )
    if (!segment) {
      throw segmentNotFound(segmentId)
    }

    const [diff] = await this.run<{ joined: number; left: number }>(
      manager,
      applyMemberDiff(segment.id, parseRule(segment.rule), now)
    )
    const durationMs = Math.round(performance.now() - started)
    const [updated] = await this.run<{ member_count: number }>(
      manager,
      sql`UPDATE segment SET
            member_count = member_count + ${diff.joined} - ${diff.left},
            computed_at = ${now},
            compute_duration_ms = ${durationMs},
            updated_at = now()
          WHERE id = ${segment.id}
          RETURNING member_count`
    )
    return {
      segment_id: segment.id,
      joined: diff.joined,
      left: diff.left,
      member_count: updated.member_count,
      duration_ms: durationMs,
      computed_at: now,
    }
  }

  /**
   * Re-evaluates some customers against every active segment, as after an
   * event, and takes deleted customers out of inactive ones too. Each segment
   * row is locked while its members change, so this never interleaves with a
   * recompute of the same segment.
   */
  @InjectTransactionManager()
  async evaluateCustomers(
    customerIds: string[],
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<MembershipChange[]> {
    const manager = sharedContext.transactionManager!
    const changes: MembershipChange[] = []
    if (!customerIds.length) {
      return changes
    }

    const segments = await this.run<SegmentToEvaluate>(
      manager,
      sql`SELECT id, rule, status FROM segment
          WHERE deleted_at IS NULL
          ORDER BY id FOR UPDATE`
    )
    // Inactive segments keep their members as they are, except that a
    // deleted customer is nobody's member: their e-mail must not stay listed.
    const deleted = await this.run<{ id: string }>(
      manager,
      sql`SELECT id FROM segment_customer_fact
          WHERE id = ANY(${textArray(customerIds)}) AND is_deleted = true`
    )
    const deletedIds = deleted.map((row) => row.id)

    for (const segment of segments) {
      const rule = parseRule(segment.rule)
      const evaluated = segment.status === "active" ? customerIds : deletedIds
      let delta = 0

      for (const customerId of evaluated) {
        const [result] = await this.run<{ joined: number; left: number }>(
          manager,
          applyCustomerMembership(segment.id, rule, customerId, now)
        )
        if (result.joined) {
          changes.push({
            segment_id: segment.id,
            customer_id: customerId,
            change: "joined",
          })
        }
        if (result.left) {
          changes.push({
            segment_id: segment.id,
            customer_id: customerId,
            change: "left",
          })
        }
        delta += result.joined - result.left
      }

      if (delta !== 0) {
        await this.run(
          manager,
          sql`UPDATE segment SET member_count = member_count + ${delta}
              WHERE id = ${segment.id}`
        )
      }
    }
    return changes
  }

  /** Active segments not computed within the refresh interval. */
  @InjectManager()
  async listSegmentsDueForRefresh(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const staleBefore = new Date(
      now.getTime() - this.options_.refreshIntervalMinutes * 60_000
    )
    const rows = await this.run<{ id: string }>(
      sharedContext.manager!,
      sql`SELECT id FROM segment
          WHERE status = 'active' AND deleted_at IS NULL
            AND (computed_at IS NULL OR computed_at < ${staleBefore})
          ORDER BY id`
    )
    return rows.map((row) => row.id)
  }

  /** A page of a segment's members with what the facts know of each. */
  @InjectManager()
  async listMembersWithCustomer(
    segmentId: string,
    query: MemberQuery,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<MemberPage> {
    return listMembers(
      (statement) => this.run(sharedContext.manager!, statement),
      segmentId,
      query
    )
  }
}
