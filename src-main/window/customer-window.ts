import { BrowserWindow, screen } from 'electron'
import { secureWebPreferences } from './secure-web-preferences'

/** A display other than the cashier's: the customer-facing monitor, when one is attached. */
function customerDisplay() {
  const primary = screen.getPrimaryDisplay()
  return screen.getAllDisplays().find((display) => display.id !== primary.id)
}

/**
 * The customer display in a window of its own: frameless and full screen on a second monitor, else a normal window.
 * It loads only the local display page (with `#code=…` so it is paired), gets no preload and so no IPC at all.
 */
export function openCustomerWindow(options: { url: string }): BrowserWindow {
  const origin = new URL(options.url).origin
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
      return new URL(url).origin !== origin
    } catch {
      return true
    }
  }
  window.webContents.on('will-navigate', (event, url) => {
    if (leavesOrigin(url)) event.preventDefault()
  })
  window.webContents.on('will-redirect', (event, url) => {
    if (leavesOrigin(url)) event.preventDefault()
  })
  // Fails only when the local display server is already gone, and then the backend closes this window as well.
  window.loadURL(options.url).catch(() => undefined)
  return window
}

export function closeCustomerWindow(window: BrowserWindow): void {
  if (!window.isDestroyed()) window.close()
}
