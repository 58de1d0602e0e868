import { describe, expect, it } from 'vitest'

import type { IpcError, SecPaidFailure } from '../../src-preload/contract'
import {
  displayProblemMessage,
  errorMessage,
  isOfflineError,
  repairNoteMessage,
  saleFailureMessage
} from '../../src-renderer/src/lib/words/error-messages'
import { LIMITS } from './support/fake-counter'

const LOST = 'It is not yet known whether SecPaid created the link; the app checks before charging again.'
const LOST_DE = 'Noch ist unklar, ob SecPaid den Link erstellt hat; die App prüft das, bevor erneut kassiert wird.'
const NOTHING = 'SecPaid did not create the link; nothing was charged.'
const NOTHING_DE = 'SecPaid hat den Link nicht erstellt; es wurde nichts berechnet.'

const lost = (cause: SecPaidFailure): IpcError => ({
  code: 'outcome_unknown',
  reference: 'POS-1',
  amountCents: 500,
  cause
})

describe('errorMessage', () => {
  it('says the API key was rejected, in English and German', () => {
    const rejected: IpcError = { code: 'key_rejected', httpStatus: 401 }
    expect(errorMessage(rejected, 'en')).toBe('The API key was rejected by SecPaid')
    expect(errorMessage(rejected, 'de')).toBe('Der API-Schlüssel wurde von SecPaid abgelehnt')
  })

  it('names the wait from retryAfterSeconds when rate limited, saying whether the app retries', () => {
    const limited: IpcError = { code: 'rate_limited', retryAfterSeconds: 12 }
    expect(errorMessage(limited, 'en', { retrying: true })).toBe('Too many requests, retrying in 12 s')
    expect(errorMessage(limited, 'en')).toBe('Too many requests, try again in 12 s')
    expect(errorMessage(limited, 'de', { retrying: true })).toBe('Zu viele Anfragen, neuer Versuch in 12 s')
  })

  it('waits 5 s when a rate limit gives no retryAfterSeconds, and rounds fractions up', () => {
    expect(errorMessage({ code: 'rate_limited', retryAfterSeconds: null }, 'en', { retrying: true })).toBe(
      'Too many requests, retrying in 5 s'
    )
    expect(errorMessage({ code: 'rate_limited', retryAfterSeconds: 1.2 }, 'en', { retrying: true })).toBe(
      'Too many requests, retrying in 2 s'
    )
  })

  it('shows SecPaid’s own messages as SecPaid wrote them, in either language', () => {
    const refused: IpcError = { code: 'secpaid_refused', secpaidMessage: 'Amount exceeds your account limit.' }
    expect(errorMessage(refused, 'de')).toBe('Amount exceeds your account limit.')
    expect(errorMessage(refused, 'en')).toBe('Amount exceeds your account limit.')
  })

  it('says SecPaid gave no reason rather than showing an empty refusal', () => {
    expect(errorMessage({ code: 'secpaid_refused', secpaidMessage: '  ' }, 'en')).toBe(
      'SecPaid refused the request without giving a reason.'
    )
  })
})

