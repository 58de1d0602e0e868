import { useEffect, useId, useRef } from 'react'

import { ModalDialog } from './modal-dialog'

interface ConfirmDialogProps {
  title: string
  text: string
  confirmLabel: string
  keepLabel: string
  onConfirm: () => void
  /** Also what Escape and a tap beside the dialog do: the safe choice. */
  onKeep: () => void
}

/** A yes-or-keep question, with keeping as the default. */
export function ConfirmDialog({ title, text, confirmLabel, keepLabel, onConfirm, onKeep }: ConfirmDialogProps) {
  const textId = useId()
  const keepButton = useRef<HTMLButtonElement>(null)

  // The safe button has the focus, so a stray Enter keeps rather than destroys.
  useEffect(() => keepButton.current?.focus(), [])

  return (
    <ModalDialog title={title} onDismiss={onKeep} describedBy={textId}>
      <p id={textId}>{text}</p>
      <div className="dialog-buttons">
        <button ref={keepButton} type="button" className="secondary-button" onClick={onKeep} data-testid="confirm-keep">
          {keepLabel}
        </button>
        <button type="button" className="danger-button" onClick={onConfirm} data-testid="confirm-cancel">
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  )
}
