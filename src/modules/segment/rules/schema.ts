import { z } from "@medusajs/framework/zod"

/**
 * The rule language of segments. A rule is a condition or an all/any group of
 * rules; every condition reads the facts of one customer.
 *
 * - `order_recency`: has (`within`) or has not (`not_within`) placed an order
 *   in the last `days` days.
 * - `order_count`: the number of placed orders, all time or in the last
 *   `within_days` days, compared with `value`.
 * - `account_age`: the customer was created in the last `days` days
 *   (`within`) or before that (`not_within`).
 * - `has_account`: the customer registered (true) or is a guest (false).
 */
const days = z.number().int().min(1).max(36500)

export const orderRecencySchema = z.strictObject({
  type: z.literal("order_recency"),
  op: z.enum(["within", "not_within"]),
  days,
})

export const orderCountSchema = z.strictObject({
  type: z.literal("order_count"),
  op: z.enum(["eq", "gte", "lte", "gt", "lt"]),
  value: z.number().int().min(0),
  within_days: days.optional(),
})

export const accountAgeSchema = z.strictObject({
  type: z.literal("account_age"),
  op: z.enum(["within", "not_within"]),
  days,
})

export const hasAccountSchema = z.strictObject({
  type: z.literal("has_account"),
  value: z.boolean(),
})

export const conditionSchema = z.discriminatedUnion("type", [
  orderRecencySchema,
  orderCountSchema,
  accountAgeSchema,
  hasAccountSchema,
])

export type Condition = z.infer<typeof conditionSchema>

export type Rule = Condition | { all: Rule[] } | { any: Rule[] }

export const ruleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    conditionSchema,
    z.strictObject({ all: z.array(ruleSchema).min(1) }),
    z.strictObject({ any: z.array(ruleSchema).min(1) }),
  ])
)

/** Parses unknown JSON as a rule, throwing zod's error when it is not one. */
export function parseRule(input: unknown): Rule {
  return ruleSchema.parse(input)
}
