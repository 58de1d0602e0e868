import { describe, expect, it } from 'vitest'
import type { IpcError } from '../../src-preload/contract'
import {
  displayProblemMessage,
  errorMessage,
  isLockedError,
  isOfflineError,
  MAIN_PROCESS_UNREACHABLE,
  repairNoteMessage
} from '../../src-renderer/src/lib/error-messages'

const error = (code: IpcError['code'], message = 'Server said no.', extra: Partial<IpcError> = {}): IpcError => ({
  code,
  message,
  ...extra
})

const LOST = 'It is not yet known whether SecPaid created the link; the app checks before charging again.'
const NOTHING = 'SecPaid did not create the link; nothing was charged.'

describe('errorMessage', () => {
  it('says the API key was rejected for auth errors, in English and German', () => {
    expect(errorMessage(error('auth', 'HTTP 401'), 'en')).toBe('The API key was rejected by SecPaid')
    expect(errorMessage(error('auth', 'HTTP 401'), 'de')).toBe('Der API-Schlüssel wurde von SecPaid abgelehnt')
  })

  it('names the wait from retryAfterSeconds when rate limited, saying whether the app retries', () => {
    const limited = error('rate_limited', '429', { retryAfterSeconds: 12 })
    expect(errorMessage(limited, 'en', { retrying: true })).toBe('Too many requests, retrying in 12 s')
    expect(errorMessage(limited, 'en')).toBe('Too many requests, try again in 12 s')
    expect(errorMessage(limited, 'de', { retrying: true })).toBe('Zu viele Anfragen, neuer Versuch in 12 s')
  })

  it('waits 5 s when a rate limit gives no retryAfterSeconds, and rounds fractions up', () => {
    expect(errorMessage(error('rate_limited'), 'en', { retrying: true })).toBe('Too many requests, retrying in 5 s')
    expect(errorMessage(error('rate_limited', '', { retryAfterSeconds: 1.2 }), 'en', { retrying: true })).toBe(
      'Too many requests, retrying in 2 s'
    )
  })

  it('shows SecPaid’s own messages (code api) as SecPaid wrote them, in either language', () => {
    expect(errorMessage(error('api', 'Amount exceeds your account limit.'), 'de')).toBe(
      'Amount exceeds your account limit.'
    )
    expect(errorMessage(error('api', 'Amount exceeds your account limit.'), 'en')).toBe(
      'Amount exceeds your account limit.'
    )
  })

  it('shows main’s English text where the app does not know the sentence', () => {
    expect(errorMessage(error('network', 'Could not reach SecPaid: there is no network route to it.'), 'en')).toBe(
      'Could not reach SecPaid: there is no network route to it.'
    )
    expect(errorMessage(error('bad_response', 'SecPaid sent an empty response (HTTP 200).'), 'en')).toBe(
      'SecPaid sent an empty response (HTTP 200).'
    )
  })

  it('never shows raw JSON, a stack trace or an empty message', () => {
    expect(errorMessage(error('server', '{"ResponseCode":0}'), 'en')).toBe('Something went wrong. Please try again.')
    expect(errorMessage(error('internal', 'Boom\n    at handler (main.js:1:1)'), 'en')).toBe('Boom')
    expect(errorMessage(error('network', ''), 'en')).toBe('SecPaid is unreachable – check the internet connection')
  })
})