describe('errorMessage: every reason code in the app’s own words', () => {
  const cases: readonly [name: string, error: IpcError, en: string, de: string][] = [
    [
      'timeout',
      { code: 'timeout', seconds: 10 },
      'SecPaid did not answer in time.',
      'SecPaid hat nicht rechtzeitig geantwortet.'
    ],
    [
      'unreachable: refused',
      { code: 'unreachable', reason: 'refused' },
      'Could not connect to SecPaid: the connection was refused.',
      'Keine Verbindung zu SecPaid: Die Verbindung wurde abgelehnt.'
    ],
    [
      'unreachable: dropped',
      { code: 'unreachable', reason: 'dropped' },
      'The connection to SecPaid broke before an answer arrived.',
      'Die Verbindung zu SecPaid brach ab, bevor eine Antwort kam.'
    ],
    [
      'unreachable: name not resolved',
      { code: 'unreachable', reason: 'unresolved' },
      'Could not reach SecPaid: its server name could not be resolved.',
      'SecPaid ist nicht erreichbar: Der Servername konnte nicht aufgelöst werden.'
    ],
    [
      'unreachable: offline',
      { code: 'unreachable', reason: 'offline' },
      'Could not reach SecPaid: this computer is offline.',
      'SecPaid ist nicht erreichbar: Dieser Computer ist offline.'
    ],
    [
      'unreachable: no route',
      { code: 'unreachable', reason: 'no_route' },
      'Could not reach SecPaid: there is no network route to it.',
      'SecPaid ist nicht erreichbar: Es gibt keine Netzwerkroute dorthin.'
    ],
    [
      'unreachable: anything else',
      { code: 'unreachable', reason: 'other' },
      'The request to SecPaid failed because of a network problem.',
      'Die Anfrage an SecPaid ist an einem Netzwerkproblem gescheitert.'
    ],
    [
      'secpaid_error, keeping the HTTP status',
      { code: 'secpaid_error', httpStatus: 503, secpaidMessage: null },
      'SecPaid had a server error (HTTP 503).',
      'SecPaid hatte einen Serverfehler (HTTP 503).'
    ],
    [
      'secpaid_error with SecPaid’s reason, kept as written',
      { code: 'secpaid_error', httpStatus: 500, secpaidMessage: 'Database unavailable' },
      'SecPaid had a server error (HTTP 500): Database unavailable.',
      'SecPaid hatte einen Serverfehler (HTTP 500): Database unavailable.'
    ],
    [
      'bad_answer: data the app cannot use',
      { code: 'bad_answer', problem: 'unusable_data', httpStatus: 200 },
      'SecPaid sent an answer the app cannot read (HTTP 200).',
      'SecPaid hat eine Antwort gesendet, die die App nicht lesen kann (HTTP 200).'
    ],
    [
      'bad_answer: not JSON',
      { code: 'bad_answer', problem: 'not_json', httpStatus: 502 },
      'SecPaid sent a response that is not JSON (HTTP 502).',
      'SecPaid hat eine Antwort gesendet, die kein JSON ist (HTTP 502).'
    ],
    [
      'bad_answer: empty',
      { code: 'bad_answer', problem: 'empty', httpStatus: 200 },
      'SecPaid sent an empty response (HTTP 200).',
      'SecPaid hat eine leere Antwort gesendet (HTTP 200).'
    ],
    [
      'no_key',
      { code: 'no_key' },
      'No SecPaid API key is set. Add one in Settings.',
      'Kein SecPaid-API-Schlüssel hinterlegt. Bitte in den Einstellungen eintragen.'
    ],
    [
      'locked',
      { code: 'locked' },
      'Settings are locked. Enter the PIN to change them.',
      'Die Einstellungen sind gesperrt. Zum Ändern die PIN eingeben.'
    ],
    [
      'already_paid',
      { code: 'already_paid', linkId: 5 },
      'This sale is already paid and can no longer be cancelled.',
      'Dieser Verkauf ist bereits bezahlt und kann nicht mehr storniert werden.'
    ],
    [
      'amount_above_maximum, with the owner’s maximum',
      { code: 'amount_above_maximum', maxAmountCents: 500_000 },
      'Maximum is €5,000.00',
      'Höchstens 5.000,00\u00a0€'
    ],
    [
      'invalid_request naming a field',
      { code: 'invalid_request', field: 'search' },
      'The input was refused: search',
      'Die Eingabe wurde abgelehnt: search'
    ],
    [
      'unknown_product',
      { code: 'unknown_product', productId: 'gold-bar' },
      'A product in this sale is no longer among the quick keys. Clear the sale and start it again.',
      'Ein Artikel dieses Verkaufs ist nicht mehr unter den Schnelltasten. Bitte den Verkauf leeren und neu beginnen.'
    ],
    [
      'tip_not_offered',
      { code: 'tip_not_offered' },
      'This tip is not offered (any more). Choose another tip or none.',
      'Dieses Trinkgeld wird nicht (mehr) angeboten. Bitte ein anderes oder keins wählen.'
    ],
    [
      'not_demo',
      { code: 'not_demo' },
      'Simulated payments exist only in Demo mode.',
      'Simulierte Zahlungen gibt es nur im Demo-Modus.'
    ],
    [
      'internal',
      { code: 'internal' },
      'Something went wrong in the app. Please try again.',
      'In der App ist etwas schiefgelaufen. Bitte erneut versuchen.'
    ],
    [
      'main_unreachable',
      { code: 'main_unreachable' },
      'The counter app could not reach its main process.',
      'Die Kassen-App erreicht ihren Hauptprozess nicht.'
    ],
    [
      'a lost charge answer',
      lost({ code: 'timeout', seconds: 10 }),
      `SecPaid did not answer in time. ${LOST}`,
      `SecPaid hat nicht rechtzeitig geantwortet. ${LOST_DE}`
    ],
    [
      'a lost charge answer after a server error',
      lost({ code: 'secpaid_error', httpStatus: 502, secpaidMessage: null }),
      `SecPaid had a server error (HTTP 502). ${LOST}`,
      `SecPaid hatte einen Serverfehler (HTTP 502). ${LOST_DE}`
    ],
    [
      'a sale given up after lost answers',
      {
        code: 'nothing_charged',
        reference: 'POS-1',
        failure: { code: 'link_not_created', cause: { code: 'unreachable', reason: 'dropped' } }
      },
      `The connection to SecPaid broke before an answer arrived. ${NOTHING}`,
      `Die Verbindung zu SecPaid brach ab, bevor eine Antwort kam. ${NOTHING_DE}`
    ],
    [
      'a sale given up after timeouts',
      {
        code: 'nothing_charged',
        reference: 'POS-1',
        failure: { code: 'link_not_created', cause: { code: 'timeout', seconds: 3 } }
      },
      `SecPaid did not answer in time. ${NOTHING}`,
      `SecPaid hat nicht rechtzeitig geantwortet. ${NOTHING_DE}`
    ],
    [
      'a sale given up at start-up',
      { code: 'nothing_charged', reference: 'POS-1', failure: { code: 'closed_before_link' } },
      'The app closed before SecPaid created the link; nothing was charged.',
      'Die App wurde beendet, bevor SecPaid den Link erstellt hat; es wurde nichts berechnet.'
    ],
    [
      'settings on a read-only disk',
      { code: 'settings_unwritable', errno: 'EROFS' },
      'The settings cannot be saved: the settings file or its folder is read-only (EROFS). Nothing was changed.',
      'Die Einstellungen können nicht gespeichert werden: Die Einstellungsdatei oder ihr Ordner ist schreibgeschützt (EROFS). Es wurde nichts geändert.'
    ],
    [
      'a key that could only be stored without a keyring, without consent',
      { code: 'key_storage_needs_consent', keyStorage: 'weak' },
      'The key was not saved: on this computer it can only be stored without a keyring’s protection. To store it anyway, tick “Store the key anyway, without this protection”.',
      'Der Schlüssel wurde nicht gespeichert: Auf diesem Computer kann er nur ohne den Schutz eines Schlüsselbunds gespeichert werden. Um ihn trotzdem zu speichern, „Schlüssel trotzdem ohne diesen Schutz speichern“ ankreuzen.'
    ],
    [
      'a key that could only be stored as plain text, without consent',
      { code: 'key_storage_needs_consent', keyStorage: 'unavailable' },
      'The key was not saved: on this computer it can only be stored as plain text. To store it anyway, tick “Store the key anyway, without this protection”.',
      'Der Schlüssel wurde nicht gespeichert: Auf diesem Computer kann er nur als Klartext gespeichert werden. Um ihn trotzdem zu speichern, „Schlüssel trotzdem ohne diesen Schutz speichern“ ankreuzen.'
    ],
    [
      'a key the OS could not encrypt',
      { code: 'key_encryption_failed' },
      'The operating system could not encrypt the key, so it was not saved. Unlock the keyring (or log in again) and try again.',
      'Das Betriebssystem konnte den Schlüssel nicht verschlüsseln, daher wurde er nicht gespeichert. Den Schlüsselbund entsperren (oder neu anmelden) und erneut versuchen.'
    ]
  ]

  it.each(cases)('%s', (_name, given, english, german) => {
    expect(errorMessage(given, 'en')).toBe(english)
    expect(errorMessage(given, 'de')).toBe(german)
  })
})

