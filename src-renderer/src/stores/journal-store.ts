import { create } from 'zustand'

import type { JournalStatus } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'

interface JournalState {
  /** Null until main first answered: charging is not blocked on a guess. */
  status: JournalStatus | null
  /** The owner has read the notice about lines set aside at start. */
  quarantineNoticeDismissed: boolean
  /** Asks main: events sent before the window subscribed are not heard, so this is asked at start. */
  load: () => Promise<void>
  /** Main's `journal_status` event. */
  received: (status: JournalStatus) => void
  dismissQuarantineNotice: () => void
}

/** An answer to `load` older than an event that arrived meanwhile would undo what the event said. */
let statusVersion = 0

export const useJournalStore = create<JournalState>()((set) => ({
  status: null,
  quarantineNoticeDismissed: false,
  load: async () => {
    const asked = ++statusVersion
    const result = await callCounter('journalStatus', {})
    if (result.ok && asked === statusVersion) set({ status: result.value })
  },
  received: (status) => {
    statusVersion += 1
    set({ status })
  },
  dismissQuarantineNotice: () => set({ quarantineNoticeDismissed: true })
}))

/** Main refuses every charge while the journal cannot be written; the screen says so before anyone tries. */
export const selectJournalBlocksCharge = (state: JournalState): boolean =>
  state.status !== null && !state.status.writable
