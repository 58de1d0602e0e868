import type { ConnectionProblem, Language } from '../../../../src-preload/contract'
import { formatTime, formatTimeToMinute } from '../format/format-time'
import { type MessageKey, translate } from './i18n'

const NO_NETWORK: Record<Extract<ConnectionProblem, { kind: 'no_network' }>['reason'], MessageKey> = {
  offline: 'connectionNoNetworkOffline',
  unresolved: 'connectionNoNetworkUnresolved',
  no_route: 'connectionNoNetworkNoRoute'
}

const UNREACHABLE: Record<Extract<ConnectionProblem, { kind: 'secpaid_unreachable' }>['reason'], MessageKey> = {
  refused: 'connectionUnreachableRefused',
  dropped: 'connectionUnreachableDropped',
  invalid_address: 'connectionUnreachableInvalidAddress',
  other: 'connectionUnreachableOther'
}

/** What fails between this till and SecPaid, from main's kind and data, in the cashier's language. */
export function connectionProblemMessage(problem: ConnectionProblem, language: Language): string {
  const say = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params)
  switch (problem.kind) {
    case 'no_network':
      return say(NO_NETWORK[problem.reason])
    case 'secpaid_unreachable':
      return say(UNREACHABLE[problem.reason])
    case 'timeout':
      return say('connectionTimeout', { seconds: Math.round(problem.seconds * 10) / 10 })
    case 'key_refused':
      return problem.httpStatus === null
        ? say('connectionKeyRefusedNoStatus')
        : say('connectionKeyRefused', { status: problem.httpStatus })
    case 'rate_limited':
      return problem.retryAt === null
        ? say('connectionRateLimitedNoTime')
        : say('connectionRateLimited', { time: formatTime(problem.retryAt, language) })
    case 'server_error':
      return say('connectionServerError', { status: problem.httpStatus })
    case 'bad_answer':
      return say('connectionBadAnswer', { status: problem.httpStatus })
  }
}

/** "Last answer 14:32.", or that SecPaid has not answered well since the app started. */
export function lastAnswerMessage(lastAnswerAt: string | null, language: Language): string {
  return lastAnswerAt === null
    ? translate(language, 'connectionNoAnswerYet')
    : translate(language, 'connectionLastAnswer', { time: formatTimeToMinute(lastAnswerAt, language) })
}
