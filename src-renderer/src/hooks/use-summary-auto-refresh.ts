import { useEffect } from 'react'
import { SUMMARY_REFRESH_INTERVAL_MS, useSummaryStore } from '../stores/summary-store'

/** Today's totals now and every 30 s; charges, payments and cancellations also refresh them as they happen. */
export function useSummaryAutoRefresh(): void {
  useEffect(() => {
    const refresh = () => void useSummaryStore.getState().refresh()
    refresh()
    const timer = setInterval(refresh, SUMMARY_REFRESH_INTERVAL_MS)
    return () => clearInterval(timer)
  }, [])
}
