import type {
  AdminCustomerSegment,
  AdminRecomputeSegmentResponse,
  AdminSegment,
  AdminSegmentCustomer,
  AdminSegmentCustomerListResponse,
  AdminSegmentFile,
  AdminSegmentFileListResponse,
  AdminSegmentFilesResponse,
  AdminSegmentHistoryEntry,
  AdminSegmentHistoryResponse,
  AdminSegmentListResponse,
} from "../../api/admin/segments/types"

/** A value as JSON brings it to the browser: dates become ISO strings. */
type Json<T> = T extends Date
  ? string
  : T extends (infer Item)[]
    ? Json<Item>[]
    : T extends object
      ? { [Key in keyof T]: Json<T[Key]> }
      : T

/*
 * What the plugin's admin routes answer (`src/api/admin`), as the screens
 * receive it.
 */
export type Segment = Json<Omit<AdminSegment, "rule">>
export type SegmentStatus = Segment["status"]
export type SegmentList = Json<AdminSegmentListResponse>
export type SegmentMember = Json<AdminSegmentCustomer>
export type SegmentMemberList = Json<AdminSegmentCustomerListResponse>
export type HistoryEntry = Json<AdminSegmentHistoryEntry>
export type HistoryList = Json<AdminSegmentHistoryResponse>
export type RecomputeResult = Json<AdminRecomputeSegmentResponse>
export type CustomerSegment = Json<AdminCustomerSegment>

export type SegmentChanges = Partial<
  Pick<Segment, "name" | "description" | "status">
>

export type SegmentFile = Json<AdminSegmentFile>
export type SegmentFileList = Json<AdminSegmentFileListResponse>
export type SegmentFileUpload = Json<AdminSegmentFilesResponse>

export type SegmentFileChanges = Partial<
  Pick<SegmentFile, "name" | "display_in_portal">
>
