import { BrowserWindow, screen } from 'electron'

import { secureWebPreferences } from './secure-web-preferences'

/** A display other than the cashier's: the customer-facing monitor, when one is attached. */
function customerDisplay() {
  const primary = screen.getPrimaryDisplay()
  return screen.getAllDisplays().find((display) => display.id !== primary.id)
}

/** The origin each customer window may navigate within: that of the display server URL it shows now. */
const allowedOrigins = new WeakMap<BrowserWindow, string>()

const originOf = (url: string) => new URL(url).origin

/**
 * The customer display in a window of its own: frameless and full screen on a second monitor, else a normal window.
 * It loads only the local display page (its URL carries what pairs it), gets no preload and so no IPC at all.
 */
export function openCustomerWindow(options: { url: string }): BrowserWindow {
  const display = customerDisplay()
  const placement =
    display === undefined ? { width: 800, height: 600 } : { ...display.bounds, frame: false, fullscreen: true }
  const window = new BrowserWindow({
    ...placement,
    show: false,
    backgroundColor: '#ffffff',
    title: 'SecPaid – Customer display',
    autoHideMenuBar: true,
    webPreferences: { ...secureWebPreferences(null), devTools: false }
  })
  // Shown without focus: the cashier keeps typing into the main window while the customer screen appears.
  window.once('ready-to-show', () => window.showInactive())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const leavesOrigin = (url: string) => {
    try {
      return originOf(url) !== allowedOrigins.get(window)
    } catch {
      return true
    }
  }
  window.webContents.on('will-navigate', (event) => {
    if (leavesOrigin(event.url)) event.preventDefault()
  })
  window.webContents.on('will-redirect', (event) => {
    if (leavesOrigin(event.url)) event.preventDefault()
  })
  showInCustomerWindow(window, options.url)
  return window
}

/** Loads the display server's current URL (it moved to another port, or pairs differently now). */
export function showInCustomerWindow(window: BrowserWindow, url: string): void {
  allowedOrigins.set(window, originOf(url))
  // Fails only when the local display server is already gone; the next settings change closes or reloads the window.
  window.loadURL(url).catch(() => undefined)
}

export function closeCustomerWindow(window: BrowserWindow): void {
  if (!window.isDestroyed()) window.close()
}
