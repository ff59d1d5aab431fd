/**
 * A piece of SQL with its bound values. Values are only ever bound as `?`
 * placeholders (the style of the module's entity manager), never spliced into
 * the text, so a rule or a request can't change the shape of a statement.
 */
export type SqlValue = string | number | boolean | Date | null

export type Sql = {
  readonly text: string
  readonly values: readonly SqlValue[]
}

type Part = Sql | SqlValue

function isSql(part: Part): part is Sql {
  return (
    typeof part === "object" &&
    part !== null &&
    !(part instanceof Date) &&
    "text" in part
  )
}

/**
 * Tagged template: `sql\`... ${value} ...\`` binds `value`; a nested `Sql`
 * is inlined with its own values.
 */
export function sql(strings: TemplateStringsArray, ...parts: Part[]): Sql {
  let text = strings[0]
  const values: SqlValue[] = []
  parts.forEach((part, i) => {
    if (isSql(part)) {
      text += part.text
      values.push(...part.values)
    } else {
      text += "?"
      values.push(part)
    }
    text += strings[i + 1]
  })
  return { text, values }
}

/** SQL text written by this module itself, such as a table name. */
export function trusted(text: string): Sql {
  return { text, values: [] }
}

export function join(pieces: Sql[], separator: string): Sql {
  return {
    text: pieces.map((piece) => piece.text).join(separator),
    values: pieces.flatMap((piece) => piece.values),
  }
}

/**
 * A list of strings as a Postgres text[] bound as one JSON parameter, for
 * `= ANY(...)`: one placeholder however long the list.
 */
export function textArray(values: string[]): Sql {
  return sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`
}

/**
 * A LIKE pattern matching values that contain `term` as typed: `%`, `_` and
 * the backslash in the term match themselves, not "anything".
 */
export function containing(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
