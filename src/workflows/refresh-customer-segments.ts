import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { evaluateCustomersStep } from "./steps/evaluate-customers"
import { refreshFactsStep, type RefreshFactsInput } from "./steps/refresh-facts"

/**
 * After an event: copy the touched customers and orders into the facts, then
 * re-evaluate those customers against every active segment.
 */
export const refreshCustomerSegmentsWorkflow = createWorkflow(
  "refresh-customer-segments",
  (input: RefreshFactsInput) => {
    const customerIds = refreshFactsStep(input)
    const changes = evaluateCustomersStep(customerIds)
    return new WorkflowResponse(changes)
  }
)
