import { create } from 'zustand'

import type { IpcError, LinkView, SaleStatus } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { flushClearedSale } from './clear-after-charge'
import { refreshLists } from './sale-lists'
import { useViewStore } from './view-store'

/** A link on the customer's screen: a sale just charged, one recovered after a restart, or a pending link. */
export interface ShownLink extends LinkView {
  /** Brought back at start-up: a crash left the sale open after its link was made. */
  recovered: boolean
}

interface SaleState {
  /** The link whose QR is on screen; its `state` follows main's link_status events while it is watched. */
  shownLink: ShownLink | null
  /** Counts links shown and put away: what was said about an earlier one (a failed cancel) is then cleared. */
  showings: number
  /** recoveredSale is asked once per start: main hands the sale out only once anyway. */
  recoveryChecked: boolean
  simulateInFlight: boolean
  simulateError: IpcError | null
  /** The simulator took the payment; the Paid screen waits for paid detection, as it would for a customer. */
  simulated: boolean
  /**
   * Shows a sale's link: its QR, or the Paid screen if it is paid already. Without `refresh` the lists wait (a charge
   * refreshes them after the QR's first frame).
   */
  showSale: (sale: LinkView, recovered: boolean, refresh?: boolean) => void
  checkRecoveredSale: () => Promise<void>
  showPendingLink: (link: LinkView) => void
  backToKeypad: () => void
  /** Paid detection for the link on screen, for as long as it is shown. */
  startWatching: (linkId: number) => Promise<void>
  stopWatching: () => void
  /** Main learned something about a link (its `link_status` event). */
  linkStatusChanged: (linkId: number, state: SaleStatus) => void
  /** The link on screen turned out paid (a cancel came too late): the Paid screen shows, as paid detection would. */
  shownLinkPaid: () => void
  simulatePayment: () => Promise<void>
}

export const useSaleStore = create<SaleState>()((set, get) => {
  const clearedLinkState = { simulateError: null, simulated: false }
  /** A link shown, or none: what was said about the one before is cleared. */
  const showing = (shownLink: ShownLink | null) => ({ shownLink, showings: get().showings + 1, ...clearedLinkState })

  // The chime and the lists that follow a payment are the view's reaction to the Paid screen (wire-stores.ts).
  const showPaid = () => {
    const view = useViewStore.getState()
    if (view.screen !== 'paid') view.show('paid')
  }

  const setShownState = (linkId: number, state: SaleStatus) => {
    const shown = get().shownLink
    if (shown?.linkId !== linkId || shown.state === state) return
    set({ shownLink: { ...shown, state } })
    if (state === 'paid' && useViewStore.getState().screen === 'qr') showPaid()
    if (state !== 'waiting' && state !== 'paid') refreshLists()
  }

  return {
    shownLink: null,
    showings: 0,
    recoveryChecked: false,
    simulateInFlight: false,
    simulateError: null,
    simulated: false,

    showSale: (sale, recovered, refresh = true) => {
      set(showing({ ...sale, recovered }))
      if (sale.state === 'paid') showPaid()
      else {
        useViewStore.getState().show('qr')
        if (refresh) refreshLists()
      }
    },

    checkRecoveredSale: async () => {
      if (get().recoveryChecked) return
      set({ recoveryChecked: true })
      const result = await callCounter('recoveredSale', {})
      if (!result.ok || result.value === null) return
      if (useViewStore.getState().screen !== 'keypad' || get().shownLink !== null) return
      get().showSale(result.value, true)
    },

    showPendingLink: (link) => {
      flushClearedSale()
      set(showing({ ...link, recovered: false }))
      useViewStore.getState().show('qr')
    },

    backToKeypad: () => {
      flushClearedSale()
      set(showing(null))
      useViewStore.getState().show('keypad')
    },

    startWatching: async (linkId) => {
      const result = await callCounter('watchLink', { linkId })
      // An event may have said more meanwhile; only news about the link still on screen counts.
      if (result.ok && result.value.state !== 'waiting') setShownState(linkId, result.value.state)
    },

    stopWatching: () => void callCounter('unwatchLink', {}),

    linkStatusChanged: (linkId, state) => setShownState(linkId, state),

    shownLinkPaid: () => {
      set((state) => (state.shownLink === null ? {} : { shownLink: { ...state.shownLink, state: 'paid' } }))
      showPaid()
    },

    simulatePayment: async () => {
      const link = get().shownLink
      if (link === null || get().simulateInFlight) return
      set({ simulateInFlight: true, simulateError: null })
      const result = await callCounter('simulatePayment', { linkId: link.linkId })
      set({ simulateInFlight: false })
      if (get().shownLink?.linkId !== link.linkId) return
      set({ simulateError: result.ok ? null : result.error, simulated: result.ok })
    }
  }
})
