/** What the admin API answers about a segment. */
export const SEGMENT_FIELDS = [
  "id",
  "handle",
  "name",
  "description",
  "status",
  "rule",
  "is_predefined",
  "member_count",
  "computed_at",
  "compute_duration_ms",
  "created_at",
  "updated_at",
] as const

/** What the admin API answers about a segment's file. */
export const SEGMENT_FILE_FIELDS = [
  "id",
  "name",
  "url",
  "mime_type",
  "size",
  "display_in_portal",
  "uploaded_by",
  "created_at",
  "updated_at",
] as const

/** What the segment list can be sorted by; `-field` sorts descending. */
export const SEGMENT_SORT_FIELDS = [
  "name",
  "handle",
  "status",
  "member_count",
  "computed_at",
  "compute_duration_ms",
  "created_at",
  "updated_at",
] as const

export const listSegmentsQueryConfig = {
  defaults: [...SEGMENT_FIELDS],
  defaultLimit: 20,
  isList: true,
}

/** Members, history entries and files are plain pages; nothing to select. */
export const pageQueryConfig = {
  defaults: [],
  defaultLimit: 20,
  isList: true,
}
