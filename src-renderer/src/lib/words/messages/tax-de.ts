import type { taxEn } from './tax-en'

/** Deutsche Sätze zur Umsatzsteuer; in `de` eingefügt (de.ts). */
export const taxDe: typeof taxEn = {
  errorVatRateNotOffered:
    'Der Steuersatz {rate} % gehört nicht (mehr) zu den Sätzen des Geschäfts. Wählen Sie für die Zeile einen anderen Satz oder ändern Sie das Produkt in den Einstellungen.',
  taxSection: 'Umsatzsteuer',
  taxHint:
    'Die Steuersätze des Geschäfts in ganzen Prozent, durch Kommas getrennt; getippte Beträge erhalten den Standardsatz, sofern er in ihrer Zeile nicht geändert wird.',
  taxRates: 'Steuersätze (%)',
  taxDefaultRate: 'Standardsatz für getippte Beträge',
  taxSmallBusiness: 'Kleinunternehmer (§ 19 UStG): keine Umsatzsteuer auf Belegen',
  taxNumber: 'Steuernummer',
  taxRatesInvalid: 'Geben Sie 1 bis {max} verschiedene ganze Prozentsätze zwischen 0 und 99 ein, z. B. 19, 7, 0.',
  vatRateOption: '{rate} %',
  productVatRate: 'USt.',
  lineVatRate: 'Steuersatz des getippten Betrags',
  receiptVatRate: 'USt. {rate} %',
  receiptVatGross: 'Brutto',
  receiptVatNet: 'Netto',
  receiptVatAmount: 'USt.',
  receiptVatLine: '{rate} %: Brutto {gross}, Netto {net}, USt. {vat}',
  receiptSmallBusinessNote: 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmer).',
  receiptNoVatRecorded: 'Für diesen Verkauf ist keine Umsatzsteuer erfasst.',
  receiptTaxNumber: 'St.-Nr. {taxNumber}',
  dayCloseVatTitle: 'Umsatzsteuer je Satz',
  dayCloseVatRate: 'Satz',
  csvVatGross: 'Brutto {rate} % (EUR)',
  csvVatNet: 'Netto {rate} % (EUR)',
  csvVatAmount: 'USt. {rate} % (EUR)',
  csvVatRefundGross: 'Erstattung brutto {rate} % (EUR)',
  csvVatRefundAmount: 'Erstattung USt. {rate} % (EUR)',
  csvVatExempt: 'Ohne USt. § 19 UStG (EUR)',
  dayClosePaidSales: 'Bezahlte Verkäufe',
  dayCloseVatRefunds: 'Erstattungen je Satz',
  dayCloseVatExempt: 'Ohne Umsatzsteuer (§ 19 UStG)',
  dayCloseVatUnrecorded: 'Verkäufe ohne erfasste Umsatzsteuer'
}