describe('errorMessage for a refused setting: what it accepts, from main’s limits', () => {
  it.each([
    ['lanDisplayPort', 'Enter a port from 1024 to 65535.', 'Einen Port von 1024 bis 65535 eingeben.'],
    [
      'paidScreenSeconds',
      'Enter the paid screen time in whole seconds from 1 to 60.',
      'Anzeigedauer in ganzen Sekunden von 1 bis 60 eingeben.'
    ],
    [
      'tillsOnKey',
      'Enter the number of tills as a whole number from 1 to 10.',
      'Anzahl der Kassen als ganze Zahl von 1 bis 10 eingeben.'
    ],
    [
      'deviceName',
      'The device name must be 1 to 20 letters, digits, - or _.',
      'Der Gerätename muss aus 1 bis 20 Buchstaben, Ziffern, - oder _ bestehen.'
    ],
    // A row of a list is named by its index, as main's schema names it; one rule words every row.
    ['products.3.name', 'A name has 1 to 30 characters.', 'Ein Name hat 1 bis 30 Zeichen.'],
    [
      'products.0.priceCents',
      'A price is between €0.01 and €1,000,000.00.',
      'Ein Preis liegt zwischen 0,01\u00a0€ und 1.000.000,00\u00a0€.'
    ],
    [
      'tips.percentPresets.1',
      'Up to 4 whole percents from 1 to 50, separated by commas.',
      'Bis zu 4 ganze Prozentwerte von 1 bis 50, durch Kommas getrennt.'
    ]
  ])('%s', (field, english, german) => {
    const refused: IpcError = { code: 'invalid_request', field }
    expect(errorMessage(refused, 'en', { limits: LIMITS })).toBe(english)
    expect(errorMessage(refused, 'de', { limits: LIMITS })).toBe(german)
  })

  it('follows the limits main sends, not a copy of its own', () => {
    const refused: IpcError = { code: 'invalid_request', field: 'lanDisplayPort' }
    const limits = { ...LIMITS, lanDisplayPort: { min: 2000, max: 3000 } }
    expect(errorMessage(refused, 'en', { limits })).toBe('Enter a port from 2000 to 3000.')
  })
})

