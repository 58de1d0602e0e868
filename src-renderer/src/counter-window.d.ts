import type { CounterApi } from '../../src-preload/contract'

declare global {
  interface Window {
    /** Exposed by the preload; the renderer's only way to the main process. */
    readonly counter: CounterApi
  }
}

export {}
