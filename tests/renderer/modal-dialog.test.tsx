import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { ModalDialog } from '../../src-renderer/src/components/shared/modal-dialog'

afterEach(cleanup)

describe('the shared modal dialog shell', () => {
  it('is a modal dialog named by its title and described by what it points at', () => {
    render(
      <ModalDialog title="Refund?" onDismiss={() => {}} describedBy="why" testId="shell">
        <p id="why">Money goes back.</p>
      </ModalDialog>
    )
    const dialog = screen.getByRole('dialog', { name: 'Refund?' })
    expect(dialog).toBe(screen.getByTestId('shell'))
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(dialog.getAttribute('aria-describedby')).toBe('why')
  })

  it('Escape and a tap beside it dismiss it; a tap inside and other keys do not', () => {
    const onDismiss = vi.fn()
    const { container } = render(
      <ModalDialog title="Quantity" onDismiss={onDismiss}>
        <button type="button">Inside</button>
      </ModalDialog>
    )
    fireEvent.click(screen.getByText('Inside'))
    fireEvent.keyDown(screen.getByText('Inside'), { key: 'Enter' })
    expect(onDismiss).not.toHaveBeenCalled()
    fireEvent.keyDown(screen.getByText('Inside'), { key: 'Escape' })
    expect(onDismiss).toHaveBeenCalledTimes(1)
    fireEvent.click(container.querySelector('.dialog-backdrop') as Element)
    expect(onDismiss).toHaveBeenCalledTimes(2)
  })

  it('with onSubmit it is a form that Enter in its field submits', () => {
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault())
    render(
      <ModalDialog title="Quantity" onDismiss={() => {}} onSubmit={onSubmit}>
        <input aria-label="How many" />
        <button type="submit">Set</button>
      </ModalDialog>
    )
    expect(screen.getByRole('dialog').tagName).toBe('FORM')
    fireEvent.submit(screen.getByLabelText('How many'))
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })
})
