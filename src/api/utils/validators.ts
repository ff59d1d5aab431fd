import { z } from "@medusajs/framework/zod"
import { fileNameProblem } from "../../modules/segment/files"

/**
 * Whether PostgreSQL can take this text at all: it refuses the NUL character
 * with an error, even in a comparison.
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000")
}

/**
 * Whether the text is whole Unicode: JSON can carry half of a surrogate pair
 * (`"\\ud800"`), which no character is and which PostgreSQL's jsonb refuses.
 */
export function isWellFormedText(value: string): boolean {
  return !/\p{Surrogate}/u.test(value)
}

/** "Field 'name'", from the path of a zod issue, as Medusa names fields. */
function fieldOf(issue: { path?: PropertyKey[] }): string {
  return `Field '${(issue.path ?? []).map(String).join(".")}'`
}

/** Text that PostgreSQL can store and compare. */
export const text = () =>
  z
    .string()
    .refine(isStorableText, {
      error: (issue) =>
        `${fieldOf(issue)} must not contain the NUL character (\\u0000)`,
    })
    .refine(isWellFormedText, {
      error: (issue) =>
        `${fieldOf(issue)} must be valid Unicode: it holds half of a surrogate pair`,
    })

/**
 * A file name as an admin types it: trimmed, and refused (rather than
 * cleaned, as an uploaded file's name is) when it is blank, too long, holds
 * control characters or a path separator, or is "." or "..".
 */
export const fileName = () =>
  text()
    .trim()
    .refine((name) => fileNameProblem(name) === null, {
      error: (issue) =>
        `${fieldOf(issue)} ${fileNameProblem(String(issue.input))}`,
    })

/** A search term; blank means no search. */
export const searchTerm = () =>
  text()
    .trim()
    .optional()
    .transform((value) => value || undefined)

/**
 * A whole number from the query string, where every value arrives as text:
 * decimal digits only, so `0x10`, `1e3` and `limit[]=2` are refused rather
 * than read as some other number.
 */
const queryInteger = (bounds: { min: number; max?: number }) => {
  let integer = z.number().int().min(bounds.min)
  if (bounds.max !== undefined) {
    integer = integer.max(bounds.max)
  }
  return z
    .string()
    .regex(/^-?\d+$/, {
      error: (issue) => `${fieldOf(issue)} must be a whole number`,
    })
    .transform(Number)
    .pipe(integer)
}

/** `limit` and `offset` of a list, with the defaults of the admin API. */
export const pagination = ({ maxLimit = 100 } = {}) => ({
  limit: queryInteger({ min: 1, max: maxLimit }).default(20),
  offset: queryInteger({ min: 0 }).default(0),
})
