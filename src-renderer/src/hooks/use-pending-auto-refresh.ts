import { useEffect } from 'react'
import { PENDING_REFRESH_INTERVAL_MS, usePendingStore } from '../stores/pending-store'

/** Loads the pending links now and every 30 s, so links paid or cancelled elsewhere drop off on their own. */
export function usePendingAutoRefresh(): void {
  useEffect(() => {
    const refresh = () => void usePendingStore.getState().refresh()
    refresh()
    const timer = setInterval(refresh, PENDING_REFRESH_INTERVAL_MS)
    return () => clearInterval(timer)
  }, [])
}
