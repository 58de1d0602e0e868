import { useEffect } from 'react'
import { LINK_STATUS_POLL_MS, useWatchStore } from '../stores/watch-store'

/**
 * Paid detection for as long as the link's QR is on screen: main polls SecPaid, this asks main every 250 ms
 * what it knows. Leaving the screen, for whatever reason, stops both.
 */
export function useLinkWatch(linkId: number): void {
  useEffect(() => {
    void useWatchStore.getState().start(linkId)
    const timer = setInterval(() => void useWatchStore.getState().poll(), LINK_STATUS_POLL_MS)
    return () => {
      clearInterval(timer)
      useWatchStore.getState().stop()
    }
  }, [linkId])
}
