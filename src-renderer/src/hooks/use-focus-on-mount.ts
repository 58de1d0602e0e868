import { type RefObject, useEffect } from 'react'

/**
 * Puts the focus into a screen when it appears (mounts, or is `shown` again after being hidden), so keys typed next
 * reach it and a screen reader starts there, instead of the focus staying on a button of the screen just left.
 */
export function useFocusOnMount(target: RefObject<HTMLElement | null>, shown = true): void {
  useEffect(() => {
    if (shown) target.current?.focus({ preventScroll: true })
  }, [target, shown])
}
