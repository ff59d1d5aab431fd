import { z } from "@medusajs/framework/zod"

/**
 * Whether PostgreSQL can take this text at all: it refuses the NUL character
 * with an error, even in a comparison.
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000")
}

/** Text that PostgreSQL can store and compare. */
export const text = () =>
  z.string().refine(isStorableText, {
    message: "Text must not contain the NUL character (\\u0000)",
  })

/** A search term; blank means no search. */
export const searchTerm = () =>
  text()
    .trim()
    .optional()
    .transform((value) => value || undefined)

/** A whole number from the query string, where every value arrives as text. */
const queryInteger = () => z.coerce.number().int()

/** `limit` and `offset` of a list, with the defaults of the admin API. */
export const pagination = ({ maxLimit = 100 } = {}) => ({
  limit: queryInteger().min(1).max(maxLimit).default(20),
  offset: queryInteger().min(0).default(0),
})
