import type { MenuItemConstructorOptions } from 'electron'

/**
 * The application menu. In kiosk mode there is none on Windows and Linux (Alt and a letter would open it, and its
 * File menu can quit); macOS keeps only Edit, whose shortcuts copy and paste in text fields there. Out of kiosk mode
 * it is Electron's usual menu without the Help links to Electron's website.
 */
export function applicationMenuTemplate(
  kiosk: boolean,
  platform: NodeJS.Platform
): MenuItemConstructorOptions[] | null {
  const mac = platform === 'darwin'
  if (kiosk) return mac ? [{ role: 'editMenu' }] : null
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' }
  ]
}
