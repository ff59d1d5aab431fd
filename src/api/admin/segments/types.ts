import type { DeleteResponse, InferTypeOf } from "@medusajs/framework/types"
import type {
  Segment,
  SegmentFile,
  SegmentHistory,
} from "../../../modules/segment/models"
import type { SEGMENT_FIELDS, SEGMENT_FILE_FIELDS } from "./query-config"
import type { AdminUserRef } from "./users"

/** A segment as the admin API answers it. */
export type AdminSegment = Pick<
  InferTypeOf<typeof Segment>,
  (typeof SEGMENT_FIELDS)[number]
>

type Page = { count: number; offset: number; limit: number }

export type AdminSegmentResponse = { segment: AdminSegment }

export type AdminSegmentListResponse = Page & { segments: AdminSegment[] }

export type AdminRecomputeSegmentResponse = AdminSegmentResponse & {
  result: {
    joined: number
    left: number
    member_count: number
    duration_ms: number
  }
}

/** A member of a segment, with what the facts know about the customer. */
export type AdminSegmentCustomer = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  member_since: Date
}

export type AdminSegmentCustomerListResponse = Page & {
  customers: AdminSegmentCustomer[]
}

/** A history entry; `user` is null for the system or a deleted user. */
export type AdminSegmentHistoryEntry = Pick<
  InferTypeOf<typeof SegmentHistory>,
  "id" | "action" | "details" | "actor_id" | "created_at"
> & { user: AdminUserRef | null }

export type AdminSegmentHistoryResponse = Page & {
  history: AdminSegmentHistoryEntry[]
}

/** A segment one customer belongs to, on the customer's page. */
export type AdminCustomerSegment = Pick<
  AdminSegment,
  "id" | "handle" | "name" | "status"
> & { member_since: Date }

export type AdminCustomerSegmentsResponse = { segments: AdminCustomerSegment[] }

/** A file of a segment; `user` is who uploaded it, null once deleted. */
export type AdminSegmentFile = Pick<
  InferTypeOf<typeof SegmentFile>,
  (typeof SEGMENT_FILE_FIELDS)[number]
> & { user: AdminUserRef | null }

export type AdminSegmentFileResponse = { file: AdminSegmentFile }

export type AdminSegmentFilesResponse = { files: AdminSegmentFile[] }

export type AdminSegmentFileListResponse = Page & AdminSegmentFilesResponse

export type AdminSegmentFileDeleteResponse = DeleteResponse<"segment_file">
