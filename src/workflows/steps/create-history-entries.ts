import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_MODULE } from "../../modules/segment"
import type SegmentModuleService from "../../modules/segment/service"

export type HistoryEntryInput = {
  segment_id: string
  /** The admin user who acted; null when the system did. */
  actor_id: string | null
  action: string
  details?: Record<string, unknown> | null
}

export const createHistoryEntriesStepId = "create-segment-history-entries"

/** Writes what happened to segments, and who did it. */
export const createHistoryEntriesStep = createStep(
  createHistoryEntriesStepId,
  async (entries: HistoryEntryInput[], { container }) => {
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    if (!entries.length) {
      return new StepResponse([], [])
    }
    const created = await segments.createSegmentHistories(
      entries.map(({ segment_id, ...entry }) => ({
        ...entry,
        details: entry.details ?? null,
        segment_id,
      }))
    )
    const ids = created.map((entry) => entry.id)
    return new StepResponse(created, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    await segments.deleteSegmentHistories(ids)
  }
)
