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
    const ids = await segments.createHistoryEntries(entries)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    await segments.deleteSegmentHistories(ids)
  }
)
