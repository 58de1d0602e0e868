/** The part of Electron's `before-input-event` input that decides whether a shortcut leaves the cashier screen. */
export interface KeyInput {
  type: string
  key: string
  control: boolean
  meta: boolean
  alt: boolean
  shift: boolean
}

/**
 * Shortcuts that would open developer tools, reload, close or quit the window, or leave full screen.
 * In kiosk mode they are swallowed; the PIN-guarded Quit in settings is the only way out.
 */
export function isKioskEscape(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false
  const key = input.key.toLowerCase()
  const command = input.control || input.meta
  if (key === 'f12' || key === 'f11' || key === 'f5') return true
  if (input.alt && key === 'f4') return true
  if (command && input.shift && ['i', 'j', 'c'].includes(key)) return true
  if (command && input.alt && key === 'i') return true
  return command && ['r', 'w', 'q', 'n', 't', 'p'].includes(key)
}
