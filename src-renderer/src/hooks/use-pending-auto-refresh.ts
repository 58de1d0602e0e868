import { useEffect } from 'react'
import { useConnectionStore } from '../stores/connection-store'
import {
  PENDING_OFFLINE_REFRESH_INTERVAL_MS,
  PENDING_REFRESH_INTERVAL_MS,
  usePendingStore
} from '../stores/pending-store'

const refresh = () => void usePendingStore.getState().refresh()

/**
 * Loads the pending links now and every 30 s, so links paid or cancelled elsewhere drop off on their own;
 * every 5 s while SecPaid is unreachable, so the list and the banner recover soon after the connection.
 */
export function usePendingAutoRefresh(): void {
  const offline = useConnectionStore((state) => state.offline)
  useEffect(refresh, [])
  useEffect(() => {
    const timer = setInterval(refresh, offline ? PENDING_OFFLINE_REFRESH_INTERVAL_MS : PENDING_REFRESH_INTERVAL_MS)
    return () => clearInterval(timer)
  }, [offline])
}
