import { useRef, useState } from 'react'

import type { Product } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'
import { useOrderStore } from '../../stores/order-store'
import { useSettingsStore } from '../../stores/settings-store'
import { QuantityDialog } from './quantity-dialog'

/** Held this long, a quick key asks for the quantity instead of adding one. */
export const LONG_PRESS_MS = 500

/**
 * The owner's products: a tap adds one to the sale; a tap on a product already in the sale, or a long press, asks
 * how many.
 */
export function QuickKeys() {
  const t = useTranslate()
  const language = useLanguage()
  const products = useSettingsStore((state) => state.settings?.products)
  const lines = useOrderStore((state) => state.lines)
  const addProduct = useOrderStore((state) => state.addProduct)
  const setQuantity = useOrderStore((state) => state.setQuantity)
  const [asking, setAsking] = useState<Product | null>(null)
  const pressTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const longPressed = useRef(false)

  if (products === undefined || products.length === 0) return null

  const quantityOf = (product: Product) => {
    const line = lines.find((candidate) => candidate.kind === 'product' && candidate.productId === product.id)
    return line?.kind === 'product' ? line.quantity : 0
  }
  const stopTimer = () => {
    if (pressTimer.current !== null) clearTimeout(pressTimer.current)
    pressTimer.current = null
  }
  const startPress = (product: Product) => {
    longPressed.current = false
    stopTimer()
    pressTimer.current = setTimeout(() => {
      longPressed.current = true
      setAsking(product)
    }, LONG_PRESS_MS)
  }
  const tap = (product: Product) => {
    stopTimer()
    // The long press already asked; the click that ends it adds nothing.
    if (longPressed.current) {
      longPressed.current = false
      return
    }
    if (quantityOf(product) > 0) setAsking(product)
    else addProduct(product)
  }
  const setAskedQuantity = (quantity: number) => {
    if (asking === null) return
    if (quantityOf(asking) === 0) addProduct(asking)
    setQuantity(asking.id, quantity)
    setAsking(null)
  }

  return (
    <div className="quick-keys" role="group" aria-label={t('quickKeysLabel')} title={t('quickKeyHint')}>
      {products.map((product) => {
        const quantity = quantityOf(product)
        return (
          <button
            key={product.id}
            type="button"
            className="quick-key"
            style={product.colour === '' ? undefined : { borderColor: product.colour }}
            onPointerDown={() => startPress(product)}
            onPointerLeave={stopTimer}
            onPointerCancel={stopTimer}
            onClick={() => tap(product)}
            onContextMenu={(event) => event.preventDefault()}
            data-testid={`quick-key-${product.id}`}
          >
            <span className="quick-key-name">{product.name}</span>
            <span className="quick-key-price">{formatCents(product.priceCents, language)}</span>
            {quantity > 0 && (
              <span className="quick-key-count" data-testid="quick-key-count">
                {quantity}
              </span>
            )}
          </button>
        )
      })}
      {asking !== null && (
        <QuantityDialog
          name={asking.name}
          quantity={Math.max(quantityOf(asking), 1)}
          onSet={setAskedQuantity}
          onCancel={() => setAsking(null)}
        />
      )}
    </div>
  )
}
