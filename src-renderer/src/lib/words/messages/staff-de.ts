import type { staffEn } from './staff-en'

/** Deutsche Sätze zum Personal: Kassierer, ihre Rechte, die Anmeldung; in `de` eingefügt (de.ts). */
export const staffDe: Record<keyof typeof staffEn, string> = {
  errorNotAllowedTypedAmount:
    'Nur Verkäufe mit den Schnelltasten erlaubt. Eingetippte Beträge kassiert der Inhaber oder ein Kassierer, der es darf.',
  errorNotAllowedDiscount: 'Rabatte sind nicht erlaubt. Bitte den Inhaber oder einen Kassierer fragen, der es darf.',
  errorNotAllowedCancel:
    'Wartende Verkäufe stornieren ist nicht erlaubt. Bitte den Inhaber oder einen Kassierer fragen, der es darf.',
  errorNotAllowedRefund: 'Erstatten ist nicht erlaubt. Bitte den Inhaber oder einen Kassierer fragen, der es darf.',
  errorNotAllowedReprint:
    'Belege drucken ist nicht erlaubt. Bitte den Inhaber oder einen Kassierer fragen, der es darf.',
  errorNotAllowedDayClose:
    'Der Tagesabschluss ist nicht erlaubt. Bitte den Inhaber oder einen Kassierer fragen, der es darf.',
  errorNotAllowedExport:
    'Verkäufe exportieren ist nicht erlaubt. Bitte den Inhaber oder einen Kassierer fragen, der es darf.',
  errorNotAllowedSettings: 'Die Einstellungen sind nicht erlaubt. Bitte den Inhaber fragen.',
  errorOwnerOnly: 'Nur der Inhaber verwaltet Kassierer und die PIN des Inhabers.',
  errorStaffNeedsPin: 'Zuerst die PIN des Inhabers festlegen: ohne sie wäre jeder an der Kasse der Inhaber.',
  errorNoSuchCashier: 'Diesen Kassierer gibt es nicht mehr.',
  errorTooManyCashiers: 'Höchstens {max} Kassierer.',
  staffTitle: 'Kassierer',
  staffIntro:
    'Jeder Kassierer meldet sich mit seiner eigenen PIN an; jeder Verkauf, jedes Storno, jede Erstattung und jeder Tagesabschluss hält fest, wer es war. Ohne Kassierer arbeitet der Inhaber allein, wie bisher.',
  staffOwner: 'Inhaber',
  staffAddCashier: 'Kassierer hinzufügen',
  staffCashierName: 'Name',
  staffCashierPin: 'PIN (4–6 Ziffern)',
  staffCashierPinKeep: 'Neue PIN (leer: bleibt)',
  staffSave: 'Kassierer speichern',
  staffRemove: 'Entfernen',
  staffEdit: 'Bearbeiten',
  staffPermissions: 'Darf',
  permissionTypedAmount: 'eingetippte Beträge kassieren',
  permissionDiscount: 'Rabatte geben',
  permissionCancel: 'wartende Verkäufe stornieren',
  permissionRefund: 'erstatten',
  permissionReprint: 'Belege drucken',
  permissionDayClose: 'den Tag abschließen',
  permissionExport: 'Verkäufe exportieren',
  permissionSettings: 'die Einstellungen öffnen',
  staffSignInTitle: 'Wer ist an der Kasse?',
  staffSignInPinTitle: 'PIN für {name}',
  staffSignedInAs: 'Kassierer: {name}',
  staffSwitchCashier: 'Kassierer wechseln',
  dayCloseCashiers: 'Je Kassierer',
  dayCloseCashier: 'Kassierer',
  dayCloseCashierCount: 'Bezahlte Verkäufe',
  dayCloseCashierGross: 'Brutto',
  dayCloseCashierTips: 'Trinkgeld',
  dayCloseCashierRefunds: 'Erstattungen',
  csvCashier: 'Kassierer'
}
