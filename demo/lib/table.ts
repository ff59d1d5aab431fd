/** A plain-text table for the terminal; numbers align right. */
export function formatTable(
  headers: string[],
  rows: (string | number)[][]
): string {
  const cells = rows.map((row) => row.map(String))
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...cells.map((row) => row[column].length))
  )
  const numeric = headers.map((_, column) =>
    rows.every((row) => typeof row[column] === "number")
  )
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        numeric[column]
          ? cell.padStart(widths[column])
          : cell.padEnd(widths[column])
      )
      .join("  ")
      .trimEnd()
  const rule = widths.map((width) => "-".repeat(width)).join("  ")
  return [line(headers), rule, ...cells.map(line)].join("\n")
}
