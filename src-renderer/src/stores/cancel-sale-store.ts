import { create } from 'zustand'

import type { IpcError } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { selectAmountCents, useKeypadStore } from './keypad-store'
import { isComposed, useOrderStore } from './order-store'
import { usePendingStore } from './pending-store'
import { refreshLists } from './sale-lists'
import { useSaleStore } from './sale-store'
import { useSummaryStore } from './summary-store'
import { useViewStore } from './view-store'

interface CancelSaleState {
  /** The link whose cancellation is on its way. */
  cancelInFlight: number | null
  cancelError: { linkId: number; error: IpcError } | null
  cancelSale: (linkId: number) => Promise<void>
  /**
   * "Change": main cancels the link (as `cancelSale`) and answers the sale it journaled, which comes back on the
   * keypad as it was. Paid meanwhile shows Paid; a cancel main could not confirm keeps the QR and says why.
   */
  changeSale: (linkId: number) => Promise<void>
  /** Another link was shown or the keypad came back: an earlier cancel's error is no longer asked about. */
  clearError: () => void
}

export const useCancelSaleStore = create<CancelSaleState>()((set, get) => ({
  cancelInFlight: null,
  cancelError: null,

  cancelSale: async (linkId) => {
    if (get().cancelInFlight !== null) return
    set({ cancelInFlight: linkId, cancelError: null })
    const result = await callCounter('cancelSale', { linkId })
    set({ cancelInFlight: null })
    const shownLink = useSaleStore.getState()
    const isShownLink = shownLink.shownLink?.linkId === linkId
    const onQrScreen = isShownLink && useViewStore.getState().screen === 'qr'
    if (result.ok) {
      usePendingStore.getState().removeLink(linkId)
      void useSummaryStore.getState().refresh()
      if (onQrScreen) shownLink.backToKeypad()
      return
    }
    if (result.error.code === 'already_paid') {
      // The customer was faster: for the link on screen that is simply the payment arriving.
      if (onQrScreen) {
        shownLink.shownLinkPaid()
        return
      }
      refreshLists()
      if (isShownLink) return
    }
    set({ cancelError: { linkId, error: result.error } })
  },

  changeSale: async (linkId) => {
    if (get().cancelInFlight !== null) return
    set({ cancelInFlight: linkId, cancelError: null })
    const result = await callCounter('changeSale', { linkId })
    set({ cancelInFlight: null })
    const sale = useSaleStore.getState()
    const onQrScreen = sale.shownLink?.linkId === linkId && useViewStore.getState().screen === 'qr'
    if (!result.ok) {
      if (result.error.code === 'already_paid' && onQrScreen) {
        sale.shownLinkPaid()
        return
      }
      if (result.error.code === 'already_paid') refreshLists()
      set({ cancelError: { linkId, error: result.error } })
      return
    }
    usePendingStore.getState().removeLink(linkId)
    void useSummaryStore.getState().refresh()
    // Back first: a keypad still waiting to be cleared after the charge is cleared now, not after the sale is back.
    if (onQrScreen) sale.backToKeypad()
    else {
      // The cashier left the QR before main answered: the sale comes back unless another one is being rung up.
      const keypad = useKeypadStore.getState()
      const busy = selectAmountCents(keypad) > 0 || keypad.note !== '' || isComposed(useOrderStore.getState())
      if (busy) return
    }
    const { reference, charge } = result.value
    if ('sale' in charge) {
      useKeypadStore.getState().restore(0, charge.note)
      useOrderStore.getState().restore(charge.sale.lines, charge.sale.tip, reference)
    } else {
      useOrderStore.getState().restore([], { kind: 'none' }, reference, charge.vatRate ?? null)
      useKeypadStore.getState().restore(charge.amountCents, charge.note)
    }
  },

  clearError: () => set({ cancelError: null })
}))
