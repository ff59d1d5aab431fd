import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_MODULE } from "../../modules/segment"
import type SegmentModuleService from "../../modules/segment/service"

export const evaluateCustomersStepId = "evaluate-customers-against-segments"

/** Re-evaluates customers against every active segment, after their facts changed. */
export const evaluateCustomersStep = createStep(
  evaluateCustomersStepId,
  async (customerIds: string[], { container }) => {
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    const changes = await segments.evaluateCustomers(customerIds)
    return new StepResponse(changes)
  }
)
