import type { IpcError, Language } from '../../../src-preload/contract'
import { translate } from './i18n'

export const DEFAULT_RETRY_AFTER_SECONDS = 5

/** Errors that mean SecPaid could not be reached at all: the screen shows the offline banner. */
export function isOfflineError(error: IpcError): boolean {
  return error.code === 'network' || error.code === 'timeout'
}

/** cancelSale's answer when the customer paid first. */
export function isAlreadyPaidError(error: IpcError): boolean {
  return error.code === 'already_paid'
}

export function retryAfterSeconds(error: IpcError): number {
  const seconds = error.retryAfterSeconds
  return seconds !== undefined && Number.isFinite(seconds) && seconds > 0
    ? Math.ceil(seconds)
    : DEFAULT_RETRY_AFTER_SECONDS
}

export interface ErrorMessageOptions {
  /** Whether the app repeats the request by itself after a rate limit, or the cashier has to. */
  retrying?: boolean
}

/** One sentence for the cashier, in their language where the app owns the wording, the server's words otherwise. */
export function errorMessage(error: IpcError, language: Language, options: ErrorMessageOptions = {}): string {
  if (isAlreadyPaidError(error)) return translate(language, 'errorAlreadyPaid')
  switch (error.code) {
    case 'auth':
      return translate(language, 'errorAuth')
    case 'already_paid':
      return translate(language, 'errorAlreadyPaid')
    case 'rate_limited':
      return translate(language, options.retrying ? 'errorRateLimitedRetrying' : 'errorRateLimitedTryAgain', {
        seconds: retryAfterSeconds(error)
      })
    case 'network':
    case 'timeout':
      return readableServerMessage(error.message) ?? translate(language, 'offlineBanner')
    default:
      return readableServerMessage(error.message) ?? translate(language, 'errorUnknown')
  }
}

/** The server's message unless it is empty or machine output (JSON, a stack): the cashier never sees those. */
function readableServerMessage(message: string): string | null {
  const firstLine = message.split('\n', 1)[0]?.trim() ?? ''
  if (firstLine === '' || firstLine.startsWith('{') || firstLine.startsWith('[')) return null
  return firstLine
}
