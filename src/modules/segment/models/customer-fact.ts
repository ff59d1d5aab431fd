import { model } from "@medusajs/framework/utils"

/**
 * What the segment rules need to know about one customer, copied from the
 * customer module through Query. The id is the customer's id.
 */
const CustomerFact = model
  .define("segment_customer_fact", {
    id: model.text().primaryKey(),
    email: model.text().nullable(),
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    has_account: model.boolean().default(false),
    registered_at: model.dateTime(),
    is_deleted: model.boolean().default(false),
  })
  .indexes([{ on: ["registered_at"] }])

export default CustomerFact
