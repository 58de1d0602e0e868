import { useEffect, type RefObject } from 'react'

/**
 * Puts the focus into a screen when it appears, so keys typed next reach it and a screen reader starts there,
 * instead of the focus staying on a button of the screen just left (which no longer exists).
 */
export function useFocusOnMount(target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    target.current?.focus({ preventScroll: true })
  }, [target])
}
