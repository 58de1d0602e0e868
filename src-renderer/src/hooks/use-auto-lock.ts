import { useEffect } from 'react'

import { useSettingsLockStore } from '../stores/settings-lock-store'
import { useSettingsStore } from '../stores/settings-store'
import { useViewStore } from '../stores/view-store'

/** How often idleness is looked at: a lock comes at most this late. */
const CHECK_EVERY_MS = 5_000

/**
 * Locks the counter behind the PIN after `settings.autoLockMinutes` minutes without a tap or key (0: never), once
 * a PIN is set. Never while a customer is looking at a QR code or Paid: a sale in progress is not idle.
 */
export function useAutoLock(): void {
  const minutes = useSettingsStore((state) => (state.settings?.pinSet ? state.settings.autoLockMinutes : 0))
  useEffect(() => {
    if (minutes <= 0) return
    let lastActivity = Date.now()
    const noteActivity = () => {
      lastActivity = Date.now()
    }
    const events = ['pointerdown', 'keydown', 'wheel'] as const
    for (const name of events) window.addEventListener(name, noteActivity, { capture: true, passive: true })
    const timer = setInterval(() => {
      const screen = useViewStore.getState().screen
      if (screen === 'qr' || screen === 'paid') return noteActivity()
      if (Date.now() - lastActivity >= minutes * 60_000) useSettingsLockStore.getState().lockCounter()
    }, CHECK_EVERY_MS)
    return () => {
      clearInterval(timer)
      for (const name of events) window.removeEventListener(name, noteActivity, { capture: true })
    }
  }, [minutes])
}
