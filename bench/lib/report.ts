import { writeFileSync } from "node:fs"
import type { Sample } from "./segments"
import { median, percentile } from "./stats"

/** The shape `--json FILE` writes. */
export type BenchReport = {
  customers: number
  orders: number
  segments: { handle: string; recompute_ms: number; floor_ms: number }[]
  event_ms_p50: number
  event_ms_p95: number
  peak_rss_mb: number
}

type Row = {
  handle: string
  members: number
  changed: number
  recompute_ms: number
  floor_ms: number
  serial_floor_ms: number
}

const round1 = (value: number): number => Math.round(value * 10) / 10

/** Medians per segment over the cycles (recompute) and all runs (floor). */
export function summarize(cycles: Sample[][]): Row[] {
  return cycles[0].map(({ handle }) => {
    const samples = cycles.map((cycle) =>
      cycle.find((sample) => sample.handle === handle)!
    )
    return {
      handle,
      members: samples[samples.length - 1].members,
      changed: median(samples.map((s) => s.joined + s.left)),
      recompute_ms: round1(median(samples.map((s) => s.recompute_ms))),
      floor_ms: round1(median(samples.flatMap((s) => s.floor_ms))),
      serial_floor_ms: round1(median(samples.map((s) => s.serial_floor_ms))),
    }
  })
}

export function buildReport(
  size: { customers: number; orders: number },
  rows: Row[],
  eventTimes: number[],
  peakRssMb: number
): BenchReport {
  return {
    customers: size.customers,
    orders: size.orders,
    segments: rows.map(({ handle, recompute_ms, floor_ms }) => ({
      handle,
      recompute_ms,
      floor_ms,
    })),
    event_ms_p50: round1(percentile(eventTimes, 0.5)),
    event_ms_p95: round1(percentile(eventTimes, 0.95)),
    peak_rss_mb: Math.round(peakRssMb),
  }
}

const number = (value: number): string => value.toLocaleString("en-US")
const ms = (value: number): string => value.toFixed(1)

export function formatTable(rows: Row[]): string {
  const header = [
    "segment",
    "members",
    "changed",
    "recompute ms",
    "floor ms",
    "ratio",
    "serial floor ms",
    "ratio",
  ]
  const ratio = (recompute: number, floor: number): string =>
    `${(recompute / floor).toFixed(2)}x`
  const sum = (pick: (row: Row) => number): number =>
    rows.reduce((total, row) => total + pick(row), 0)
  const total = {
    recompute_ms: sum((row) => row.recompute_ms),
    floor_ms: sum((row) => row.floor_ms),
    serial_floor_ms: sum((row) => row.serial_floor_ms),
  }
  const lines = [
    header,
    ...rows.map((row) => [
      row.handle,
      number(row.members),
      number(row.changed),
      ms(row.recompute_ms),
      ms(row.floor_ms),
      ratio(row.recompute_ms, row.floor_ms),
      ms(row.serial_floor_ms),
      ratio(row.recompute_ms, row.serial_floor_ms),
    ]),
    [
      "all ten",
      "",
      "",
      ms(total.recompute_ms),
      ms(total.floor_ms),
      ratio(total.recompute_ms, total.floor_ms),
      ms(total.serial_floor_ms),
      ratio(total.recompute_ms, total.serial_floor_ms),
    ],
  ]
  const widths = header.map((_, column) =>
    Math.max(...lines.map((line) => line[column].length))
  )
  return lines
    .map((line) =>
      line
        .map((cell, column) =>
          column === 0
            ? cell.padEnd(widths[column])
            : cell.padStart(widths[column])
        )
        .join("  ")
    )
    .join("\n")
}

export function writeJson(file: string, report: BenchReport): void {
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
}
