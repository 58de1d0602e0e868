import { create } from 'zustand'

import type {
  HistoryPage,
  HistorySale,
  IpcError,
  IpcResult,
  SaleDetail,
  SaleRefund
} from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { useCancelSaleStore } from './cancel-sale-store'
import { useSaleStore } from './sale-store'

const HISTORY_SEARCH_DEBOUNCE_MS = 250
const PAGE_SIZE = 50
/** The most sales main answers at once (its `salesHistory` schema). */
const MAX_PAGE_SIZE = 200

interface HistoryState {
  /** One day (YYYY-MM-DD), or null for every day. */
  day: string | null
  search: string
  /** Newest first; older pages are appended by `loadMore`. */
  sales: HistorySale[]
  nextCursor: string | null
  loading: boolean
  error: IpcError | null
  /** The sale opened from the list, with its status history. */
  detail: SaleDetail | null
  detailError: IpcError | null
  refundInFlight: boolean
  refundError: IpcError | null
  /** The refund main just filed, to confirm it to the cashier. */
  refundDone: SaleRefund | null
  reload: () => Promise<void>
  /**
   * Main recorded a change to a sale (paid, gone, cancelled): fetches again as many sales as are listed, with the same
   * day and search, and the open sale, so the cashier stays where they were and sees its new status.
   */
  refresh: () => Promise<void>
  loadMore: () => Promise<void>
  setDay: (day: string | null) => void
  setSearch: (search: string) => void
  openSale: (reference: string) => Promise<void>
  closeSale: () => void
  refund: (amountCents: number, pin?: string) => Promise<void>
  clearRefundResult: () => void
  /** The waiting sale's QR again, through the pending list's own re-show flow. */
  showQr: () => void
  /** Cancels the waiting sale's link (the existing cancel flow), then shows what became of it. */
  cancelSale: () => Promise<void>
  /**
   * The counter now works in another environment: its sales are other sales. The open sale (and its refund dialog)
   * and the list are dropped; the next `reload` lists the new environment's.
   */
  environmentChanged: () => void
}

let searchTimer: ReturnType<typeof setTimeout> | undefined
/** Only the newest list request's answer is shown. */
let latestRequest = 0
/** Counts changes of environment: a sale's answer asked for before one is not shown after it. */
let environmentEpoch = 0

export const useHistoryStore = create<HistoryState>()((set, get) => {
  const filter = () => {
    const { day, search } = get()
    const term = search.trim()
    return { ...(day === null ? {} : { day }), ...(term === '' ? {} : { search: term }), limit: PAGE_SIZE }
  }

  const load = async (cursor: string | null) => {
    const request = ++latestRequest
    set({ loading: true })
    const result = await callCounter('salesHistory', cursor === null ? filter() : { ...filter(), cursor })
    if (request !== latestRequest) return
    if (!result.ok) {
      set({ loading: false, error: result.error })
      return
    }
    set((state) => ({
      loading: false,
      error: null,
      sales: cursor === null ? result.value.sales : [...state.sales, ...result.value.sales],
      nextCursor: result.value.nextCursor
    }))
  }

  const refreshList = async () => {
    const request = ++latestRequest
    const shown = get().sales.length
    const sales: HistorySale[] = []
    let cursor: string | null = null
    do {
      const limit = Math.min(MAX_PAGE_SIZE, Math.max(PAGE_SIZE, shown - sales.length))
      const result: IpcResult<HistoryPage> = await callCounter(
        'salesHistory',
        cursor === null ? { ...filter(), limit } : { ...filter(), limit, cursor }
      )
      if (request !== latestRequest) return
      if (!result.ok) {
        set({ error: result.error })
        return
      }
      sales.push(...result.value.sales)
      cursor = result.value.nextCursor
    } while (cursor !== null && sales.length < shown)
    set({ error: null, sales, nextCursor: cursor })
  }

  const reloadDetail = async (reference: string) => {
    const epoch = environmentEpoch
    const result = await callCounter('saleDetail', { reference })
    if (epoch !== environmentEpoch) return
    if (get().detail?.sale.reference !== reference && get().detail !== null) return
    set(result.ok ? { detail: result.value, detailError: null } : { detailError: result.error })
  }

  return {
    day: null,
    search: '',
    sales: [],
    nextCursor: null,
    loading: false,
    error: null,
    detail: null,
    detailError: null,
    refundInFlight: false,
    refundError: null,
    refundDone: null,
    reload: () => load(null),
    refresh: async () => {
      const reference = get().detail?.sale.reference
      await Promise.all([refreshList(), reference === undefined ? null : reloadDetail(reference)])
    },
    loadMore: async () => {
      const cursor = get().nextCursor
      if (cursor !== null && !get().loading) await load(cursor)
    },
    setDay: (day) => {
      set({ day })
      void load(null)
    },
    setSearch: (search) => {
      set({ search })
      clearTimeout(searchTimer)
      searchTimer = setTimeout(() => void load(null), HISTORY_SEARCH_DEBOUNCE_MS)
    },
    openSale: async (reference) => {
      set({ detailError: null, refundError: null, refundDone: null })
      const epoch = environmentEpoch
      const result = await callCounter('saleDetail', { reference })
      if (epoch !== environmentEpoch) return
      set(result.ok ? { detail: result.value } : { detail: null, detailError: result.error })
    },
    closeSale: () => {
      set({ detail: null, detailError: null, refundError: null, refundDone: null })
      void load(null)
    },
    refund: async (amountCents, pin) => {
      const detail = get().detail
      if (detail === null || get().refundInFlight) return
      set({ refundInFlight: true, refundError: null, refundDone: null })
      const reference = detail.sale.reference
      const epoch = environmentEpoch
      const result = await callCounter(
        'refundSale',
        pin === undefined ? { reference, amountCents } : { reference, amountCents, pin }
      )
      if (epoch !== environmentEpoch) {
        set({ refundInFlight: false })
        return
      }
      set(
        result.ok
          ? { refundInFlight: false, refundDone: result.value }
          : { refundInFlight: false, refundError: result.error }
      )
      await reloadDetail(reference)
    },
    clearRefundResult: () => set({ refundError: null, refundDone: null }),
    showQr: () => {
      const link = get().detail?.link
      if (link) useSaleStore.getState().showPendingLink(link)
    },
    cancelSale: async () => {
      const detail = get().detail
      if (detail?.sale.linkId == null) return
      await useCancelSaleStore.getState().cancelSale(detail.sale.linkId)
      await reloadDetail(detail.sale.reference)
    },
    environmentChanged: () => {
      // An answer still on its way belongs to the old environment: it must not be shown.
      latestRequest += 1
      environmentEpoch += 1
      set({
        sales: [],
        nextCursor: null,
        error: null,
        detail: null,
        detailError: null,
        refundError: null,
        refundDone: null
      })
    }
  }
})
