import type { Environment } from '../../src-preload/contract'

export const SECPAID_BASE_URLS: Record<Exclude<Environment, 'demo'>, string> = {
  production: 'https://app.secpaid.com/api/v2/',
  development: 'https://app.dev.secpaid.com/api/v2/'
}

/** The key the built-in simulator accepts in Demo mode; it unlocks nothing real. */
export const DEMO_API_KEY = 'demo-key'

export interface SecPaidConnection {
  baseUrl: string
  apiKey: string | null
  demo: boolean
}

/**
 * Where the built-in simulator numbers Demo's links: far above any id SecPaid has given (its documented example is
 * 99290), and still a safe integer, so a Demo link id is never taken for a real one nor a real one for Demo's.
 */
const DEMO_FIRST_LINK_ID = 9_000_000_000_001

/**
 * Where the built-in simulator starts numbering at a start `now` (ms): inside Demo's range, and after every id an
 * earlier start could have given (one id per millisecond is more than a cashier makes), so a Demo link id in the
 * journal never names a later start's link.
 */
export const demoFirstLinkIdAt = (now: number): number => DEMO_FIRST_LINK_ID + Math.max(0, Math.floor(now))

/** Whether the id is one only the built-in Demo SecPaid gives: outside Demo it names no link. */
export const isDemoLinkId = (linkId: number): boolean => linkId >= DEMO_FIRST_LINK_ID

/**
 * Demo only when the owner chose Demo (a fresh install starts there). Production or Development without a usable key
 * stays where it is: with no key its requests are refused (`no_key`) before anything is sent, never sent to Demo.
 */
export function resolveConnection(options: {
  environment: Environment
  apiKey: string | null
  demoBaseUrl: string
}): SecPaidConnection {
  if (options.environment === 'demo') return { baseUrl: options.demoBaseUrl, apiKey: DEMO_API_KEY, demo: true }
  return { baseUrl: SECPAID_BASE_URLS[options.environment], apiKey: options.apiKey, demo: false }
}
