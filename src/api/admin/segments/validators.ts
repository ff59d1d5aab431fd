import { z } from "@medusajs/framework/zod"
import { fileName, pagination, searchTerm, text } from "../../utils/validators"
import { SEGMENT_SORT_FIELDS } from "./query-config"

const status = z.enum(["active", "inactive"])

const sortOrders = SEGMENT_SORT_FIELDS.flatMap((field) => [
  field,
  `-${field}` as const,
])

export const AdminListSegmentsParams = z.object({
  q: searchTerm(),
  status: status.optional(),
  order: z.enum(sortOrders).optional(),
  ...pagination(),
})

export type AdminListSegmentsParamsType = z.infer<
  typeof AdminListSegmentsParams
>

export const AdminUpdateSegment = z
  .object({
    name: text()
      .trim()
      .refine((name) => name.length > 0, {
        message: "Field 'name' can't be blank",
      })
      .max(120)
      .optional(),
    description: text().trim().max(1000).optional(),
    status: status.optional(),
  })
  .refine((changes) => Object.keys(changes).length > 0, {
    message:
      "Nothing to update: send at least one of 'name', 'description' or 'status'",
  })

export type AdminUpdateSegmentType = z.infer<typeof AdminUpdateSegment>

/** "Update Segment" takes no options: an empty body, or none. */
export const AdminRecomputeSegment = z.object({})

export const AdminSegmentMembersParams = z.object({
  q: searchTerm(),
  ...pagination(),
})

export type AdminSegmentMembersParamsType = z.infer<
  typeof AdminSegmentMembersParams
>

export const AdminSegmentHistoryParams = z.object({ ...pagination() })

export type AdminSegmentHistoryParamsType = z.infer<
  typeof AdminSegmentHistoryParams
>

export const AdminSegmentFilesParams = z.object({ ...pagination() })

export type AdminSegmentFilesParamsType = z.infer<
  typeof AdminSegmentFilesParams
>

export const AdminUpdateSegmentFile = z
  .object({
    name: fileName().optional(),
    display_in_portal: z.boolean().optional(),
  })
  .refine((changes) => Object.keys(changes).length > 0, {
    message: "Nothing to update: send 'name', 'display_in_portal' or both",
  })

export type AdminUpdateSegmentFileType = z.infer<typeof AdminUpdateSegmentFile>
