import { useEffect, useId, useRef, type KeyboardEvent } from 'react'

interface ConfirmDialogProps {
  title: string
  text: string
  confirmLabel: string
  keepLabel: string
  onConfirm: () => void
  /** Also what Escape and a tap beside the dialog do: the safe choice. */
  onKeep: () => void
}

/** An in-app modal: `window.confirm` would block the renderer and cannot be styled for a touch screen. */
export function ConfirmDialog({ title, text, confirmLabel, keepLabel, onConfirm, onKeep }: ConfirmDialogProps) {
  const titleId = useId()
  const textId = useId()
  const keepButton = useRef<HTMLButtonElement>(null)

  // The safe button has the focus, so a stray Enter keeps rather than destroys.
  useEffect(() => keepButton.current?.focus(), [])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onKeep()
  }

  return (
    <div className="dialog-backdrop" onClick={onKeep}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        <p id={textId}>{text}</p>
        <div className="dialog-buttons">
          <button
            ref={keepButton}
            type="button"
            className="secondary-button"
            onClick={onKeep}
            data-testid="confirm-keep"
          >
            {keepLabel}
          </button>
          <button type="button" className="danger-button" onClick={onConfirm} data-testid="confirm-cancel">
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  )
}
