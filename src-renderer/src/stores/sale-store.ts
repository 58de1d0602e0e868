import { create } from 'zustand'
import type {
  ChargeRequest,
  IpcError,
  SaleStatus,
  LinkView,
  OpenSale,
  SecPaidFailure
} from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { afterNextFrame } from '../lib/after-next-frame'
import { chargeBlock } from '../lib/charge-limit'
import { paidSound } from '../lib/paid-sound'
import { selectJournalBlocksCharge, useJournalStore } from './journal-store'
import { selectAmountCents, useKeypadStore } from './keypad-store'
import { currentQuote, effectiveComposition, isComposed, useOrderStore } from './order-store'
import { usePendingStore } from './pending-store'
import { useSettingsStore } from './settings-store'
import { useSummaryStore } from './summary-store'
import { useViewStore } from './view-store'

/** A link on the customer's screen: a sale just charged, one recovered after a restart, or a pending link. */
export interface ShownLink extends LinkView {
  /** Brought back at start-up: a crash left the sale open after its link was made. */
  recovered: boolean
}

/**
 * A charge whose answer was lost: SecPaid may have made its link. Nothing is charged until resolveSale has
 * settled it, so the same sale cannot end up with two links. Main enforces it too, across restarts.
 */
export type UncertainSale = OpenSale

interface SaleState {
  /** Set before `charge` is sent and cleared after its answer: a second press in between is ignored. */
  chargeInFlight: boolean
  chargeError: IpcError | null
  uncertainSale: UncertainSale | null
  resolveInFlight: boolean
  resolveError: IpcError | null
  /** The link whose QR is on screen; its `state` follows main's link_status events while it is watched. */
  shownLink: ShownLink | null
  /** recoveredSale is asked once per start: main hands the sale out only once anyway. */
  recoveryChecked: boolean
  simulateInFlight: boolean
  simulateError: IpcError | null
  /** The simulator took the payment; the Paid screen waits for paid detection, as it would for a customer. */
  simulated: boolean
  /** The link whose cancellation is on its way. */
  cancelInFlight: number | null
  cancelError: { linkId: number; error: IpcError } | null
  charge: () => Promise<void>
  /** Asks main to settle the uncertain sale: it adopts the link if SecPaid made it and creates it if provably not. */
  resolveUncertainSale: () => Promise<void>
  /**
   * Main asked SecPaid again about the uncertain sale by itself (its `uncertain_sale` event): settled, the sale is
   * taken from main's journal as a press on "Check again" would; still unknown, the warning says why.
   */
  uncertainSaleChecked: (reference: string, cause: SecPaidFailure | null) => void
  checkRecoveredSale: () => Promise<void>
  /** Asks main at start for a sale left uncertain before a restart: Charge stays blocked until it is checked. */
  checkUncertainSale: () => Promise<void>
  /** Another environment was chosen: main's uncertain sale, if any, is that environment's. */
  recheckUncertainSale: () => Promise<void>
  showPendingLink: (link: LinkView) => void
  backToKeypad: () => void
  /**
   * Does at once what still waits for a charged QR's first frame (the QR screen calls it as it leaves): no frame or
   * timer of a screen outlives it, and the keypad the cashier returns to is already clear.
   */
  flushAfterCharge: () => void
  /** Paid detection for the link on screen, for as long as it is shown. */
  startWatching: (linkId: number) => Promise<void>
  stopWatching: () => void
  /** Main learned something about a link (its `link_status` event). */
  linkStatusChanged: (linkId: number, state: SaleStatus) => void
  simulatePayment: () => Promise<void>
  cancelSale: (linkId: number) => Promise<void>
}

/**
 * Whether a failed resolveSale leaves the sale open: main still cannot tell, or the question never reached it.
 * Any other answer means main settled the sale as failed: no link, nothing to collect.
 */
