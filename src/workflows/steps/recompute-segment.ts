import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_MODULE } from "../../modules/segment"
import type SegmentModuleService from "../../modules/segment/service"

export const recomputeSegmentStepId = "recompute-segment"

/** Recomputes one segment's members with the set-based diff. */
export const recomputeSegmentStep = createStep(
  recomputeSegmentStepId,
  async (segmentId: string, { container }) => {
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    const logger = container.resolve("logger")
    const result = await segments.recompute(segmentId)
    logger.info(
      `Segment ${segmentId} recomputed: ${result.joined} joined, ${result.left} left, ${result.member_count} members in ${result.duration_ms} ms`
    )
    return new StepResponse(result)
  }
)
