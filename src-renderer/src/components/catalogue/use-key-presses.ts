import { useMemo, useRef, useState } from 'react'

import type { Product } from '../../../../src-preload/contract'
import { localDay } from '../../../../src-preload/contract/locale'
import { useOrderStore } from '../../stores/order-store'
import type { ProductKeyActions } from './product-key'

/** Held this long, a product key asks for the quantity instead of adding one. */
export const LONG_PRESS_MS = 500

const quantityOf = (productId: string): number => {
  const line = useOrderStore
    .getState()
    .lines.find((candidate) => candidate.kind === 'product' && candidate.productId === productId)
  return line?.kind === 'product' ? line.quantity : 0
}

/**
 * What the catalogue's keys do: a tap adds one (a product already in the sale asks how many), a long press asks how
 * many, and a tap on a sold-out product only says so. The actions stay the same object across renders, so a tap
 * re-renders only the key whose count changed.
 */
export function useKeyPresses(onSoldOut: (name: string | null) => void) {
  const [asking, setAsking] = useState<Product | null>(null)
  const pressTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const longPressed = useRef(false)

  const actions = useMemo<ProductKeyActions>(() => {
    const stopPress = () => {
      if (pressTimer.current !== null) clearTimeout(pressTimer.current)
      pressTimer.current = null
    }
    return {
      stopPress,
      startPress: (product) => {
        longPressed.current = false
        stopPress()
        pressTimer.current = setTimeout(() => {
          longPressed.current = true
          setAsking(product)
        }, LONG_PRESS_MS)
      },
      tap: (product) => {
        stopPress()
        // The long press already asked; the click that ends it adds nothing.
        if (longPressed.current) {
          longPressed.current = false
          return
        }
        // Sold out is for the local day it was marked on: from the next day the product sells again.
        if (product.soldOutOn === localDay(new Date())) {
          onSoldOut(product.name)
          return
        }
        onSoldOut(null)
        if (quantityOf(product.id) > 0) setAsking(product)
        else useOrderStore.getState().addProduct(product)
      }
    }
  }, [onSoldOut])

  const setAskedQuantity = (quantity: number) => {
    if (asking === null) return
    const order = useOrderStore.getState()
    if (quantityOf(asking.id) === 0) order.addProduct(asking)
    order.setQuantity(asking.id, quantity)
    setAsking(null)
  }
  return { asking, actions, closeDialog: () => setAsking(null), setAskedQuantity }
}
