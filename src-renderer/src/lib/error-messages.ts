import type { CustomerDisplayProblem, IpcError, IpcErrorCode, Language } from '../../../src-preload/contract'
import { translate, type MessageKey, type MessageParams } from './i18n'

export const DEFAULT_RETRY_AFTER_SECONDS = 5

/** What `callCounter` answers when the preload bridge is missing or throws. */
export const MAIN_PROCESS_UNREACHABLE = 'The counter app could not reach its main process.'

/** Errors that mean SecPaid could not be reached at all: the screen shows the offline banner. */
export function isOfflineError(error: IpcError): boolean {
  return error.code === 'network' || error.code === 'timeout'
}

/** cancelSale's answer when the customer paid first. */
export function isAlreadyPaidError(error: IpcError): boolean {
  return error.code === 'already_paid'
}

/** An owner channel refused because the settings PIN was not given (or its unlock ran out). */
export function isLockedError(error: IpcError): boolean {
  return error.code === 'locked'
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

/** A message of the app's own dictionary, so it can be said in either language. */
interface Wording {
  key: MessageKey
  params?: MessageParams
}

/*
 * The main process writes its messages in English. Those the app itself wrote are recognised (by code, and by
 * the sentence where one code has several) and said again in the cashier's language; the main process's text
 * only supplies details such as an HTTP status. SecPaid's own ResponseMsg texts (code `api`) stay as written.
 * Keep the English sentences here in step with src-main (secpaid/network-failure.ts, secpaid/envelope.ts,
 * sale/sale-service.ts, ipc/counter-handlers.ts).
 */
const OUTCOME_UNKNOWN_SUFFIX =
  'It is not yet known whether SecPaid created the link; the app checks before charging again.'
const NOTHING_CHARGED_SUFFIX = 'SecPaid did not create the link; nothing was charged.'
const APP_CLOSED_NOTHING_CHARGED = 'The app closed before SecPaid created the link; nothing was charged.'
const NO_KEY = 'No SecPaid API key is set. Add one in Settings.'
const INTERNAL_PREFIX = 'Something went wrong in the app: '

const NETWORK_SENTENCES: readonly { pattern: RegExp; key: MessageKey }[] = [
  { pattern: /connection was refused/i, key: 'errorNetworkRefused' },
  { pattern: /broke before an answer/i, key: 'errorNetworkDropped' },
  { pattern: /could not be resolved/i, key: 'errorNetworkUnresolved' },
  { pattern: /offline/i, key: 'errorNetworkOffline' }
]

const httpStatusIn = (message: string): string | null => /\(HTTP (\d{3})\b/.exec(message)?.[1] ?? null

function withoutSuffix(message: string, suffix: string): string | null {
  const trimmed = message.trim()
  return trimmed.endsWith(suffix) ? trimmed.slice(0, -suffix.length).trim() : null
}

/** The app's wording for a message main wrote, or null when the text is not one the app knows. */
function appWording(code: IpcErrorCode, message: string): Wording | null {
  switch (code) {
    case 'auth':
      return { key: message.trim() === NO_KEY ? 'errorNoKey' : 'errorAuth' }
    case 'locked':
      return { key: 'errorLocked' }
    case 'already_paid':
      return { key: 'errorAlreadyPaid' }
    case 'not_demo':
      return { key: 'errorNotDemo' }
    case 'timeout':
      return { key: 'errorTimeout' }
    case 'network': {
      const sentence = NETWORK_SENTENCES.find(({ pattern }) => pattern.test(message))
      return sentence === undefined ? null : { key: sentence.key }
    }
    case 'server': {
      const status = httpStatusIn(message)
      if (status === null) return null
      const reason = /\(HTTP \d{3}\):\s*(.+)$/s.exec(message)?.[1]?.trim()
      return reason
        ? { key: 'errorServerReason', params: { status, reason } }
        : { key: 'errorServer', params: { status } }
    }
    case 'invalid_request': {
      const detail = readableMessage(message)
      return detail === null ? null : { key: 'errorInvalidRequest', params: { detail } }
    }
    case 'internal': {
      if (message.trim() === MAIN_PROCESS_UNREACHABLE) return { key: 'errorMainProcessUnreachable' }
      const detail = message.startsWith(INTERNAL_PREFIX) ? readableMessage(message.slice(INTERNAL_PREFIX.length)) : null
      return detail === null ? null : { key: 'errorInternal', params: { detail } }
    }
    default:
      return null
  }
}

/** What the app says when it does not know main's exact sentence and cannot show it as written: one for the code. */
function genericWording(code: IpcErrorCode, message: string): Wording | null {
  const status = httpStatusIn(message)
  switch (code) {
    case 'network':
      return { key: 'errorNetwork' }
    case 'server':
      return { key: 'errorServerNoStatus' }
    case 'bad_response':
      return status === null ? { key: 'errorBadResponseNoStatus' } : { key: 'errorBadResponse', params: { status } }
    default:
      return null
  }
}

/** Which of main's own errors a sentence is, for a failure reason that reaches the renderer under code `api`. */
function codeOfSentence(sentence: string): IpcErrorCode | null {
  if (/^SecPaid did not answer within/.test(sentence)) return 'timeout'
  if (/^SecPaid had a server error/.test(sentence)) return 'server'
  if (/^SecPaid (sent|reported success but sent)\b/.test(sentence)) return 'bad_response'
  if (
    /^(Could not (connect to|reach) SecPaid|The connection to SecPaid|The request to SecPaid failed)/.test(sentence)
  ) {
    return 'network'
  }
  return null
}

function say(wording: Wording, language: Language): string {
  return translate(language, wording.key, wording.params)
}

/**
 * One of main's sentences in the cashier's language: the app's words if it knows the sentence; otherwise in English
 * main's own text, in German a generic sentence for the code where there is one, else main's text after all.
 */
function sentenceIn(code: IpcErrorCode, message: string, language: Language): string | null {
  const known = appWording(code, message)
  if (known !== null) return say(known, language)
  const generic = language === 'en' ? null : genericWording(code, message)
  return generic === null ? readableMessage(message) : say(generic, language)
}

/** One sentence for the cashier, in their language where the app owns the wording, SecPaid's words otherwise. */
export function errorMessage(error: IpcError, language: Language, options: ErrorMessageOptions = {}): string {
  if (error.code === 'rate_limited') {
    const text = translate(language, options.retrying ? 'errorRateLimitedRetrying' : 'errorRateLimitedTryAgain', {
      seconds: retryAfterSeconds(error)
    })
    return error.pendingSaleReference === undefined ? text : `${text} ${translate(language, 'errorOutcomeUnknown')}`
  }

  // A lost charge answer: main's sentence for the failure, then that the link may exist.
  if (error.pendingSaleReference !== undefined) {
    const failure = withoutSuffix(error.message, OUTCOME_UNKNOWN_SUFFIX) ?? error.message
    const said = sentenceIn(error.code, failure, language)
    const outcome = translate(language, 'errorOutcomeUnknown')
    return said === null ? outcome : `${said} ${outcome}`
  }

  if (error.code === 'api') {
    if (error.message.trim() === APP_CLOSED_NOTHING_CHARGED) return translate(language, 'errorAppClosedNothingCharged')
    const failure = withoutSuffix(error.message, NOTHING_CHARGED_SUFFIX)
    if (failure !== null) {
      const code = codeOfSentence(failure)
      const said = failure === '' ? null : code === null ? failure : sentenceIn(code, failure, language)
      const nothingCharged = translate(language, 'errorNothingCharged')
      return said === null ? nothingCharged : `${said} ${nothingCharged}`
    }
  }

  return (
    sentenceIn(error.code, error.message, language) ??
    translate(language, isOfflineError(error) ? 'offlineBanner' : 'errorUnknown')
  )
}

/** Why the customer display is off, from main's code, in the owner's language. */
export function displayProblemMessage(problem: CustomerDisplayProblem, language: Language): string {
  switch (problem.code) {
    case 'port_in_use':
      return translate(language, 'displayProblemPortInUse', { port: String(problem.port) })
    case 'start_failed':
      return translate(language, 'displayProblemStartFailed', { port: String(problem.port) })
    case 'page_missing':
      return translate(language, 'displayProblemPageMissing')
  }
}

/** One of main's notes on a setting it had to reset at start-up (src-main/settings/migrate-settings.ts), in the owner's language. */
export function repairNoteMessage(note: string, language: Language): string {
  const text = note.trim()
  if (text === 'settings were unreadable and were reset') return translate(language, 'repairedAll')
  if (text === 'the stored API key was unreadable and was removed') return translate(language, 'repairedApiKey')
  const field = /^(\S+) was invalid and was reset$/.exec(text)?.[1]
  return field === undefined ? note : translate(language, 'repairedField', { field })
}

/** The message unless it is empty or machine output (JSON, a stack): the cashier never sees those. */
function readableMessage(message: string): string | null {
  const firstLine = message.split('\n', 1)[0]?.trim() ?? ''
  if (firstLine === '' || firstLine.startsWith('{') || firstLine.startsWith('[')) return null
  return firstLine
}