describe('saleFailureMessage', () => {
  it('says an old journal’s failure without a reason still charged nothing', () => {
    expect(saleFailureMessage({ code: 'unexplained' }, 'en')).toBe(NOTHING)
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
      { code: 'all_reset' },
      'All settings were unreadable and were reset.',
      'Alle Einstellungen waren unlesbar und wurden zurückgesetzt.'
    ],
    [
      { code: 'field_reset', field: 'lanDisplayPort' },
      'lanDisplayPort was invalid and was reset.',
      'lanDisplayPort war ungültig und wurde zurückgesetzt.'
    ],
    [
      { code: 'api_key_removed' },
      'The stored API key was unreadable and was removed.',
      'Der gespeicherte API-Schlüssel war unlesbar und wurde entfernt.'
    ],
    [
      { code: 'pin_removed' },
      'The stored PIN was damaged and was removed: anyone can open the settings until a new PIN is set.',
      'Die gespeicherte PIN war beschädigt und wurde entfernt: Bis eine neue PIN gesetzt ist, kann jeder die Einstellungen öffnen.'
    ]
  ] as const)('%o', (repair, english, german) => {
    expect(repairNoteMessage(repair, 'en')).toBe(english)
    expect(repairNoteMessage(repair, 'de')).toBe(german)
  })
})

describe('isOfflineError', () => {
  it('is offline only when SecPaid could not be reached or did not answer', () => {
    expect(isOfflineError({ code: 'unreachable', reason: 'refused' })).toBe(true)
    expect(isOfflineError({ code: 'timeout', seconds: 10 })).toBe(true)
    const reached: IpcError[] = [
      { code: 'key_rejected', httpStatus: 401 },
      { code: 'secpaid_refused', secpaidMessage: 'x' },
      { code: 'rate_limited', retryAfterSeconds: null },
      { code: 'secpaid_error', httpStatus: 500, secpaidMessage: null },
      { code: 'invalid_request', field: null },
      { code: 'internal' }
    ]
    for (const error of reached) expect(isOfflineError(error)).toBe(false)
  })
})
