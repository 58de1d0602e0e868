const WINDOW_MS = 60_000

/** A rolling one-minute window per key; refused requests do not count, so the window still ends on time. */
export function createRateLimiter(now: () => Date) {
  let recent = new Map<string, number[]>()

  return {
    allow(key: string, perMinute: number): boolean {
      const at = now().getTime()
      const inWindow = (recent.get(key) ?? []).filter((time) => at - time < WINDOW_MS)
      const allowed = inWindow.length < perMinute
      if (allowed) inWindow.push(at)
      recent.set(key, inWindow)
      return allowed
    },
    clear() {
      recent = new Map()
    }
  }
}
