import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslate } from '../../hooks/use-translate'

interface QuantityDialogProps {
  name: string
  quantity: number
  onSet: (quantity: number) => void
  onCancel: () => void
}

/** How many of a product: whole numbers only; main checks the range and says so when it is crossed. */
export function QuantityDialog({ name, quantity, onSet, onCancel }: QuantityDialogProps) {
  const t = useTranslate()
  const titleId = useId()
  const [text, setText] = useState(String(quantity))
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.select(), [])

  const parsed = /^\d{1,4}$/.test(text.trim()) ? Number.parseInt(text.trim(), 10) : null
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (parsed !== null && parsed > 0) onSet(parsed)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onCancel()
  }

  return (
    <div className="dialog-backdrop" onClick={onCancel}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={onKeyDown}
        onSubmit={submit}
      >
        <h2 id={titleId}>{t('quantityFor', { name })}</h2>
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
      </form>
    </div>
  )
}
