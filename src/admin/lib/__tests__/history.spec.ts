import {
  describeActor,
  describeHistoryEntry,
  describeRecompute,
} from "../history"

const thousands = (value: number) =>
  new Intl.NumberFormat("en-US").format(value)

describe("history sentences", () => {
  it.each([
    [
      { action: "renamed", details: { from: "A", to: "VIP" } },
      'Renamed to "VIP"',
    ],
    [
      {
        action: "description_changed",
        details: { from: "", to: "Spring mail" },
      },
      'Changed the description to "Spring mail"',
    ],
    [
      { action: "description_changed", details: { from: "Old", to: "" } },
      "Cleared the description",
    ],
    [
      { action: "activated", details: { from: "inactive", to: "active" } },
      "Activated",
    ],
    [
      { action: "deactivated", details: { from: "active", to: "inactive" } },
      "Deactivated",
    ],
    [
      {
        action: "recomputed",
        details: { joined: 1200, left: 3, member_count: 5000, duration_ms: 12 },
      },
      "Updated: 1,200 joined, 3 left",
    ],
    [
      {
        action: "file_renamed",
        details: { file_id: "f", from: "a.pdf", to: "Prices" },
      },
      'Renamed the file "a.pdf" to "Prices"',
    ],
    [
      {
        action: "file_shown_in_portal",
        details: { file_id: "f", name: "Prices" },
      },
      'Showed the file "Prices" in the customer portal',
    ],
    [{ action: "members_exported", details: null }, "Members exported"],
  ])("%j reads %s", (entry, sentence) => {
    expect(describeHistoryEntry(entry, thousands)).toBe(sentence)
  })

  it("names the admin by e-mail, the system when no one acted", () => {
    expect(
      describeActor({
        actor_id: "user_1",
        user: { id: "user_1", email: "a@shop.test" },
      })
    ).toBe("a@shop.test")
    expect(describeActor({ actor_id: null, user: null })).toBe("System")
    expect(describeActor({ actor_id: "apk_1", user: null })).toBe("apk_1")
  })

  it("sums up Update Segment with locale numbers", () => {
    expect(
      describeRecompute({ joined: 12, left: 3, member_count: 1024 }, thousands)
    ).toBe("12 joined, 3 left - 1,024 customers")
    expect(describeRecompute({ joined: 0, left: 0, member_count: 1 })).toBe(
      "0 joined, 0 left - 1 customer"
    )
  })
})
