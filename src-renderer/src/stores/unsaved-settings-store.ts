import { create } from 'zustand'

interface UnsavedSettingsState {
  /** Fields whose last change main (or the field's own check) refused: their typed value is still on screen. */
  refused: readonly string[]
  /** Changes sent to main and not answered yet. */
  saving: number
  markRefused: (field: string, refused: boolean) => void
  savingStarted: () => void
  savingEnded: () => void
  /** Resolves once every change on its way has its answer, with the fields refused by then. */
  settled: () => Promise<readonly string[]>
}

/** Which settings changes are on their way or were refused, so leaving Settings never drops one silently. */
export const useUnsavedSettingsStore = create<UnsavedSettingsState>()((set, get, store) => ({
  refused: [],
  saving: 0,
  markRefused: (field, refused) =>
    set((state) => {
      const others = state.refused.filter((name) => name !== field)
      return { refused: refused ? [...others, field] : others }
    }),
  savingStarted: () => set((state) => ({ saving: state.saving + 1 })),
  savingEnded: () => set((state) => ({ saving: Math.max(0, state.saving - 1) })),
  settled: () =>
    new Promise((resolve) => {
      if (get().saving === 0) return resolve(get().refused)
      const unsubscribe = store.subscribe((state) => {
        if (state.saving > 0) return
        unsubscribe()
        resolve(state.refused)
      })
    })
}))
