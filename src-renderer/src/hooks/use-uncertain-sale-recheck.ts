import { useEffect } from 'react'
import { useSaleStore } from '../stores/sale-store'

export const UNCERTAIN_SALE_RECHECK_MS = 5_000

/** Settles the uncertain sale by itself once SecPaid answers again; main settles one sale at a time. */
export function useUncertainSaleRecheck(): void {
  useEffect(() => {
    const timer = setInterval(() => void useSaleStore.getState().resolveUncertainSale(), UNCERTAIN_SALE_RECHECK_MS)
    return () => clearInterval(timer)
  }, [])
}
