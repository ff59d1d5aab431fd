import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  analyzeFactsStep,
  backfillCustomerFactsStep,
  backfillOrderFactsStep,
  type BackfillInput,
} from "./steps/backfill-facts"

/**
 * Fills the facts from an existing store's customers and orders, or heals
 * them after missed events. Safe to run again: it upserts.
 */
export const backfillSegmentFactsWorkflow = createWorkflow(
  "backfill-segment-facts",
  (input: BackfillInput) => {
    const customers = backfillCustomerFactsStep(input)
    const orders = backfillOrderFactsStep(input)
    analyzeFactsStep()
    const counts = transform({ customers, orders }, (counts) => counts)
    return new WorkflowResponse(counts)
  }
)
