import { memo } from 'react'

import type { Language, Product } from '../../../../src-preload/contract'
import { formatCents } from '../../lib/format/format-money'

export interface ProductKeyActions {
  startPress: (product: Product) => void
  stopPress: () => void
  tap: (product: Product) => void
}

interface ProductKeyProps {
  product: Product
  quantity: number
  soldOut: boolean
  soldOutLabel: string
  language: Language
  actions: ProductKeyActions
}

/**
 * One product's big key. Memoized: a tap changes one key's count, and a category of hundreds must not re-render all
 * of its keys for it (tap → line painted within a frame).
 */
export const ProductKey = memo(function ProductKey({
  product,
  quantity,
  soldOut,
  soldOutLabel,
  language,
  actions
}: ProductKeyProps) {
  return (
    <button
      type="button"
      className={soldOut ? 'quick-key is-sold-out' : 'quick-key'}
      style={product.colour === '' ? undefined : { borderColor: product.colour }}
      aria-disabled={soldOut || undefined}
      onPointerDown={() => actions.startPress(product)}
      onPointerLeave={actions.stopPress}
      onPointerCancel={actions.stopPress}
      onClick={() => actions.tap(product)}
      onContextMenu={(event) => event.preventDefault()}
      data-testid={`quick-key-${product.id}`}
    >
      <span className="quick-key-name">{product.name}</span>
      <span className="quick-key-price">
        {product.code !== '' && <span className="quick-key-code">{product.code}</span>}
        {formatCents(product.priceCents, language)}
      </span>
      {soldOut && (
        <span className="quick-key-sold-out" data-testid="quick-key-sold-out">
          {soldOutLabel}
        </span>
      )}
      {quantity > 0 && (
        <span className="quick-key-count" data-testid="quick-key-count">
          {quantity}
        </span>
      )}
    </button>
  )
})
