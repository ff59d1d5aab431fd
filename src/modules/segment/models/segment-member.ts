import { model } from "@medusajs/framework/utils"
import Segment from "./segment"

/** A customer's membership of a segment; `created_at` is "member since". */
const SegmentMember = model
  .define("segment_member", {
    id: model.id({ prefix: "segmem" }).primaryKey(),
    customer_id: model.text(),
    segment: model.belongsTo(() => Segment, { mappedBy: "members" }),
  })
  .indexes([
    { on: ["segment_id", "customer_id"], unique: true },
    { on: ["customer_id"] },
    // Serves the member list, newest first, one page at a time.
    { on: ["segment_id", "created_at", "customer_id"] },
  ])

export default SegmentMember
