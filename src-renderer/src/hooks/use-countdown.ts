import { useEffect, useState } from 'react'

/**
 * Whole seconds left of `seconds`, counted down once a second from when `since` (e.g. the error object that named
 * the wait) first appeared; null while there is nothing to wait for.
 */
export function useCountdown(seconds: number | null, since: unknown): number | null {
  const [tick, setTick] = useState<{ since: unknown; left: number } | null>(null)
  useEffect(() => {
    if (seconds === null) return
    const startedAt = Date.now()
    const timer = setInterval(() => {
      const left = Math.max(0, seconds - Math.floor((Date.now() - startedAt) / 1000))
      setTick({ since, left })
      if (left === 0) clearInterval(timer)
    }, 1000)
    return () => clearInterval(timer)
  }, [seconds, since])
  if (seconds === null) return null
  return tick !== null && tick.since === since ? tick.left : seconds
}