const saleMayStillExist = (error: IpcError): boolean =>
  error.code === 'outcome_unknown' || error.code === 'internal' || error.code === 'main_unreachable'

const refreshLists = () => {
  void usePendingStore.getState().refresh()
  void useSummaryStore.getState().refresh()
}

export const useSaleStore = create<SaleState>()((set, get) => {
  const clearedLinkState = { simulateError: null, simulated: false, cancelError: null }

  const showPaid = () => {
    const view = useViewStore.getState()
    if (view.screen === 'paid') return
    view.show('paid')
    if (useSettingsStore.getState().settings?.paidSound !== false) paidSound.play()
    refreshLists()
  }

  /** Clears the keypad of a sale just charged, if that is still to be done. */
  let flushClearedSale = () => {}
  /** Counts charges shown, so a clearing step left from an earlier charge never touches a later one. */
  let chargesShown = 0

  const showSale = (sale: LinkView, recovered: boolean, refresh = true) => {
    set({ shownLink: { ...sale, recovered }, ...clearedLinkState })
    if (sale.state === 'paid') showPaid()
    else {
      useViewStore.getState().show('qr')
      if (refresh) refreshLists()
    }
  }

  const setShownState = (linkId: number, state: SaleStatus) => {
    const shown = get().shownLink
    if (shown?.linkId !== linkId || shown.state === state) return
    set({ shownLink: { ...shown, state } })
    if (state === 'paid' && useViewStore.getState().screen === 'qr') showPaid()
    if (state !== 'waiting' && state !== 'paid') refreshLists()
  }

  return {
    chargeInFlight: false,
    chargeError: null,
    uncertainSale: null,
    resolveInFlight: false,
    resolveError: null,
    shownLink: null,
    recoveryChecked: false,
    simulateInFlight: false,
    simulateError: null,
    simulated: false,
    cancelInFlight: null,
    cancelError: null,

    charge: async () => {
      const settings = useSettingsStore.getState().settings
      if (get().chargeInFlight || get().uncertainSale !== null || settings === null) return
      if (selectJournalBlocksCharge(useJournalStore.getState())) return
      const keypad = useKeypadStore.getState()
      const order = useOrderStore.getState()
      const note = keypad.note.trim()
      const withNote = note === '' ? {} : { note }
      let request: ChargeRequest
      if (isComposed(order)) {
        // Main computes the amount; the renderer only checks it has main's figures for what is on screen.
        if (currentQuote(order) === null) return
        request = { sale: effectiveComposition(order), ...withNote }
      } else {
        const amountCents = selectAmountCents(keypad)
        if (chargeBlock(amountCents, settings.maxAmountCents) !== null) return
        request = { amountCents, ...withNote }
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
          set({
            chargeInFlight: false,
            uncertainSale: { reference: error.reference, amountCents: error.amountCents },
            resolveError: null
          })
          // If the link was made, it also shows up among the pending links.
          void usePendingStore.getState().refresh()
        } else set({ chargeInFlight: false, chargeError: error })
        return
      }
      set({ chargeInFlight: false })
      const charged = result.value
      showSale(charged, false, false)
      const thisCharge = ++chargesShown
      // The keypad is hidden under the QR from here on: clearing it and refreshing the lists wait for the QR's first
      // frame, so that frame has nothing else to draw. Going back before then clears it first.
      flushClearedSale = afterNextFrame(() => {
        if (thisCharge !== chargesShown || get().shownLink?.linkId !== charged.linkId) return
        useKeypadStore.getState().reset()
        useOrderStore.getState().clear()
        refreshLists()
      })
    },

    resolveUncertainSale: async () => {
      const uncertain = get().uncertainSale
      if (uncertain === null || get().resolveInFlight) return
      set({ resolveInFlight: true })
      const result = await callCounter('resolveSale', { reference: uncertain.reference })
      if (!result.ok) {
        if (saleMayStillExist(result.error)) set({ resolveInFlight: false, resolveError: result.error })
        // Nothing was charged: the amount is still on the keypad and may be charged again.
        else set({ resolveInFlight: false, resolveError: null, uncertainSale: null, chargeError: result.error })
        return
      }
      set({ resolveInFlight: false, resolveError: null, uncertainSale: null, chargeError: null })
      useKeypadStore.getState().reset()
      useOrderStore.getState().clear()
      // A cashier who moved on meanwhile finds the link among the pending ones instead of being pulled away.
      if (useViewStore.getState().screen === 'keypad') showSale(result.value, false)
      else refreshLists()
    },

    uncertainSaleChecked: (reference, cause) => {
      const uncertain = get().uncertainSale
      if (uncertain?.reference !== reference) return
      if (cause === null) void get().resolveUncertainSale()
      else if (!get().resolveInFlight) {
        set({ resolveError: { code: 'outcome_unknown', reference, amountCents: uncertain.amountCents, cause } })
      }
    },

    checkRecoveredSale: async () => {
      if (get().recoveryChecked) return
      set({ recoveryChecked: true })
      const result = await callCounter('recoveredSale', {})
      if (!result.ok || result.value === null) return
      if (useViewStore.getState().screen !== 'keypad' || get().shownLink !== null) return
      showSale(result.value, true)
    },

    checkUncertainSale: async () => {
      const result = await callCounter('uncertainSale', {})
      if (!result.ok || result.value === null || get().uncertainSale !== null) return
      set({ uncertainSale: result.value, resolveError: null })
    },
    recheckUncertainSale: async () => {
      const result = await callCounter('uncertainSale', {})
      if (result.ok) set({ uncertainSale: result.value, resolveError: null })
    },

    showPendingLink: (link) => {
      flushClearedSale()
      set({ shownLink: { ...link, recovered: false }, ...clearedLinkState })
      useViewStore.getState().show('qr')
    },

    backToKeypad: () => {
      flushClearedSale()
      set({ shownLink: null, ...clearedLinkState })
      useViewStore.getState().show('keypad')
    },

    flushAfterCharge: () => flushClearedSale(),

    startWatching: async (linkId) => {
      const result = await callCounter('watchLink', { linkId })
      // An event may have said more meanwhile; only news about the link still on screen counts.
      if (result.ok && result.value.state !== 'waiting') setShownState(linkId, result.value.state)
    },

    stopWatching: () => void callCounter('unwatchLink', {}),

    linkStatusChanged: (linkId, state) => setShownState(linkId, state),

    simulatePayment: async () => {
      const link = get().shownLink
      if (link === null || get().simulateInFlight) return
      set({ simulateInFlight: true, simulateError: null })
      const result = await callCounter('simulatePayment', { linkId: link.linkId })
      set({ simulateInFlight: false })
      if (get().shownLink?.linkId !== link.linkId) return
      set({ simulateError: result.ok ? null : result.error, simulated: result.ok })
    },

    cancelSale: async (linkId) => {
      if (get().cancelInFlight !== null) return
      set({ cancelInFlight: linkId, cancelError: null })
      const result = await callCounter('cancelSale', { linkId })
      set({ cancelInFlight: null })
      const isShownLink = get().shownLink?.linkId === linkId
      const onQrScreen = isShownLink && useViewStore.getState().screen === 'qr'
      if (result.ok) {
        usePendingStore.getState().removeLink(linkId)
        void useSummaryStore.getState().refresh()
        if (onQrScreen) get().backToKeypad()
        return
      }
      if (result.error.code === 'already_paid') {
        // The customer was faster: for the link on screen that is simply the payment arriving.
        if (onQrScreen) {
          set((state) => (state.shownLink === null ? {} : { shownLink: { ...state.shownLink, state: 'paid' } }))
          showPaid()
          return
        }
        refreshLists()
        if (isShownLink) return
      }
      set({ cancelError: { linkId, error: result.error } })
    }
  }
})
