/**
 * How this page proves to the display server that it may see the view: the counter's own window holds the secret
 * main made for this run; a phone or tablet holds the session token it got for the pairing code, which the counter
 * keeps across its restarts until the owner makes a new code. The code is kept too, to pair again by itself should
 * the counter have lost its pairings.
 */
export type DisplayCredential = { kind: 'window'; token: string } | { kind: 'paired'; token: string; code: string }

/** What the address brought: the own window opens `/#window=<secret>`, the settings' QR opens `/#code=<code>`. */
type FragmentCredential = { kind: 'window'; token: string } | { kind: 'code'; code: string }

export const PAIRING_CODE = /^[0-9]{6}$/
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/
const STORAGE_KEY = 'secpaid-customer-display'

/** Reads the fragment and drops it at once, so the secret or code stays out of the history and of screenshots. */
export function takeFragmentCredential(): FragmentCredential | null {
  const hash = location.hash
  if (hash === '') return null
  history.replaceState(null, '', location.pathname + location.search)
  const secret = /(?:^#|&)window=([A-Za-z0-9_-]+)(?:&|$)/.exec(hash)?.[1]
  if (secret !== undefined && TOKEN.test(secret)) return { kind: 'window', token: secret }
  const code = /(?:^#|&)code=([0-9]{6})(?:&|$)/.exec(hash)?.[1]
  return code === undefined ? null : { kind: 'code', code }
}

/**
 * A phone or tablet stays paired in this browser (localStorage): it never has to type the code again until the owner
 * unpairs it. The own window's secret, new each run, is kept for this tab only (sessionStorage).
 */
export function rememberCredential(credential: DisplayCredential | null): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY)
    localStorage.removeItem(STORAGE_KEY)
    if (credential !== null) {
      const storage = credential.kind === 'paired' ? localStorage : sessionStorage
      storage.setItem(STORAGE_KEY, JSON.stringify(credential))
    }
  } catch {
    // Storage can be off (private mode): the credential then lasts until the page is closed.
  }
}

export function recallCredential(): DisplayCredential | null {
  try {
    const kept = sessionStorage.getItem(STORAGE_KEY) ?? localStorage.getItem(STORAGE_KEY)
    const stored = JSON.parse(kept ?? 'null') as Partial<Record<string, unknown>> | null
    if (stored === null || typeof stored.token !== 'string' || !TOKEN.test(stored.token)) return null
    if (stored.kind === 'window') return { kind: 'window', token: stored.token }
    if (stored.kind === 'paired' && typeof stored.code === 'string' && PAIRING_CODE.test(stored.code)) {
      return { kind: 'paired', token: stored.token, code: stored.code }
    }
    return null
  } catch {
    return null
  }
}
