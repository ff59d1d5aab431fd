import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_MODULE } from "../../modules/segment"
import type SegmentModuleService from "../../modules/segment/service"

export type SegmentChanges = {
  name?: string
  description?: string
  status?: "active" | "inactive"
}

export type UpdateSegmentInput = { id: string } & SegmentChanges

type EditableFields = Required<SegmentChanges>

export type SegmentUpdate = { before: EditableFields; after: EditableFields }

export const updateSegmentStepId = "update-segment"

/** Changes a segment's name, description or status; undone on failure. */
export const updateSegmentStep = createStep(
  updateSegmentStepId,
  async ({ id, ...changes }: UpdateSegmentInput, { container }) => {
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    const [existing] = await segments.listSegments(
      { id },
      { select: ["id", "name", "description", "status"] }
    )
    if (!existing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Segment with id: ${id} was not found`
      )
    }
    const before: EditableFields = {
      name: existing.name,
      description: existing.description,
      status: existing.status,
    }
    const after: EditableFields = { ...before, ...changes }
    await segments.updateSegments({ id, ...after })
    return new StepResponse<SegmentUpdate, { id: string } & EditableFields>(
      { before, after },
      { id, ...before }
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const segments: SegmentModuleService = container.resolve(SEGMENT_MODULE)
    await segments.updateSegments(previous)
  }
)
