import type { CounterEventListener } from '../../../src-preload/contract'

/** Main's pushed events (already checked by the preload); returns the unsubscribe function. */
export function onCounterEvent(listener: CounterEventListener): () => void {
  // Without the preload (a page opened outside the app) there is nothing to hear.
  return window.counter?.onEvent(listener) ?? (() => {})
}
