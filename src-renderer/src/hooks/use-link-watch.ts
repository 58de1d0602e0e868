import { useEffect } from 'react'

import { useSaleStore } from '../stores/sale-store'

/**
 * Paid detection for as long as the link's QR is on screen: main polls SecPaid and tells what it learns through its
 * events. Leaving the screen, for whatever reason, stops it.
 */
export function useLinkWatch(linkId: number): void {
  useEffect(() => {
    void useSaleStore.getState().startWatching(linkId)
    return () => useSaleStore.getState().stopWatching()
  }, [linkId])
}
