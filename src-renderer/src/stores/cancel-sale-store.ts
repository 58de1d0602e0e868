import { create } from 'zustand'
import type { IpcError } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
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

  clearError: () => set({ cancelError: null })
}))