describe('errorMessage: main’s own messages by code', () => {
  const cases: readonly [name: string, error: IpcError, en: string, de: string][] = [
    [
      'timeout',
      error('timeout', 'SecPaid did not answer within 10 s.'),
      'SecPaid did not answer in time.',
      'SecPaid hat nicht rechtzeitig geantwortet.'
    ],
    [
      'network: refused',
      error('network', 'Could not connect to SecPaid: the connection was refused.'),
      'Could not connect to SecPaid: the connection was refused.',
      'Keine Verbindung zu SecPaid: Die Verbindung wurde abgelehnt.'
    ],
    [
      'network: dropped',
      error('network', 'The connection to SecPaid broke before an answer arrived.'),
      'The connection to SecPaid broke before an answer arrived.',
      'Die Verbindung zu SecPaid brach ab, bevor eine Antwort kam.'
    ],
    [
      'network: name not resolved',
      error('network', 'Could not reach SecPaid: its server name could not be resolved.'),
      'Could not reach SecPaid: its server name could not be resolved.',
      'SecPaid ist nicht erreichbar: Der Servername konnte nicht aufgelöst werden.'
    ],
    [
      'network: offline',
      error('network', 'Could not reach SecPaid: this computer is offline.'),
      'Could not reach SecPaid: this computer is offline.',
      'SecPaid ist nicht erreichbar: Dieser Computer ist offline.'
    ],
    [
      'network: anything else',
      error('network', 'Could not reach SecPaid: there is no network route to it.'),
      'Could not reach SecPaid: there is no network route to it.',
      'Die Anfrage an SecPaid ist an einem Netzwerkproblem gescheitert.'
    ],
    [
      'server, keeping the HTTP status',
      error('server', 'SecPaid had a server error (HTTP 503).'),
      'SecPaid had a server error (HTTP 503).',
      'SecPaid hatte einen Serverfehler (HTTP 503).'
    ],
    [
      'server with SecPaid’s reason, kept as written',
      error('server', 'SecPaid had a server error (HTTP 500): Database unavailable.'),
      'SecPaid had a server error (HTTP 500): Database unavailable.',
      'SecPaid hatte einen Serverfehler (HTTP 500): Database unavailable.'
    ],
    [
      'bad_response',
      error('bad_response', 'SecPaid sent a response that is not JSON (HTTP 502).'),
      'SecPaid sent a response that is not JSON (HTTP 502).',
      'SecPaid hat eine Antwort gesendet, die die App nicht lesen kann (HTTP 502).'
    ],
    [
      'bad_response without a status',
      error('bad_response', 'SecPaid reported success but sent a link the app cannot read (id: expected number).'),
      'SecPaid reported success but sent a link the app cannot read (id: expected number).',
      'SecPaid hat eine Antwort gesendet, die die App nicht lesen kann.'
    ],
    [
      'auth without a key',
      error('auth', 'No SecPaid API key is set. Add one in Settings.'),
      'No SecPaid API key is set. Add one in Settings.',
      'Kein SecPaid-API-Schlüssel hinterlegt. Bitte in den Einstellungen eintragen.'
    ],
    [
      'locked',
      error('locked', 'Settings are locked. Enter the PIN to change them.'),
      'Settings are locked. Enter the PIN to change them.',
      'Die Einstellungen sind gesperrt. Zum Ändern die PIN eingeben.'
    ],
    [
      'already_paid',
      error('already_paid', 'This sale is already paid and can no longer be cancelled.'),
      'This sale is already paid and can no longer be cancelled.',
      'Dieser Verkauf ist bereits bezahlt und kann nicht mehr storniert werden.'
    ],
    [
      'invalid_request',
      error('invalid_request', 'deviceName must be 1–20 letters, digits, - or _'),
      'The input was refused: deviceName must be 1–20 letters, digits, - or _',
      'Die Eingabe wurde abgelehnt: deviceName must be 1–20 letters, digits, - or _'
    ],
    [
      'not_demo',
      error('not_demo', 'Simulated payments exist only in Demo mode.'),
      'Simulated payments exist only in Demo mode.',
      'Simulierte Zahlungen gibt es nur im Demo-Modus.'
    ],
    [
      'internal',
      error('internal', 'Something went wrong in the app: disk full'),
      'Something went wrong in the app: disk full',
      'In der App ist etwas schiefgelaufen: disk full'
    ],
    [
      'internal: no main process',
      error('internal', MAIN_PROCESS_UNREACHABLE),
      'The counter app could not reach its main process.',
      'Die Kassen-App erreicht ihren Hauptprozess nicht.'
    ],
    [
      'a lost charge answer',
      error('timeout', `SecPaid did not answer within 10 s. ${LOST}`, { pendingSaleReference: 'POS-1' }),
      `SecPaid did not answer in time. ${LOST}`,
      'SecPaid hat nicht rechtzeitig geantwortet. Noch ist unklar, ob SecPaid den Link erstellt hat; die App prüft das, bevor erneut kassiert wird.'
    ],
    [
      'a lost charge answer after a server error',
      error('server', `SecPaid had a server error (HTTP 502). ${LOST}`, { pendingSaleReference: 'POS-1' }),
      `SecPaid had a server error (HTTP 502). ${LOST}`,
      'SecPaid hatte einen Serverfehler (HTTP 502). Noch ist unklar, ob SecPaid den Link erstellt hat; die App prüft das, bevor erneut kassiert wird.'
    ],
    [
      'a sale given up after lost answers',
      error('api', `The connection to SecPaid broke before an answer arrived. ${NOTHING}`),
      `The connection to SecPaid broke before an answer arrived. ${NOTHING}`,
      'Die Verbindung zu SecPaid brach ab, bevor eine Antwort kam. SecPaid hat den Link nicht erstellt; es wurde nichts berechnet.'
    ],
    [
      'a sale given up after timeouts',
      error('api', `SecPaid did not answer within 3 s. ${NOTHING}`),
      `SecPaid did not answer in time. ${NOTHING}`,
      'SecPaid hat nicht rechtzeitig geantwortet. SecPaid hat den Link nicht erstellt; es wurde nichts berechnet.'
    ],
    [
      'a sale given up at start-up',
      error('api', 'The app closed before SecPaid created the link; nothing was charged.'),
      'The app closed before SecPaid created the link; nothing was charged.',
      'Die App wurde beendet, bevor SecPaid den Link erstellt hat; es wurde nichts berechnet.'
    ]
  ]

  it.each(cases)('%s', (_name, given, english, german) => {
    expect(errorMessage(given, 'en')).toBe(english)
    expect(errorMessage(given, 'de')).toBe(german)
  })
})

