/** What the customer window has to do next: open, load another URL, close, or nothing. */
type CustomerWindowStep =
  { kind: 'open'; url: string } | { kind: 'load'; url: string } | { kind: 'close' } | { kind: 'none' }

/**
 * The customer window follows the setting and the display server: it is open exactly while the setting wants it
 * and the server runs, and shows the server's current URL (a new pairing, the LAN display toggled or a new port
 * each change it; its form does not matter here, only whether it changed).
 */
export function planCustomerWindow(state: {
  wanted: boolean
  /** The display server's URL for the window; null while no server runs. */
  url: string | null
  /** The URL the open window shows; null when there is no window. */
  shownUrl: string | null
}): CustomerWindowStep {
  const { wanted, url, shownUrl } = state
  if (!wanted || url === null) return shownUrl === null ? { kind: 'none' } : { kind: 'close' }
  if (shownUrl === null) return { kind: 'open', url }
  return shownUrl === url ? { kind: 'none' } : { kind: 'load', url }
}
