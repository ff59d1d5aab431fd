export function percentile(values: number[], fraction: number): number {
  if (!values.length) {
    return Number.NaN
  }
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (sorted.length - 1) * fraction
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low)
}

export const median = (values: number[]): number => percentile(values, 0.5)

/** Wall time of one call in milliseconds, with its result. */
export async function timed<T>(
  work: () => Promise<T>
): Promise<{ ms: number; result: T }> {
  const started = performance.now()
  const result = await work()
  return { ms: performance.now() - started, result }
}

/**
 * The peak resident set of this process: the kernel's high-water mark, and a
 * sampler as a cross-check (both in MB).
 */
export function trackMemory(): () => { maxrss_mb: number; sampled_mb: number } {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  timer.unref()
  return () => {
    clearInterval(timer)
    peak = Math.max(peak, process.memoryUsage().rss)
    return {
      maxrss_mb: process.resourceUsage().maxRSS / 1024,
      sampled_mb: peak / (1024 * 1024),
    }
  }
}
