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

/** Demo whenever Demo is chosen or no key is set, so a fresh install always has a working counter. */
export function resolveConnection(options: {
  environment: Environment
  apiKey: string | null
  hasKey: boolean
  demoBaseUrl: string
}): SecPaidConnection {
  if (options.environment === 'demo' || !options.hasKey) {
    return { baseUrl: options.demoBaseUrl, apiKey: DEMO_API_KEY, demo: true }
  }
  return { baseUrl: SECPAID_BASE_URLS[options.environment], apiKey: options.apiKey, demo: false }
}
