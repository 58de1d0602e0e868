import { create } from 'zustand'

import type { SettledSale } from '../../../src-preload/contract'

/** How long a notice stays unless tapped away. */
export const NOTICE_MS = 8_000
/** Older notices give way, so a burst of payments never covers the screen. */
const MAX_NOTICES = 3

interface SettledNotice {
  id: number
  sale: SettledSale
}

interface NoticeState {
  notices: SettledNotice[]
  /** A sale settled while its QR was not on screen: the cashier hears of it here. */
  announce: (sale: SettledSale) => void
  dismiss: (id: number) => void
}

let nextId = 1

export const useNoticeStore = create<NoticeState>()((set, get) => ({
  notices: [],
  announce: (sale) => {
    const id = nextId++
    set((state) => ({ notices: [...state.notices, { id, sale }].slice(-MAX_NOTICES) }))
    setTimeout(() => get().dismiss(id), NOTICE_MS)
  },
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }))
}))
