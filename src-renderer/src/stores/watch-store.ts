import { create } from 'zustand'
import type { IpcResult, LinkState, LinkStatus } from '../../../src-preload/contract'
import { useConnectionStore } from './connection-store'
import { callCounter } from './counter-call'
import { usePendingStore } from './pending-store'
import { useSaleStore } from './sale-store'
import { useSummaryStore } from './summary-store'

/** linkStatus is answered from the main process's memory, so asking often costs no SecPaid request. */
export const LINK_STATUS_POLL_MS = 250

interface WatchState {
  /** The link on the customer's screen that paid detection watches; null when no QR is shown. */
  watchedLinkId: number | null
  /** False until watchLink succeeded: until then each poll asks for the watch again instead of the status. */
  watchStarted: boolean
  linkState: LinkState
  statusRequestInFlight: boolean
  start: (linkId: number) => Promise<void>
  poll: () => Promise<void>
  stop: () => void
}

export const useWatchStore = create<WatchState>()((set, get) => {
  const apply = (linkId: number, result: IpcResult<LinkStatus>, startedWatch: boolean) => {
    // The QR may have changed or closed while the answer was on its way.
    if (get().watchedLinkId !== linkId || !result.ok) return
    if (startedWatch) set({ watchStarted: true })
    useConnectionStore.getState().recordReachability(result.value.online)
    const state = result.value.state
    if (state === get().linkState) return
    set({ linkState: state })
    if (state === 'paid') useSaleStore.getState().paymentConfirmed(linkId)
    if (state === 'gone') {
      void usePendingStore.getState().refresh()
      void useSummaryStore.getState().refresh()
    }
  }

  return {
    watchedLinkId: null,
    watchStarted: false,
    linkState: 'pending',
    statusRequestInFlight: false,
    start: async (linkId) => {
      set({ watchedLinkId: linkId, watchStarted: false, linkState: 'pending', statusRequestInFlight: true })
      const result = await callCounter('watchLink', { linkId })
      set({ statusRequestInFlight: false })
      apply(linkId, result, true)
    },
    poll: async () => {
      const { watchedLinkId: linkId, watchStarted, linkState, statusRequestInFlight } = get()
      // Paid and gone are final: nothing more to ask.
      if (linkId === null || linkState !== 'pending' || statusRequestInFlight) return
      set({ statusRequestInFlight: true })
      const result = watchStarted
        ? await callCounter('linkStatus', { linkId })
        : await callCounter('watchLink', { linkId })
      set({ statusRequestInFlight: false })
      apply(linkId, result, !watchStarted)
    },
    stop: () => {
      if (get().watchedLinkId === null) return
      set({ watchedLinkId: null, watchStarted: false, linkState: 'pending' })
      void callCounter('unwatchLink', {})
    }
  }
})
