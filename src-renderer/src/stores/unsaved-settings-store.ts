import { create } from 'zustand'

import type { IpcError } from '../../../src-preload/contract'

/** A change main (or the field's own check) refused: the value as the owner left it, and why. */
interface RefusedChange {
  value: unknown
  error: IpcError
}

interface UnsavedSettingsState {
  /**
   * Refused changes by field. Kept while the field is off screen (another section shown), so it comes back with the
   * value and the reason instead of the change being lost.
   */
  refused: Readonly<Record<string, RefusedChange>>
  /** Changes sent to main and not answered yet. */
  saving: number
  /** Records a field's refused change, or (null) that its last change was saved. */
  markRefused: (field: string, refusal: RefusedChange | null) => void
  savingStarted: () => void
  savingEnded: () => void
  /** Resolves once every change on its way has its answer, with the fields refused by then. */
  settled: () => Promise<readonly string[]>
}

/** Which settings changes are on their way or were refused, so leaving Settings never drops one silently. */
export const useUnsavedSettingsStore = create<UnsavedSettingsState>()((set, get, store) => ({
  refused: {},
  saving: 0,
  markRefused: (field, refusal) =>
    set((state) => {
      const { [field]: _previous, ...others } = state.refused
      return { refused: refusal === null ? others : { ...others, [field]: refusal } }
    }),
  savingStarted: () => set((state) => ({ saving: state.saving + 1 })),
  savingEnded: () => set((state) => ({ saving: Math.max(0, state.saving - 1) })),
  settled: () =>
    new Promise((resolve) => {
      if (get().saving === 0) return resolve(Object.keys(get().refused))
      const unsubscribe = store.subscribe((state) => {
        if (state.saving > 0) return
        unsubscribe()
        resolve(Object.keys(state.refused))
      })
    })
}))
