import type { lockEn } from './lock-en'

/** Deutsche Sätze zur PIN und den Sperren (Einstellungen, automatische Sperre, Kiosk-Dialoge); in `de` (de.ts). */
export const lockDe: Record<keyof typeof lockEn, string> = {
  errorCounterLocked: 'Die Kasse ist gesperrt. Zum Weitermachen die PIN eingeben.',
  errorDialogPinRequired: 'Im Kioskmodus brauchen Speichern und Drucken jedes Mal die PIN des Inhabers.',
  pinRecommended: 'Empfohlen: 6 Ziffern – eine Million mögliche PINs statt zehntausend.',
  pinWrongTries: 'Falsch eingegebene PINs: {before} vor der letzten richtigen PIN, {since} seitdem.',
  dialogPinTitle: 'PIN zum Speichern oder Drucken',
  dialogPinText: 'Kioskmodus: Die PIN des Inhabers öffnet diesen einen Speicher- oder Druckdialog.',
  counterLockedOwnerText:
    'Die Kasse war unbenutzt. Verkaufen geht weiter; Verlauf, Erstattungen, Tagesabschluss und Einstellungen brauchen die PIN.',
  autoLockScope: 'Was die automatische Sperre sperrt',
  autoLockScopeEverything: 'Alles: die Kasse wartet auf die PIN',
  autoLockScopeOwner: 'Nur die Funktionen des Inhabers: Verkaufen geht weiter',
  pinTooManyAttemptsMinutes: 'Zu viele Versuche – erneut versuchen in {minutes} min'
}
