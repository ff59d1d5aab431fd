import { Presets, SingleBar } from "cli-progress"

/**
 * A progress bar on stderr for one phase of the import. It draws only on a
 * terminal, so logs of a CI run stay clean.
 */
export function progressBar(
  label: string,
  total: number,
  counts = true
): SingleBar {
  const bar = new SingleBar(
    {
      format: `${label.padEnd(10)} [{bar}] {percentage}%${
        counts ? " | {value}/{total}" : ""
      } | {duration_formatted}`,
      hideCursor: true,
    },
    Presets.shades_classic
  )
  bar.start(total, 0)
  return bar
}
