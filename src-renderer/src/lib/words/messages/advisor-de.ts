import type { advisorEn } from './advisor-en'

/** Deutsche Sätze zu Trinkgeld nach Art, Einstellungen → Über und der Verfahrensdokumentation; in `de` (de.ts). */
export const advisorDe: Record<keyof typeof advisorEn, string> = {
  tipKind: 'Trinkgeld ist',
  tipKindStaff: 'Für das Personal',
  tipKindShop: 'Für den Betrieb',
  tipKindHint:
    'Trinkgeld für das Personal wird weitergegeben und ist kein Umsatz des Betriebs; Trinkgeld für den Betrieb ist ' +
    'Umsatz. Wird mit jedem Verkauf gespeichert: Eine Änderung hier ändert keine früheren Verkäufe.',
  receiptTipStaff: 'Trinkgeld (für das Personal)',
  receiptTipShop: 'Trinkgeld (für den Betrieb)',
  dayCloseTips: 'Trinkgeld',
  dayCloseTipsStaff: 'Für das Personal (auszahlen)',
  dayCloseTipsShop: 'Für den Betrieb (Umsatz)',
  csvStaffTip: 'Trinkgeld Personal (EUR)',
  csvShopTip: 'Trinkgeld Betrieb (EUR)',
  sectionAbout: 'Über',
  aboutVersion: 'Version',
  aboutDataFolder: 'Datenordner',
  aboutNoCashTitle: 'Kein Bargeld, mit Absicht',
  aboutNoCash:
    'Diese App nimmt und erfasst kein Bargeld, keine Gutscheine und kein Guthaben: Jeder Verkauf wird über SecPaid ' +
    'bezahlt, und ein Verkauf gilt erst als bezahlt, wenn SecPaid es bestätigt. Es gibt keine Bargeld-Taste und kein ' +
    '„als bezahlt markieren“. In Deutschland braucht eine Kasse, die Bargeld erfasst, eine zertifizierte technische ' +
    'Sicherheitseinrichtung (§ 146a AO, KassenSichV); diese App ist keine solche Kasse. Bargeld gehört in eine eigene ' +
    'zertifizierte Kasse.',
  aboutProcedureTitle: 'Verfahrensdokumentation für die Steuerberatung',
  aboutProcedureHint:
    'Ein Entwurf der Verfahrensdokumentation aus diesen Einstellungen: was die App erfasst, wo, wie lange und wie es ' +
    'exportiert wird. Mit der Steuerberatung prüfen und ergänzen.',
  aboutProcedureGerman: 'Als PDF speichern (Deutsch)',
  aboutProcedureEnglish: 'Als PDF speichern (Englisch)',
  aboutProcedureSaved: 'Gespeichert.',
  aboutProcedureNotSaved: 'Nicht gespeichert: Der Dialog wurde geschlossen.'
}
