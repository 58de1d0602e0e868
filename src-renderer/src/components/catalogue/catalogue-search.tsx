import { type RefObject, useEffect } from 'react'

import { useTranslate } from '../../hooks/use-translate'
import { useCatalogueStore } from '../../stores/catalogue-store'

/** Keys typed into a text field belong to that field. */
const inTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null)

/**
 * A letter typed anywhere on the keypad screen starts a search with it, and `/` opens the search empty (for a price):
 * a product is found by its code or name in one or two keystrokes. Digits, Backspace, Enter, Escape and `+` stay the
 * keypad's, so typing an amount is never taken over.
 */
export function useSearchFromAnywhere(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || inTextField(event.target)) return
      if (document.querySelector('[role="dialog"][aria-modal="true"]') !== null) return
      const field = input.current
      // Under the QR or Paid screen the keypad screen is hidden: its keys do nothing.
      if (field === null || field.closest('[hidden], [inert]') !== null) return
      const letter = event.key.length === 1 && /\p{L}/u.test(event.key)
      if (!letter && event.key !== '/') return
      event.preventDefault()
      useCatalogueStore.getState().setSearch(letter ? event.key : '')
      field.focus()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [input])
}

interface SearchFieldProps {
  input: RefObject<HTMLInputElement | null>
  /** Enter: the first hit goes into the sale. */
  onEnter: () => void
}

/** Search by name, short code or price; Enter adds the first hit, Escape leaves the search. */
export function CatalogueSearchField({ input, onEnter }: SearchFieldProps) {
  const t = useTranslate()
  const search = useCatalogueStore((state) => state.search)
  const setSearch = useCatalogueStore((state) => state.setSearch)
  const leave = () => {
    setSearch('')
    input.current?.blur()
  }
  return (
    <input
      ref={input}
      type="search"
      className="text-input catalogue-search"
      value={search}
      aria-label={t('catalogueSearchLabel')}
      placeholder={t('catalogueSearchPlaceholder')}
      autoComplete="off"
      enterKeyHint="done"
      onChange={(event) => setSearch(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault()
          if (!event.repeat) onEnter()
        } else if (event.key === 'Escape') {
          event.preventDefault()
          leave()
        }
      }}
      data-testid="catalogue-search"
    />
  )
}
