import type { CounterEvent, CounterEventListener } from '../../src-preload/contract'

export interface EventHub {
  emit(event: CounterEvent): void
  /** Returns the unsubscribe function. */
  subscribe(listener: CounterEventListener): () => void
}

/**
 * Where main's parts announce what the renderer should hear; the app forwards it to the window, tests listen in.
 * A listener that throws is reported and skipped: telling the window must never undo what was just done (a saved
 * setting, a journaled payment).
 */
export function createEventHub(reportListenerFailure: (error: unknown) => void = console.error): EventHub {
  const listeners = new Set<CounterEventListener>()
  return {
    emit(event) {
      // A copy, so a listener that unsubscribes while being called does not skip the next one.
      for (const listener of [...listeners]) {
        try {
          listener(event)
        } catch (error) {
          reportListenerFailure(error)
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    }
  }
}
