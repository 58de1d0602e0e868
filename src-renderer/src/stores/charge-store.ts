import { create } from 'zustand'

import type { ChargeRequest, IpcError } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { chargeBlock } from '../lib/model/charge-limit'
import { clearAfterFirstFrame } from './clear-after-charge'
import { selectJournalBlocksCharge, useJournalStore } from './journal-store'
import { selectAmountCents, useKeypadStore } from './keypad-store'
import { currentQuote, effectiveComposition, isComposed, useOrderStore } from './order-store'
import { usePendingStore } from './pending-store'
import { useSaleStore } from './sale-store'
import { useSettingsStore } from './settings-store'
import { useUncertainSaleStore } from './uncertain-sale-store'

interface ChargeState {
  /** Set before `charge` is sent and cleared after its answer: a second press in between is ignored. */
  chargeInFlight: boolean
  chargeError: IpcError | null
  /** Charges what is on the keypad (or the composed sale) and shows its QR. */
  charge: () => Promise<void>
  /** The uncertain sale was settled: with its link (no refusal), or as failed with main's answer as this error. */
  uncertainSaleSettled: (refusal: IpcError | null) => void
}

export const useChargeStore = create<ChargeState>()((set, get) => ({
  chargeInFlight: false,
  chargeError: null,

  charge: async () => {
    const settings = useSettingsStore.getState().settings
    if (get().chargeInFlight || useUncertainSaleStore.getState().uncertainSale !== null || settings === null) return
    if (selectJournalBlocksCharge(useJournalStore.getState())) return
    const keypad = useKeypadStore.getState()
    const order = useOrderStore.getState()
    const note = keypad.note.trim()
    const withNote = {
      ...(note === '' ? {} : { note }),
      ...(order.replaces === null ? {} : { replaces: order.replaces })
    }
    let request: ChargeRequest
    if (isComposed(order)) {
      // Main computes the amount; the renderer only checks it has main's figures for what is on screen.
      if (currentQuote(order) === null) return
      request = { sale: effectiveComposition(order), ...withNote }
    } else {
      const amountCents = selectAmountCents(keypad)
      if (chargeBlock(amountCents, settings.maxAmountCents) !== null) return
      request = { amountCents, ...(order.typedRate === null ? {} : { vatRate: order.typedRate }), ...withNote }
    }

    set({ chargeInFlight: true, chargeError: null })
    const result = await callCounter('charge', request)
    // Answered after the owner chose another environment: the sale (or its uncertainty) is the old one's, found
    // there again on switching back; its QR is not opened here, nor is the owner pulled out of Settings for it.
    if (useSettingsStore.getState().settings?.environment !== settings.environment) {
      set({ chargeInFlight: false })
      return
    }
    if (!result.ok) {
      const error = result.error
      if (error.code === 'outcome_unknown' || error.code === 'uncertain_sale_open') {
        // This charge's answer was lost, or main refused it for an earlier sale still uncertain (say, from before a
        // restart): either way that sale is what the cashier must check before anything else is charged.
        useUncertainSaleStore.getState().becameUncertain({ reference: error.reference, amountCents: error.amountCents })
        set({ chargeInFlight: false })
        // If the link was made, it also shows up among the pending links.
        void usePendingStore.getState().refresh()
      } else set({ chargeInFlight: false, chargeError: error })
      return
    }
    set({ chargeInFlight: false })
    const charged = result.value
    useSaleStore.getState().showSale(charged, false, false)
    clearAfterFirstFrame(() => useSaleStore.getState().shownLink?.linkId === charged.linkId)
  },

  uncertainSaleSettled: (refusal) => set({ chargeError: refusal })
}))
