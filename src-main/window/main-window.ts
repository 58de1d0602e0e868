import { BrowserWindow, Menu } from 'electron'

import { applicationMenuTemplate } from './application-menu'
import { isKioskEscape } from './kiosk-input-guard'
import { secureWebPreferences } from './secure-web-preferences'

export function createMainWindow(options: {
  preloadPath: string
  kiosk: boolean
  load: (window: BrowserWindow) => Promise<void>
  /** In kiosk mode the window closes only when this says so (the PIN-guarded Quit). */
  mayClose: () => boolean
  /** The page (re)loads: nobody is in Settings any more, so main locks them. */
  onLoadStart?: () => void
}): BrowserWindow {
  applyApplicationMenu(options.kiosk)
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    title: 'SecPaid Counter',
    autoHideMenuBar: true,
    kiosk: options.kiosk,
    webPreferences: { ...secureWebPreferences(options.preloadPath), devTools: !options.kiosk }
  })
  window.once('ready-to-show', () => window.show())
  // A reload leaves Settings without the renderer saying so: main locks them itself.
  window.webContents.on('did-start-loading', () => options.onLoadStart?.())
  window.webContents.on('before-input-event', (event, input) => {
    if (window.isKiosk() && isKioskEscape(input)) event.preventDefault()
  })
  // Developer tools exist in a window started out of kiosk mode; once kiosk is on, they close whenever they open.
  window.webContents.on('devtools-opened', () => {
    if (window.isKiosk()) window.webContents.closeDevTools()
  })
  window.on('close', (event) => {
    if (window.isKiosk() && !options.mayClose()) event.preventDefault()
  })
  void options.load(window)
  return window
}

/** Kiosk mode changed in settings: applied to the open window and the menu at once. */
export function applyKiosk(window: BrowserWindow, kiosk: boolean): void {
  window.setKiosk(kiosk)
  applyApplicationMenu(kiosk)
  if (kiosk && window.webContents.isDevToolsOpened()) window.webContents.closeDevTools()
}

function applyApplicationMenu(kiosk: boolean): void {
  const template = applicationMenuTemplate(kiosk, process.platform)
  Menu.setApplicationMenu(template === null ? null : Menu.buildFromTemplate(template))
}
