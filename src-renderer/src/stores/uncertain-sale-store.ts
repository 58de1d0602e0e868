import { create } from 'zustand'

import type { IpcError, OpenSale, SecPaidFailure } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { useKeypadStore } from './keypad-store'
import { useOrderStore } from './order-store'
import { refreshLists } from './sale-lists'
import { useSaleStore } from './sale-store'
import { useViewStore } from './view-store'

/**
 * A charge whose answer was lost: SecPaid may have made its link. Nothing is charged until resolveSale has
 * settled it, so the same sale cannot end up with two links. Main enforces it too, across restarts.
 */
export type UncertainSale = OpenSale

interface UncertainSaleState {
  uncertainSale: UncertainSale | null
  resolveInFlight: boolean
  resolveError: IpcError | null
  /**
   * Set anew each time the sale is settled, with what that means for the charge: `refusal` is main's answer when it
   * settled the sale as failed (nothing was charged), null when the sale has its link.
   */
  settled: { refusal: IpcError | null } | null
  /** A charge's answer was lost, or main refused it for an earlier sale still uncertain. */
  becameUncertain: (sale: UncertainSale) => void
  /** Asks main to settle the uncertain sale: it adopts the link if SecPaid made it and creates it if provably not. */
  resolveUncertainSale: () => Promise<void>
  /**
   * Main asked SecPaid again about the uncertain sale by itself (its `uncertain_sale` event): settled, the sale is
   * taken from main's journal as a press on "Check again" would; still unknown, the warning says why.
   */
  uncertainSaleChecked: (reference: string, cause: SecPaidFailure | null) => void
  /** Asks main at start for a sale left uncertain before a restart: Charge stays blocked until it is checked. */
  checkUncertainSale: () => Promise<void>
  /** Another environment was chosen: main's uncertain sale, if any, is that environment's. */
  recheckUncertainSale: () => Promise<void>
}

/**
 * Whether a failed resolveSale leaves the sale open: main still cannot tell, or the question never reached it.
 * Any other answer means main settled the sale as failed: no link, nothing to collect.
 */
const saleMayStillExist = (error: IpcError): boolean =>
  error.code === 'outcome_unknown' || error.code === 'internal' || error.code === 'main_unreachable'

export const useUncertainSaleStore = create<UncertainSaleState>()((set, get) => ({
  uncertainSale: null,
  resolveInFlight: false,
  resolveError: null,
  settled: null,

  becameUncertain: (sale) => set({ uncertainSale: sale, resolveError: null }),

  resolveUncertainSale: async () => {
    const uncertain = get().uncertainSale
    if (uncertain === null || get().resolveInFlight) return
    set({ resolveInFlight: true })
    const result = await callCounter('resolveSale', { reference: uncertain.reference })
    if (!result.ok) {
      if (saleMayStillExist(result.error)) set({ resolveInFlight: false, resolveError: result.error })
      // Nothing was charged: the amount is still on the keypad and may be charged again.
      else set({ resolveInFlight: false, resolveError: null, uncertainSale: null, settled: { refusal: result.error } })
      return
    }
    set({ resolveInFlight: false, resolveError: null, uncertainSale: null, settled: { refusal: null } })
    useKeypadStore.getState().reset()
    useOrderStore.getState().clear()
    // A cashier who moved on meanwhile finds the link among the pending ones instead of being pulled away.
    if (useViewStore.getState().screen === 'keypad') useSaleStore.getState().showSale(result.value, false)
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

  checkUncertainSale: async () => {
    const result = await callCounter('uncertainSale', {})
    if (!result.ok || result.value === null || get().uncertainSale !== null) return
    set({ uncertainSale: result.value, resolveError: null })
  },
  recheckUncertainSale: async () => {
    const result = await callCounter('uncertainSale', {})
    if (result.ok) set({ uncertainSale: result.value, resolveError: null })
  }
}))
