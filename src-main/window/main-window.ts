import { BrowserWindow } from 'electron'
import { secureWebPreferences } from './secure-web-preferences'

export function createMainWindow(options: { preloadPath: string; load: (window: BrowserWindow) => Promise<void> }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    title: 'SecPaid Counter',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preloadPath)
  })
  window.once('ready-to-show', () => window.show())
  void options.load(window)
  return window
}
