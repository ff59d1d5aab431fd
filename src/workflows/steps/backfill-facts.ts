import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_MODULE } from "../../modules/segment"
import type SegmentModuleService from "../../modules/segment/service"
import {
  loadCustomers,
  loadOrders,
  toCustomerFact,
  toOrderFact,
} from "../facts/load-facts"

export type BackfillInput = { batch_size?: number }

const DEFAULT_BATCH_SIZE = 1000

/**
 * Pages through every record with `load` (keyset by id, so page N costs the
 * same as page 1) and hands each page to `save`. Only one page is in memory.
 */
async function pageThrough<T extends { id: string }>(
  container: MedusaContainer,
  label: string,
  batchSize: number,
  load: (after: string | undefined) => Promise<T[]>,
  save: (page: T[]) => Promise<void>
): Promise<number> {
  const logger = container.resolve("logger")
  let after: string | undefined
  let total = 0
  for (;;) {
    const page = await load(after)
    if (!page.length) {
      break
    }
    await save(page)
    total += page.length
    after = page[page.length - 1].id
    logger.info(`Segment facts backfill: ${total} ${label} so far`)
    if (page.length < batchSize) {
      break
    }
  }
  return total
}

export const backfillCustomerFactsStepId = "backfill-customer-facts"

/** Copies every customer, deleted ones included, into the customer facts. */
export const backfillCustomerFactsStep = createStep(
  backfillCustomerFactsStepId,
  async (input: BackfillInput, { container }) => {
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    const take = input.batch_size ?? DEFAULT_BATCH_SIZE
    const count = await pageThrough(
      container,
      "customers",
      take,
      (after) => loadCustomers(container, { after, take }),
      (page) => segments.upsertCustomerFacts(page.map(toCustomerFact))
    )
    return new StepResponse(count)
  }
)

export const backfillOrderFactsStepId = "backfill-order-facts"

/** Copies every order, drafts and canceled ones included, into the order facts. */
export const backfillOrderFactsStep = createStep(
  backfillOrderFactsStepId,
  async (input: BackfillInput, { container }) => {
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    const take = input.batch_size ?? DEFAULT_BATCH_SIZE
    const count = await pageThrough(
      container,
      "orders",
      take,
      (after) => loadOrders(container, { after, take }),
      (page) => segments.upsertOrderFacts(page.map(toOrderFact))
    )
    return new StepResponse(count)
  }
)

export const analyzeFactsStepId = "analyze-segment-facts"

/** Refreshes the planner's statistics once the facts were loaded in bulk. */
export const analyzeFactsStep = createStep(
  analyzeFactsStepId,
  async (_input: void, { container }) => {
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    await segments.analyzeFacts()
    return new StepResponse(undefined)
  }
)
