import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react'

import { useTranslate } from '../../hooks/use-translate'
import { ModalDialog } from '../shared/modal-dialog'

interface QuantityDialogProps {
  name: string
  quantity: number
  onSet: (quantity: number) => void
  onCancel: () => void
  /** More for the product, between the quantity and the buttons (the catalogue's "Sold out today"). */
  children?: ReactNode
}

/** How many of a product: whole numbers only; main checks the range and says so when it is crossed. */
export function QuantityDialog({ name, quantity, onSet, onCancel, children }: QuantityDialogProps) {
  const t = useTranslate()
  const [text, setText] = useState(String(quantity))
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.select(), [])

  const parsed = /^\d{1,4}$/.test(text.trim()) ? Number.parseInt(text.trim(), 10) : null
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (parsed !== null && parsed > 0) onSet(parsed)
  }

  return (
    <ModalDialog title={t('quantityFor', { name })} onDismiss={onCancel} onSubmit={submit}>
      <label className="field">
        <span className="field-label">{t('quantityLabel')}</span>
        <input
          ref={input}
          className="text-input"
          inputMode="numeric"
          value={text}
          onChange={(event) => setText(event.target.value)}
          data-testid="quantity-input"
        />
      </label>
      {children}
      <div className="dialog-buttons">
        <button type="button" className="secondary-button" onClick={onCancel} data-testid="quantity-cancel">
          {t('cancel')}
        </button>
        <button
          type="submit"
          className="primary-button"
          disabled={parsed === null || parsed < 1}
          data-testid="quantity-set"
        >
          {t('setQuantity')}
        </button>
      </div>
    </ModalDialog>
  )
}
