import { type FormEvent, type KeyboardEvent, type MouseEvent, type ReactNode, useId } from 'react'

interface ModalDialogProps {
  title: string
  /** What Escape and a tap beside the dialog do: the safe choice. */
  onDismiss: () => void
  /** Makes the dialog a form, so Enter in its field submits. */
  onSubmit?: (event: FormEvent) => void
  /** The id of the element that says what the dialog asks. */
  describedBy?: string
  testId?: string
  /** A class besides `dialog`, for a dialog of another size. */
  className?: string
  /** Everything below the title; each dialog focuses its own safe or first control. */
  children: ReactNode
}

/** An in-app modal: `window.confirm` would block the renderer and cannot be styled for a touch screen. */
export function ModalDialog({
  title,
  onDismiss,
  onSubmit,
  describedBy,
  testId,
  className,
  children
}: ModalDialogProps) {
  const titleId = useId()
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onDismiss()
  }
  const dialog = {
    className: className === undefined ? 'dialog' : `dialog ${className}`,
    role: 'dialog',
    'aria-modal': true,
    'aria-labelledby': titleId,
    'aria-describedby': describedBy,
    onClick: (event: MouseEvent) => event.stopPropagation(),
    onKeyDown,
    'data-testid': testId
  }
  const content = (
    <>
      <h2 id={titleId}>{title}</h2>
      {children}
    </>
  )

  return (
    <div className="dialog-backdrop" onClick={onDismiss}>
      {onSubmit === undefined ? (
        <div {...dialog}>{content}</div>
      ) : (
        <form {...dialog} onSubmit={onSubmit}>
          {content}
        </form>
      )}
    </div>
  )
}
