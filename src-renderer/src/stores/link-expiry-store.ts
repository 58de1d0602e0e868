import { create } from 'zustand'

import type { IpcError, LinkExpiredOutcome } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'

/** When main cancels the link on screen, on this screen's own clock (main's time left, counted from its answer). */
interface ShownExpiry {
  linkId: number
  /** `Date.now()` at which main cancels the link; null while it does not expire. */
  deadline: number | null
  extendMinutes: number
}

interface LinkExpiryState {
  expiry: ShownExpiry | null
  /** What main did when a link's time ran out, for the QR screen that showed it. */
  expired: { linkId: number; reference: string; outcome: LinkExpiredOutcome } | null
  extendInFlight: boolean
  error: IpcError | null
  /** The QR of `linkId` is on screen: main's time for it (a reload asks again, main keeps it). */
  load: (linkId: number) => Promise<void>
  /** Main's `link_expiry` event. */
  received: (linkId: number, msLeft: number | null) => void
  /** Main's `link_expired` event. */
  expiredByMain: (linkId: number, reference: string, outcome: LinkExpiredOutcome) => void
  extend: () => Promise<void>
  /** The QR screen left: nothing of its link is said any more. */
  clear: () => void
}

const deadlineOf = (msLeft: number | null) => (msLeft === null ? null : Date.now() + msLeft)

export const useLinkExpiryStore = create<LinkExpiryState>()((set, get) => ({
  expiry: null,
  expired: null,
  extendInFlight: false,
  error: null,
  load: async (linkId) => {
    set({ expiry: null, expired: null, error: null })
    const result = await callCounter('linkExpiry', { linkId })
    if (!result.ok) return
    const { msLeft, extendMinutes } = result.value
    set({ expiry: { linkId, deadline: deadlineOf(msLeft), extendMinutes } })
  },
  received: (linkId, msLeft) =>
    set((state) =>
      state.expiry?.linkId === linkId ? { expiry: { ...state.expiry, deadline: deadlineOf(msLeft) } } : {}
    ),
  expiredByMain: (linkId, reference, outcome) => set({ expired: { linkId, reference, outcome } }),
  extend: async () => {
    const expiry = get().expiry
    if (expiry === null || get().extendInFlight) return
    set({ extendInFlight: true, error: null })
    const result = await callCounter('extendLinkExpiry', { linkId: expiry.linkId })
    set({ extendInFlight: false })
    if (!result.ok) {
      set({ error: result.error })
      return
    }
    const { msLeft, extendMinutes } = result.value
    set({ expiry: { linkId: expiry.linkId, deadline: deadlineOf(msLeft), extendMinutes } })
  },
  clear: () => set({ expiry: null, expired: null, error: null })
}))
