import type { WebPreferences } from 'electron'

/**
 * The renderer gets no Node, no Electron and no way around the preload's small API. A window without a
 * preload (the customer display) gets no IPC at all.
 */
export function secureWebPreferences(preloadPath: string | null): WebPreferences {
  return {
    ...(preloadPath === null ? {} : { preload: preloadPath }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false
  }
}
