import { create } from 'zustand'
import type { IpcError, PendingLinkView, SaleLink } from '../../../src-preload/contract'
import { chargeBlock } from '../lib/charge-limit'
import { callCounter } from './counter-call'
import { selectAmountCents, useKeypadStore } from './keypad-store'
import { usePendingStore } from './pending-store'
import { useSettingsStore } from './settings-store'
import { useViewStore } from './view-store'

/** A link on the customer's screen: a sale just charged, or one picked from the pending links. */
export interface ShownLink {
  linkId: number
  amountCents: number
  payLink: string
  qrImg: string | null
  note: string
  /** The sale's reference; empty for a pending link, whose note already carries it. */
  reference: string
}

interface SaleState {
  /** Set before `charge` is sent and cleared after its answer: a second press in between is ignored. */
  chargeInFlight: boolean
  chargeError: IpcError | null
  shownLink: ShownLink | null
  simulateInFlight: boolean
  simulateError: IpcError | null
  charge: () => Promise<void>
  showPendingLink: (link: PendingLinkView) => void
  backToKeypad: () => void
  simulatePayment: () => Promise<void>
}

const fromSaleLink = (sale: SaleLink): ShownLink => ({
  linkId: sale.linkId,
  amountCents: sale.amountCents,
  payLink: sale.payLink,
  qrImg: sale.qrImg,
  note: sale.note,
  reference: sale.reference
})

export const useSaleStore = create<SaleState>()((set, get) => ({
  chargeInFlight: false,
  chargeError: null,
  shownLink: null,
  simulateInFlight: false,
  simulateError: null,

  charge: async () => {
    const settings = useSettingsStore.getState().settings
    if (get().chargeInFlight || settings === null) return
    const keypad = useKeypadStore.getState()
    const amountCents = selectAmountCents(keypad)
    if (chargeBlock(amountCents, settings.maxAmountCents) !== null) return
    const note = keypad.note.trim()

    set({ chargeInFlight: true, chargeError: null })
    const result = await callCounter('charge', note === '' ? { amountCents } : { amountCents, note })
    if (!result.ok) {
      set({ chargeInFlight: false, chargeError: result.error })
      // A sale whose answer was lost may still get its link: it would show up among the pending links.
      if (result.error.pendingSaleReference !== undefined) void usePendingStore.getState().refresh()
      return
    }
    set({ chargeInFlight: false, shownLink: fromSaleLink(result.value), simulateError: null })
    useKeypadStore.getState().reset()
    useViewStore.getState().show(result.value.status === 'paid' ? 'paid' : 'qr')
    void usePendingStore.getState().refresh()
  },

  showPendingLink: (link) => {
    const { linkId, amountCents, payLink, qrImg, note } = link
    set({ shownLink: { linkId, amountCents, payLink, qrImg, note, reference: '' }, simulateError: null })
    useViewStore.getState().show('qr')
  },

  backToKeypad: () => {
    set({ shownLink: null, simulateError: null })
    useViewStore.getState().show('keypad')
  },

  simulatePayment: async () => {
    const link = get().shownLink
    if (link === null || get().simulateInFlight) return
    set({ simulateInFlight: true, simulateError: null })
    const result = await callCounter('simulatePayment', { linkId: link.linkId })
    set({ simulateInFlight: false, simulateError: result.ok ? null : result.error })
    if (!result.ok) return
    useViewStore.getState().show('paid')
    void usePendingStore.getState().refresh()
  }
}))
