import { create } from 'zustand'

import type { IpcError, LinkView } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'

export const PENDING_SEARCH_DEBOUNCE_MS = 250

interface PendingState {
  /** Every link waiting for payment (or every match of the search), newest first. */
  pendingLinks: LinkView[]
  /** False only when more links wait than SecPaid sends in one answer: the count is then "at least". */
  complete: boolean
  search: string
  loading: boolean
  /** False until the first answer: "nothing waiting" is only said once it is known. */
  loaded: boolean
  error: IpcError | null
  /** Searches at SecPaid once the cashier pauses typing. */
  setSearch: (search: string) => void
  /** Asks main again: at start, on its `pending_changed` event and on the cashier's own actions. */
  refresh: () => Promise<void>
  /** Drops a cancelled link at once, then asks again: an answer already on its way may still hold it. */
  removeLink: (linkId: number) => void
}

let searchTimer: ReturnType<typeof setTimeout> | undefined
/** Only the newest request's answer is shown: an older, slower answer must not overwrite it. */
let latestRequest = 0

export const usePendingStore = create<PendingState>()((set, get) => ({
  pendingLinks: [],
  complete: true,
  search: '',
  loading: false,
  loaded: false,
  error: null,
  setSearch: (search) => {
    set({ search })
    clearTimeout(searchTimer)
    searchTimer = setTimeout(() => void get().refresh(), PENDING_SEARCH_DEBOUNCE_MS)
  },
  refresh: async () => {
    const requestNumber = ++latestRequest
    set({ loading: true })
    const search = get().search.trim()
    const result = await callCounter('listPending', search === '' ? {} : { search })
    if (requestNumber !== latestRequest) return
    if (result.ok) {
      set({
        pendingLinks: result.value.links,
        complete: result.value.complete,
        loading: false,
        loaded: true,
        error: null
      })
      return
    }
    // Main asks SecPaid again when it allows (or soon, while offline) and says so with `pending_changed`.
    set({ loading: false, error: result.error })
  },
  removeLink: (linkId) => {
    set((state) => ({ pendingLinks: state.pendingLinks.filter((link) => link.linkId !== linkId) }))
    void get().refresh()
  }
}))
