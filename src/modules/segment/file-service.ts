import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  historyOfFileEdit,
  historyOfRemoval,
  historyOfUpload,
  type AttachedFiles,
  type EditableFileFields,
  type NewSegmentFile,
  type RemovedSegmentFile,
  type SegmentFileChanges,
  type SegmentFileEdit,
} from "./file-edits"
import { sql } from "./rules/sql"
import { SegmentServiceBase, segmentNotFound } from "./service-base"
import {
  deleteSegmentFileRows,
  insertSegmentFiles,
  lockFileFields,
  portalFilesOf,
  restoreSegmentFile,
  revertFileFields,
  softDeleteSegmentFile,
  writeFileFields,
  type PortalFileRow,
} from "./statements/files"

/** The same answer for an unknown id and for a file of another segment. */
export function segmentFileNotFound(fileId: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Segment file with id: ${fileId} was not found`
  )
}

/**
 * The segment module's files: records of objects the File Module stores,
 * renamed, shown in the customer portal or taken off, each change with its
 * history entries in one transaction. Storing and deleting the objects is
 * the workflows' part (src/workflows), so a failure on either side can be
 * undone on the other.
 */
export class SegmentFileService extends SegmentServiceBase {
  /**
   * Records files the File Module has just stored as files of a segment,
   * with a `file_uploaded` entry each, in one transaction.
   */
  @InjectTransactionManager()
  async attachFiles(
    segmentId: string,
    files: NewSegmentFile[],
    actorId: string | null,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AttachedFiles> {
    const manager = sharedContext.transactionManager!
    const [segment] = await this.run<{ id: string }>(
      manager,
      sql`SELECT id FROM segment WHERE id = ${segmentId} AND deleted_at IS NULL`
    )
    if (!segment) {
      throw segmentNotFound(segmentId)
    }
    if (!files.length) {
      return { file_ids: [], history_ids: [] }
    }
    const rows = await this.run<{ id: string }>(
      manager,
      insertSegmentFiles(segmentId, actorId, files)
    )
    const historyIds = await this.createHistoryEntries(
      historyOfUpload(segmentId, actorId, files),
      sharedContext
    )
    return { file_ids: rows.map((row) => row.id), history_ids: historyIds }
  }

  /** Undoes `attachFiles` when a later step of the upload failed. */
  @InjectTransactionManager()
  async detachFiles(
    attached: AttachedFiles,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await this.undoWithHistory(
      attached.file_ids.length
        ? deleteSegmentFileRows(attached.file_ids)
        : null,
      attached.history_ids,
      sharedContext
    )
  }

  /**
   * Renames a segment's file or shows it in (hides it from) the portal, with
   * one history entry per change, holding the file's row. A file of another
   * segment is not found, exactly like an unknown id.
   */
  @InjectTransactionManager()
  async editSegmentFile(
    segmentId: string,
    fileId: string,
    changes: SegmentFileChanges,
    actorId: string | null,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<SegmentFileEdit> {
    return this.applyEdit<EditableFileFields>(
      {
        id: fileId,
        lock: lockFileFields(segmentId, fileId),
        notFound: () => segmentFileNotFound(fileId),
        changes,
        history: (before, after) =>
          historyOfFileEdit(segmentId, fileId, actorId, before, after),
        write: (after) => writeFileFields(fileId, after),
      },
      sharedContext
    )
  }

  /** Undoes a file edit whose workflow failed later on, with its history. */
  @InjectTransactionManager()
  async revertSegmentFileEdit(
    edit: SegmentFileEdit,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (!edit.history_ids.length) {
      return
    }
    await this.undoWithHistory(
      revertFileFields(edit.id, edit.before, edit.after),
      edit.history_ids,
      sharedContext
    )
  }

  /**
   * Takes a file off its segment with a `file_deleted` entry, in one
   * transaction. The stored object is deleted afterwards, by the workflow.
   */
  @InjectTransactionManager()
  async removeSegmentFile(
    segmentId: string,
    fileId: string,
    actorId: string | null,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<RemovedSegmentFile> {
    const [removed] = await this.run<Omit<RemovedSegmentFile, "history_ids">>(
      sharedContext.transactionManager!,
      softDeleteSegmentFile(segmentId, fileId)
    )
    if (!removed) {
      throw segmentFileNotFound(fileId)
    }
    const historyIds = await this.createHistoryEntries(
      historyOfRemoval(segmentId, actorId, removed),
      sharedContext
    )
    return { ...removed, history_ids: historyIds }
  }

  /** Puts back a file whose stored object could not be deleted. */
  @InjectTransactionManager()
  async restoreRemovedSegmentFile(
    removed: RemovedSegmentFile,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await this.undoWithHistory(
      restoreSegmentFile(removed.id),
      removed.history_ids,
      sharedContext
    )
  }

  /** The files a customer's portal shows, newest first. */
  @InjectManager()
  async listPortalFiles(
    customerId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<PortalFileRow[]> {
    return this.run<PortalFileRow>(
      sharedContext.manager!,
      portalFilesOf(customerId)
    )
  }
}
