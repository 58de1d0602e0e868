/**
 * One run per key at a time: a call while the key's run is still going gets that run's promise instead of starting a
 * second one (a double tap, a start-up reconcile racing a charge). The key is free again once the run settles.
 */
export function onePerKey<T>(): (key: string, run: () => Promise<T>) => Promise<T> {
  const running = new Map<string, Promise<T>>()
  return (key, run) => {
    const current = running.get(key)
    if (current !== undefined) return current
    const started = run().finally(() => running.delete(key))
    running.set(key, started)
    return started
  }
}
