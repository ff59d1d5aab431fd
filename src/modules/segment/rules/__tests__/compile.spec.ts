import { compileMemberSelect, compilePredicate } from "../compile"
import type { Rule } from "../schema"

const NOW = new Date("2026-06-01T00:00:00.000Z")
const DAYS_AGO_90 = new Date("2026-03-03T00:00:00.000Z")

describe("the rule compiler", () => {
  it("binds every value and writes none into the text", () => {
    const rule: Rule = {
      all: [
        { type: "order_count", op: "gte", value: 4, within_days: 90 },
        { type: "has_account", value: true },
      ],
    }

    const { text, values } = compilePredicate(rule, NOW)

    expect(values).toEqual([DAYS_AGO_90, 4, true])
    expect(text.split("?")).toHaveLength(values.length + 1)
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|true|\b4\b/)
  })

  it("turns 'at least one order' into EXISTS and 'none' into NOT EXISTS", () => {
    const some = compilePredicate(
      { type: "order_count", op: "gte", value: 1 },
      NOW
    )
    const none = compilePredicate(
      { type: "order_count", op: "eq", value: 0 },
      NOW
    )

    expect(some.text).toMatch(/^EXISTS \(SELECT 1 FROM segment_order_fact/)
    expect(none.text).toMatch(/^NOT EXISTS \(SELECT 1 FROM segment_order_fact/)
    expect(some.values).toEqual([])
  })

  it("counts only placed orders: not canceled, not drafts", () => {
    const { text } = compilePredicate(
      { type: "order_recency", op: "within", days: 30 },
      NOW
    )
    expect(text).toContain("o.is_canceled = false AND o.is_draft = false")
  })

  it("computes a window as now minus whole days of 24 hours", () => {
    const { values } = compilePredicate(
      { type: "account_age", op: "within", days: 90 },
      NOW
    )
    expect(values).toEqual([DAYS_AGO_90])
  })

  it("joins groups with AND and OR in parentheses", () => {
    const { text } = compilePredicate(
      {
        any: [
          { type: "has_account", value: false },
          {
            all: [
              { type: "has_account", value: true },
              { type: "account_age", op: "not_within", days: 10 },
            ],
          },
        ],
      },
      NOW
    )
    expect(text).toBe(
      "(c.has_account = ? OR (c.has_account = ? AND c.registered_at < ?))"
    )
  })

  it("runs the same predicate for everyone or for one customer", () => {
    const rule: Rule = { type: "order_recency", op: "within", days: 30 }
    const everyone = compileMemberSelect(rule, NOW)
    const one = compileMemberSelect(rule, NOW, { customerId: "cus_1" })

    expect(everyone.text).toContain(compilePredicate(rule, NOW).text)
    expect(one.text).toBe(
      everyone.text.replace(
        "c.deleted_at IS NULL AND",
        "c.deleted_at IS NULL AND c.id = ? AND"
      )
    )
    expect(one.values).toEqual(["cus_1", ...everyone.values])
  })
})
