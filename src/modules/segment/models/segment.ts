import { model } from "@medusajs/framework/utils"
import SegmentFile from "./segment-file"
import SegmentHistory from "./segment-history"
import SegmentMember from "./segment-member"

/**
 * A named list of customers, defined by a rule over the facts. Predefined
 * segments can be renamed, described and deactivated, never deleted.
 */
const Segment = model
  .define("segment", {
    id: model.id({ prefix: "seg" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    description: model.text().default(""),
    status: model.enum(["active", "inactive"]).default("active"),
    rule: model.json(),
    is_predefined: model.boolean().default(false),
    member_count: model.number().default(0),
    computed_at: model.dateTime().nullable(),
    compute_duration_ms: model.number().nullable(),
    members: model.hasMany(() => SegmentMember, { mappedBy: "segment" }),
    history: model.hasMany(() => SegmentHistory, { mappedBy: "segment" }),
    files: model.hasMany(() => SegmentFile, { mappedBy: "segment" }),
  })
  .cascades({ delete: ["members", "history", "files"] })
  .indexes([{ on: ["status"] }])

export default Segment
