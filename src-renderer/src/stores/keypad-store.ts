import { create } from 'zustand'

import type { EntryMode } from '../../../src-preload/contract'
import {
  type AmountEntry,
  emptyEntry,
  entryCents,
  entryOfCents,
  type KeypadKey,
  pressKey
} from '../lib/model/amount-entry'

interface KeypadState {
  entry: AmountEntry
  /** The cashier's optional note for this sale. */
  note: string
  /**
   * True while a charge of this amount is on its way: the amount and note are what is being charged, so keys are
   * refused (and say so) instead of changing them under the request.
   */
  held: boolean
  /** Grows with every key refused while held, so the screen can show each refusal. */
  refusedPresses: number
  press: (key: KeypadKey) => void
  setNote: (note: string) => void
  setHeld: (held: boolean) => void
  /** A key pressed while held: counted as refused, nothing changes. */
  refuseKey: () => void
  /** Switching the entry mode starts over: a half-typed amount means something else in the other mode. */
  setMode: (mode: EntryMode) => void
  /** Empties the amount only, keeping the note: the amount became a line of the sale. */
  clearAmount: () => void
  /** Ready for the next sale. */
  reset: () => void
  /** A changed sale comes back: its amount (0 for none) as if typed, and its note. */
  restore: (amountCents: number, note: string) => void
}

export const useKeypadStore = create<KeypadState>()((set, get) => ({
  entry: emptyEntry('cents'),
  note: '',
  held: false,
  refusedPresses: 0,
  press: (key) =>
    set((state) => (state.held ? { refusedPresses: state.refusedPresses + 1 } : { entry: pressKey(state.entry, key) })),
  setNote: (note) => {
    if (get().held) set((state) => ({ refusedPresses: state.refusedPresses + 1 }))
    else set({ note })
  },
  setHeld: (held) => set({ held }),
  refuseKey: () => set((state) => ({ refusedPresses: state.refusedPresses + 1 })),
  setMode: (mode) => {
    if (get().entry.mode !== mode) set({ entry: emptyEntry(mode) })
  },
  clearAmount: () => set((state) => ({ entry: emptyEntry(state.entry.mode) })),
  reset: () => set((state) => ({ entry: emptyEntry(state.entry.mode), note: '' })),
  restore: (amountCents, note) => set((state) => ({ entry: entryOfCents(amountCents, state.entry.mode), note }))
}))

export const selectAmountCents = (state: KeypadState): number => entryCents(state.entry)
