/**
 * A LIKE pattern matching values that contain `term` as typed: `%` and `_`
 * in the term match themselves, not "anything".
 */
export function containing(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
