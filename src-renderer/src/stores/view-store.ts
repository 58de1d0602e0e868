import { create } from 'zustand'

/** The one full screen showing: the keypad (with the pending links), the customer's QR, paid, or settings. */
type Screen = 'keypad' | 'qr' | 'paid' | 'settings' | 'history' | 'dayClose'

interface ViewState {
  screen: Screen
  /** On narrow screens the pending links fold away below the keypad. */
  pendingOpen: boolean
  show: (screen: Screen) => void
  togglePending: () => void
}

export const useViewStore = create<ViewState>()((set) => ({
  screen: 'keypad',
  pendingOpen: false,
  // Leaving the keypad folds the pending links away, so coming back shows the keypad, not the list.
  show: (screen) => set({ screen, pendingOpen: false }),
  togglePending: () => set((state) => ({ pendingOpen: !state.pendingOpen }))
}))
