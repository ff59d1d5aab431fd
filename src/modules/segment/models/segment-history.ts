import { model } from "@medusajs/framework/utils"
import Segment from "./segment"

/**
 * One entry of a segment's history: who (an admin user, or the system when
 * `actor_id` is null) did what, with the details of the change.
 */
const SegmentHistory = model
  .define("segment_history", {
    id: model.id({ prefix: "seghist" }).primaryKey(),
    actor_id: model.text().nullable(),
    action: model.text(),
    details: model.json().nullable(),
    segment: model.belongsTo(() => Segment, { mappedBy: "history" }),
  })
  .indexes([{ on: ["segment_id", "created_at"] }])

export default SegmentHistory
