import { model } from "@medusajs/framework/utils"
import Segment from "./segment"

/** A file attached to a segment, optionally shown in the customer portal. */
const SegmentFile = model
  .define("segment_file", {
    id: model.id({ prefix: "segfile" }).primaryKey(),
    file_id: model.text(),
    name: model.text(),
    url: model.text(),
    mime_type: model.text(),
    size: model.number(),
    display_in_portal: model.boolean().default(false),
    uploaded_by: model.text().nullable(),
    segment: model.belongsTo(() => Segment, { mappedBy: "files" }),
  })
  .indexes([{ on: ["segment_id"] }])

export default SegmentFile
