import type { InferTypeOf } from "@medusajs/framework/types"
import type { Segment, SegmentFile } from "../../../modules/segment/models"

/** A file in a customer's portal, with the segment that gives it to them. */
export type StorePortalFile = Pick<
  InferTypeOf<typeof SegmentFile>,
  "id" | "name" | "url" | "mime_type" | "size"
> & { segment: Pick<InferTypeOf<typeof Segment>, "id" | "name"> }

export type StorePortalFilesResponse = { files: StorePortalFile[] }
