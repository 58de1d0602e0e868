import { create } from 'zustand'

import type { CounterEvent } from '../../../src-preload/contract'

type FailedPrint = Omit<Extract<CounterEvent, { type: 'receipt_print_failed' }>, 'type'>

/** Older failures give way, so a run of them never covers the screen. */
const MAX_FAILED_PRINTS = 3

interface FailedPrintState {
  /** Receipts printed on Paid that did not print: each stays until the cashier deals with it. */
  failedPrints: FailedPrint[]
  received: (failure: FailedPrint) => void
  dismiss: (reference: string) => void
  /** The counter now works in another environment: the failed receipts were the old one's sales. */
  environmentChanged: () => void
}

export const useFailedPrintStore = create<FailedPrintState>()((set) => ({
  failedPrints: [],
  received: (failure) =>
    set((state) => ({
      failedPrints: [...state.failedPrints.filter((shown) => shown.reference !== failure.reference), failure].slice(
        -MAX_FAILED_PRINTS
      )
    })),
  dismiss: (reference) =>
    set((state) => ({ failedPrints: state.failedPrints.filter((shown) => shown.reference !== reference) })),
  environmentChanged: () => set({ failedPrints: [] })
}))
