import type { BrowserWindow } from 'electron'

import { closeCustomerWindow, openCustomerWindow, showInCustomerWindow } from './customer-window'
import { planCustomerWindow } from './customer-window-plan'

/**
 * Keeps the customer window in step with the setting and the display server (`sync` after every settings change),
 * and opens it again when someone closes it by hand while the setting is on. `stop` closes it for good (quitting).
 */
export function createCustomerWindowFollower(options: { wanted: () => boolean; url: () => string | null }): {
  sync(): void
  stop(): void
} {
  let shown: { window: BrowserWindow; url: string } | null = null
  let stopped = false

  const sync = () => {
    if (stopped) return
    const step = planCustomerWindow({ wanted: options.wanted(), url: options.url(), shownUrl: shown?.url ?? null })
    if (step.kind === 'open') {
      const window = openCustomerWindow({ url: step.url })
      shown = { window, url: step.url }
      window.on('closed', () => {
        // Closed by hand (not by `sync` or `stop`, which forget it first): open it again if the setting still wants it.
        if (shown?.window !== window) return
        shown = null
        sync()
      })
    } else if (step.kind === 'load' && shown !== null) {
      shown.url = step.url
      showInCustomerWindow(shown.window, step.url)
    } else if (step.kind === 'close' && shown !== null) {
      const { window } = shown
      shown = null
      closeCustomerWindow(window)
    }
  }

  return {
    sync,
    stop() {
      stopped = true
      if (shown === null) return
      const { window } = shown
      shown = null
      closeCustomerWindow(window)
    }
  }
}