describe('displayProblemMessage', () => {
  it('says each of main’s problem codes in German and English, with the port', () => {
    expect(displayProblemMessage({ code: 'port_in_use', port: 8377 }, 'de')).toBe(
      'Die Kundenanzeige konnte nicht starten: Ein anderes Programm belegt Port 8377.'
    )
    expect(displayProblemMessage({ code: 'port_in_use', port: 8377 }, 'en')).toBe(
      'The customer display could not start: another program uses port 8377.'
    )
    expect(displayProblemMessage({ code: 'start_failed', port: 9000 }, 'de')).toBe(
      'Die Kundenanzeige konnte auf Port 9000 nicht starten.'
    )
    expect(displayProblemMessage({ code: 'start_failed', port: 9000 }, 'en')).toBe(
      'The customer display could not start on port 9000.'
    )
    expect(displayProblemMessage({ code: 'page_missing' }, 'en')).toBe(
      'The customer display could not start: its page is missing from this installation.'
    )
  })
})

describe('repairNoteMessage', () => {
  it.each([
    [
      'settings were unreadable and were reset',
      'All settings were unreadable and were reset.',
      'Alle Einstellungen waren unlesbar und wurden zurückgesetzt.'
    ],
    [
      'lanDisplayPort was invalid and was reset',
      'lanDisplayPort was invalid and was reset.',
      'lanDisplayPort war ungültig und wurde zurückgesetzt.'
    ],
    ['something new', 'something new', 'something new']
  ])('%s', (note, english, german) => {
    expect(repairNoteMessage(note, 'en')).toBe(english)
    expect(repairNoteMessage(note, 'de')).toBe(german)
  })
})

describe('isOfflineError and isLockedError', () => {
  it('is offline only for network and timeout errors', () => {
    expect(isOfflineError(error('network'))).toBe(true)
    expect(isOfflineError(error('timeout'))).toBe(true)
    for (const code of ['auth', 'api', 'rate_limited', 'server', 'invalid_request', 'internal'] as const) {
      expect(isOfflineError(error(code))).toBe(false)
    }
  })

  it('is locked only for the locked code', () => {
    expect(isLockedError(error('locked'))).toBe(true)
    expect(isLockedError(error('auth'))).toBe(false)
  })
})
