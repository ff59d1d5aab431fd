import { useCallback, useRef } from "react"

/**
 * Runs one piece of async work at a time: a call while the last one is still
 * running is ignored. React state would let two clicks of the same frame
 * through, since neither sees the other's re-render; a ref doesn't.
 */
export function useSingleFlight() {
  const running = useRef(false)
  return useCallback(async (work: () => Promise<unknown>) => {
    if (running.current) {
      return
    }
    running.current = true
    try {
      await work()
    } finally {
      running.current = false
    }
  }, [])
}
