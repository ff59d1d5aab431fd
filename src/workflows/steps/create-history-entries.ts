import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_MODULE } from "../../modules/segment"
import type { HistoryEntryInput } from "../../modules/segment/edits"
import type SegmentModuleService from "../../modules/segment/service"

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
