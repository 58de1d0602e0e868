import { create } from 'zustand'
import type { IpcError, PendingLinkView, SaleLink } from '../../../src-preload/contract'
import { chargeBlock } from '../lib/charge-limit'
import { isAlreadyPaidError } from '../lib/error-messages'
import { paidSound } from '../lib/paid-sound'
import { callCounter } from './counter-call'
import { selectAmountCents, useKeypadStore } from './keypad-store'
import { usePendingStore } from './pending-store'
import { useSettingsStore } from './settings-store'
import { useSummaryStore } from './summary-store'
import { useViewStore } from './view-store'

/** A link on the customer's screen: a sale just charged, one recovered after a restart, or a pending link. */
export interface ShownLink {
  linkId: number
  amountCents: number
  payLink: string
  qrImg: string | null
  note: string
  /** The sale's reference; empty for a pending link, whose note already carries it. */
  reference: string
  /** Brought back at start-up: a crash left the sale open after its link was made. */
  recovered: boolean
}

/**
 * A charge whose answer was lost: SecPaid may have made its link. Nothing is charged until resolveSale has
 * settled it, so the same sale cannot end up with two links.
 */
export interface UncertainSale {
  reference: string
  amountCents: number
}

interface SaleState {
  /** Set before `charge` is sent and cleared after its answer: a second press in between is ignored. */
  chargeInFlight: boolean
  chargeError: IpcError | null
  uncertainSale: UncertainSale | null
  resolveInFlight: boolean
  resolveError: IpcError | null
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
  checkRecoveredSale: () => Promise<void>
  showPendingLink: (link: PendingLinkView) => void
  backToKeypad: () => void
  /** Paid detection confirmed the payment of a link. */
  paymentConfirmed: (linkId: number) => void
  simulatePayment: () => Promise<void>
  cancelSale: (linkId: number) => Promise<void>
}

const fromSaleLink = (sale: SaleLink, recovered: boolean): ShownLink => ({
  linkId: sale.linkId,
  amountCents: sale.amountCents,
  payLink: sale.payLink,
  qrImg: sale.qrImg,
  note: sale.note,
  reference: sale.reference,
  recovered
})

/**
 * Whether a failed resolveSale leaves the sale open. Main answers with the reference while it still cannot tell;
 * an internal failure may have stopped it before it could. Any other error means main settled the sale as failed:
 * no link, nothing to collect.
 */
const saleMayStillExist = (error: IpcError): boolean =>
  error.pendingSaleReference !== undefined || error.code === 'internal'

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

  const showSale = (sale: SaleLink, recovered: boolean) => {
    set({ shownLink: fromSaleLink(sale, recovered), ...clearedLinkState })
    if (sale.status === 'paid') showPaid()
    else {
      useViewStore.getState().show('qr')
      refreshLists()
    }
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
      const keypad = useKeypadStore.getState()
      const amountCents = selectAmountCents(keypad)
      if (chargeBlock(amountCents, settings.maxAmountCents) !== null) return
      const note = keypad.note.trim()

      set({ chargeInFlight: true, chargeError: null })
      const result = await callCounter('charge', note === '' ? { amountCents } : { amountCents, note })
      if (!result.ok) {
        const reference = result.error.pendingSaleReference
        if (reference === undefined) set({ chargeInFlight: false, chargeError: result.error })
        else {
          set({ chargeInFlight: false, uncertainSale: { reference, amountCents }, resolveError: null })
          // If the link was made, it also shows up among the pending links.
          void usePendingStore.getState().refresh()
        }
        return
      }
      set({ chargeInFlight: false })
      useKeypadStore.getState().reset()
      showSale(result.value, false)
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
      // A cashier who moved on meanwhile finds the link among the pending ones instead of being pulled away.
      if (useViewStore.getState().screen === 'keypad') showSale(result.value, false)
      else refreshLists()
    },

    checkRecoveredSale: async () => {
      if (get().recoveryChecked) return
      set({ recoveryChecked: true })
      const result = await callCounter('recoveredSale', {})
      if (!result.ok || result.value === null) return
      if (useViewStore.getState().screen !== 'keypad' || get().shownLink !== null) return
      showSale(result.value, true)
    },

    showPendingLink: (link) => {
      const { linkId, amountCents, payLink, qrImg, note } = link
      set({
        shownLink: { linkId, amountCents, payLink, qrImg, note, reference: '', recovered: false },
        ...clearedLinkState
      })
      useViewStore.getState().show('qr')
    },

    backToKeypad: () => {
      set({ shownLink: null, ...clearedLinkState })
      useViewStore.getState().show('keypad')
    },

    paymentConfirmed: (linkId) => {
      if (get().shownLink?.linkId === linkId && useViewStore.getState().screen === 'qr') showPaid()
    },

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
      if (isAlreadyPaidError(result.error)) {
        // The customer was faster: for the link on screen that is simply the payment arriving.
        if (onQrScreen) {
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
