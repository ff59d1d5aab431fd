import { model } from "@medusajs/framework/utils"

/**
 * What the segment rules need to know about one order, copied from the order
 * module through Query. The id is the order's id; `placed_at` is the order's
 * `created_at`.
 */
const OrderFact = model
  .define("segment_order_fact", {
    id: model.text().primaryKey(),
    customer_id: model.text().nullable(),
    placed_at: model.dateTime(),
    total: model.bigNumber(),
    currency_code: model.text(),
    is_canceled: model.boolean().default(false),
    is_draft: model.boolean().default(false),
  })
  .indexes([
    {
      name: "IDX_segment_order_fact_placed",
      on: ["customer_id", "placed_at"],
      where: "is_canceled = false AND is_draft = false AND deleted_at IS NULL",
    },
  ])

export default OrderFact
