/**
 * In kiosk mode only the PIN-guarded Quit in settings may end the app: not a menu, a shortcut, the dock or closing
 * the window. Out of kiosk mode anything may.
 */
export function createQuitGuard(isKiosk: () => boolean): { approveQuit(): void; mayQuit(): boolean } {
  let approved = false
  return {
    approveQuit() {
      approved = true
    },
    mayQuit: () => approved || !isKiosk()
  }
}
