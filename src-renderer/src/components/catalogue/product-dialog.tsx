import { useState } from 'react'

import type { IpcError, Product } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { useSettingsStore } from '../../stores/settings-store'
import { QuantityDialog } from '../selling/quantity-dialog'
import { ErrorText } from '../shared/error-text'

interface ProductDialogProps {
  product: Product
  quantity: number
  soldOut: boolean
  onSet: (quantity: number) => void
  onClose: () => void
}

/** A long press on a product: how many, and "Sold out today" (or "Available again") for the rest of the day. */
export function ProductDialog({ product, quantity, soldOut, onSet, onClose }: ProductDialogProps) {
  const t = useTranslate()
  const [error, setError] = useState<IpcError | null>(null)
  const toggle = async () => {
    const result = await useSettingsStore.getState().setSoldOut(product.id, !soldOut)
    if (result.ok) onClose()
    else setError(result.error)
  }
  return (
    <QuantityDialog name={product.name} quantity={quantity} onSet={onSet} onCancel={onClose}>
      <button
        type="button"
        className="secondary-button"
        onClick={() => void toggle()}
        data-testid="product-sold-out-toggle"
      >
        {soldOut ? t('availableAgain') : t('markSoldOut')}
      </button>
      <ErrorText error={error} testId="product-sold-out-error" />
    </QuantityDialog>
  )
}
