import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { HistoryEntryInput, RowEdit } from "./edits"
import {
  CustomerFact,
  OrderFact,
  Segment,
  SegmentFile,
  SegmentHistory,
  SegmentMember,
} from "./models"
import type { Sql } from "./rules/sql"
import { insertHistoryEntries } from "./statements/history"

/** How one row is edited: its lock, its write, the history of a change. */
export type EditPlan<F> = {
  id: string
  /** Selects the row's editable fields and locks the row (FOR UPDATE). */
  lock: Sql
  notFound: () => MedusaError
  changes: Partial<F>
  history: (before: F, after: F) => HistoryEntryInput[]
  write: (after: F) => Sql
}

export function segmentNotFound(segmentId: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Segment with id: ${segmentId} was not found`
  )
}

/**
 * What every part of the segment module service stands on: the generated
 * CRUD of its models, bound statements, and the one writer of history
 * entries. `SegmentModuleService` (service.ts) is the service itself.
 */
export class SegmentServiceBase extends MedusaService({
  Segment,
  SegmentMember,
  SegmentHistory,
  SegmentFile,
  CustomerFact,
  OrderFact,
}) {
  protected async run<T>(manager: EntityManager, statement: Sql): Promise<T[]> {
    return manager.execute(statement.text, [...statement.values])
  }

  /**
   * Applies an edit to a locked row, in the caller's transaction: reads the
   * fields under the lock, writes them and one history entry per change.
   * Concurrent edits of the row apply one after the other, each against what
   * the one before left. Nothing changed, nothing written.
   */
  protected async applyEdit<F extends object>(
    plan: EditPlan<F>,
    sharedContext: Context<EntityManager>
  ): Promise<RowEdit<F>> {
    const manager = sharedContext.transactionManager!
    const [before] = await this.run<F>(manager, plan.lock)
    if (!before) {
      throw plan.notFound()
    }

    const after: F = { ...before, ...plan.changes }
    const entries = plan.history(before, after)
    if (!entries.length) {
      return { id: plan.id, before, after, history_ids: [] }
    }
    await this.run(manager, plan.write(after))
    const historyIds = await this.createHistoryEntries(entries, sharedContext)
    return { id: plan.id, before, after, history_ids: historyIds }
  }

  /**
   * Undoes a change whose workflow failed later on, in the caller's
   * transaction: runs the statement that puts the rows back, then deletes
   * the history entries the change wrote.
   */
  protected async undoWithHistory(
    undo: Sql | null,
    historyIds: string[],
    sharedContext: Context<EntityManager>
  ): Promise<void> {
    if (undo) {
      await this.run(sharedContext.transactionManager!, undo)
    }
    await this.deleteSegmentHistories(historyIds, sharedContext)
  }

  /**
   * Writes history entries and answers their ids. Every entry of the module
   * comes through here, stamped by the database's clock (see
   * `insertHistoryEntries`), so entries written in different transactions
   * still sort in the order they were written.
   */
  @InjectTransactionManager()
  async createHistoryEntries(
    entries: HistoryEntryInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    if (!entries.length) {
      return []
    }
    const created = await this.run<{ id: string }>(
      sharedContext.transactionManager!,
      insertHistoryEntries(
        entries.map((entry) => ({
          ...entry,
          id: generateEntityId(undefined, "seghist"),
        }))
      )
    )
    return created.map((entry) => entry.id)
  }
}
