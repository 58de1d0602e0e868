import type { screenEn } from './screen-en'

/** German sentences of the screen screens; spread into `de` (de.ts). */
export const screenDe: Record<keyof typeof screenEn, string> = {
  badgeLive: 'Live',
  badgeLiveHint: 'echte Zahlungen über SecPaid',
  badgeSandbox: 'Sandbox',
  badgeSandboxHint: 'SecPaid-Testsystem, kein echtes Geld',
  badgeDemo: 'Demo',
  badgeDemoHint: 'eingebauter Simulator, es wird nichts berechnet',
  badgeLiveNoKey: 'Live – kein Schlüssel',
  badgeSandboxNoKey: 'Sandbox – kein Schlüssel',
  badgeNoKeyHint: 'es kann nichts berechnet werden, bis der SecPaid-API-Schlüssel in den Einstellungen eingetragen ist',
  amountHeld: 'Gesperrt, bis der Link erstellt ist',
  qrCashierSide: 'Für die Kasse',
  linkAge: 'Link erstellt {age}',
  changeSale: 'Ändern',
  changeSaleHint: 'Storniert diesen Link und holt den Verkauf zurück auf das Tastenfeld',
  checkNow: 'Jetzt prüfen',
  checkingNow: 'Wird geprüft…',
  checkNowPending: 'Noch nicht bezahlt (geprüft um {time})',
  errorRateLimitedRetryingNow: 'Zu viele Anfragen, neuer Versuch läuft',
  errorRateLimitedReady: 'Zu viele Anfragen – jetzt kann es erneut versucht werden',
  settingSaving: 'Wird gespeichert…',
  settingSaved: 'Gespeichert',
  settingsNotSaved:
    'Eine Änderung wurde nicht gespeichert: Bitte das rot markierte Feld korrigieren oder zurücksetzen.',
  settingsSections: 'Bereiche der Einstellungen',
  autoLockMinutes: 'Kasse sperren nach Minuten ohne Eingabe (0 = nie)',
  autoLockMinutesHint: 'Nach so vielen Minuten ohne Tippen fragt die Kasse nach der PIN ({min}–{max}).',
  autoLockNeedsPin: 'Wirkt, sobald eine PIN gesetzt ist ({min}–{max} Minuten).',
  counterLockedTitle: 'Kasse gesperrt',
  counterLockedText: 'Die Kasse war unbenutzt. Zum Weitermachen die PIN eingeben.',
  unlockCounter: 'Entsperren',
  autoLockMinutesInvalid: 'Sperren nach: eine ganze Zahl an Minuten von {min} bis {max}.',
  sectionAfterPayment: 'Nach der Zahlung'
}
