import type { HistoryEntry } from "./types"

type Details = Record<string, unknown>

const text = (details: Details, key: string) => {
  const value = details[key]
  return typeof value === "string" ? value : ""
}

const count = (details: Details, key: string) => {
  const value = details[key]
  return typeof value === "number" ? value : 0
}

/**
 * A history entry as a sentence a person understands, e.g. `Renamed to
 * "VIP"` or "Updated: 12 joined, 3 left". `number` formats counts for the
 * admin's locale. An action this version doesn't know is shown by its name.
 */
export function describeHistoryEntry(
  entry: Pick<HistoryEntry, "action" | "details">,
  number: (value: number) => string = String
): string {
  const details = entry.details ?? {}
  const quoted = (key: string) => `"${text(details, key)}"`

  switch (entry.action) {
    case "renamed":
      return `Renamed to ${quoted("to")}`
    case "description_changed":
      return text(details, "to")
        ? `Changed the description to ${quoted("to")}`
        : "Cleared the description"
    case "activated":
      return "Activated"
    case "deactivated":
      return "Deactivated"
    case "recomputed":
      return `Updated: ${number(count(details, "joined"))} joined, ${number(
        count(details, "left")
      )} left`
    case "file_uploaded":
      return `Uploaded the file ${quoted("name")}`
    case "file_renamed":
      return `Renamed the file ${quoted("from")} to ${quoted("to")}`
    case "file_shown_in_portal":
      return `Showed the file ${quoted("name")} in the customer portal`
    case "file_hidden_from_portal":
      return `Hid the file ${quoted("name")} from the customer portal`
    case "file_deleted":
      return `Deleted the file ${quoted("name")}`
    default: {
      const words = entry.action.replace(/_/g, " ")
      return words.charAt(0).toUpperCase() + words.slice(1)
    }
  }
}

/** Who made the change: the admin's e-mail, or the system's own jobs. */
export function describeActor(
  entry: Pick<HistoryEntry, "actor_id" | "user">
): string {
  if (entry.user) {
    return entry.user.email
  }
  // A user deleted since, or a secret API key: all that is left is the id.
  return entry.actor_id ?? "System"
}

/** "12 joined, 3 left - 1,024 customers", after Update Segment. */
export function describeRecompute(
  result: { joined: number; left: number; member_count: number },
  number: (value: number) => string = String
): string {
  const customers = result.member_count === 1 ? "customer" : "customers"
  return `${number(result.joined)} joined, ${number(result.left)} left - ${number(
    result.member_count
  )} ${customers}`
}
