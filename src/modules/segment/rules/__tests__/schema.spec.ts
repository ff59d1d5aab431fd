import { PREDEFINED_SEGMENTS } from "../../predefined-segments"
import { ruleSchema } from "../schema"

describe("the rule language", () => {
  it.each(PREDEFINED_SEGMENTS.map((s) => [s.handle, s.rule]))(
    "expresses the predefined segment %s",
    (_handle, rule) => {
      expect(ruleSchema.parse(rule)).toEqual(rule)
    }
  )

  it("accepts nested all/any groups of every condition", () => {
    const rule = {
      any: [
        { type: "order_count", op: "gt", value: 3, within_days: 365 },
        {
          all: [
            { type: "has_account", value: true },
            { type: "account_age", op: "not_within", days: 30 },
            { type: "order_recency", op: "not_within", days: 60 },
          ],
        },
      ],
    }
    expect(ruleSchema.parse(rule)).toEqual(rule)
  })

  it.each([
    ["an unknown condition", { type: "lifetime_value", op: "gte", value: 1 }],
    ["zero days", { type: "order_recency", op: "within", days: 0 }],
    ["fractional days", { type: "account_age", op: "within", days: 1.5 }],
    ["a negative count", { type: "order_count", op: "gte", value: -1 }],
    ["an unknown operator", { type: "order_count", op: "like", value: 1 }],
    ["an extra key", { type: "has_account", value: true, sql: "1=1" }],
    ["an empty group", { all: [] }],
    ["a group with two kinds", { all: [], any: [] }],
  ])("rejects %s", (_label, rule) => {
    expect(ruleSchema.safeParse(rule).success).toBe(false)
  })
})
