import { usePendingStore } from './pending-store'
import { useSummaryStore } from './summary-store'

/** A sale that moved changes the pending links and today's summary: both are asked for again. */
export function refreshLists(): void {
  void usePendingStore.getState().refresh()
  void useSummaryStore.getState().refresh()
}
