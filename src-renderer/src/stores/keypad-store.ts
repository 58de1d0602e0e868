import { create } from 'zustand'
import type { EntryMode } from '../../../src-preload/contract'
import { emptyEntry, entryCents, pressKey, type AmountEntry, type KeypadKey } from '../lib/amount-entry'

interface KeypadState {
  entry: AmountEntry
  /** The cashier's optional note for this sale. */
  note: string
  press: (key: KeypadKey) => void
  setNote: (note: string) => void
  /** Switching the entry mode starts over: a half-typed amount means something else in the other mode. */
  setMode: (mode: EntryMode) => void
  /** Empties the amount only, keeping the note: the amount became a line of the sale. */
  clearAmount: () => void
  /** Ready for the next sale. */
  reset: () => void
}

export const useKeypadStore = create<KeypadState>()((set, get) => ({
  entry: emptyEntry('cents'),
  note: '',
  press: (key) => set((state) => ({ entry: pressKey(state.entry, key) })),
  setNote: (note) => set({ note }),
  setMode: (mode) => {
    if (get().entry.mode !== mode) set({ entry: emptyEntry(mode) })
  },
  clearAmount: () => set((state) => ({ entry: emptyEntry(state.entry.mode) })),
  reset: () => set((state) => ({ entry: emptyEntry(state.entry.mode), note: '' }))
}))

export const selectAmountCents = (state: KeypadState): number => entryCents(state.entry)
