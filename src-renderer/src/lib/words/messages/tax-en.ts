/** English sentences of VAT: settings, sale lines, receipts, day close; spread into `en` (en.ts). */
export const taxEn = {
  errorVatRateNotOffered:
    'The VAT rate {rate} % is not among the shop’s rates (any more). Pick another rate for the line, or change the product in Settings.',
  taxSection: 'VAT',
  taxHint:
    'The rates the shop sells at, whole percent, separated by commas; typed amounts take the default rate unless changed on their line.',
  taxRates: 'VAT rates (%)',
  taxDefaultRate: 'Default rate for typed amounts',
  taxSmallBusiness: 'Kleinunternehmer (§ 19 UStG): no VAT on receipts',
  taxNumber: 'Tax number',
  taxRatesInvalid: 'Enter 1 to {max} different whole percent rates between 0 and 99, e.g. 19, 7, 0.',
  vatRateOption: '{rate} %',
  productVatRate: 'VAT',
  lineVatRate: 'VAT rate of the typed amount',
  receiptVatRate: 'VAT {rate} %',
  receiptVatGross: 'Gross',
  receiptVatNet: 'Net',
  receiptVatAmount: 'VAT',
  receiptVatLine: '{rate} %: gross {gross}, net {net}, VAT {vat}',
  receiptSmallBusinessNote: 'According to § 19 UStG no VAT is charged (small business).',
  receiptNoVatRecorded: 'No VAT recorded for this sale.',
  receiptTaxNumber: 'Tax no. {taxNumber}',
  dayCloseVatTitle: 'VAT per rate',
  dayCloseVatRate: 'Rate',
  dayCloseVatRefunds: 'Refunds per rate',
  dayCloseVatExempt: 'Without VAT (§ 19 UStG)',
  dayCloseVatUnrecorded: 'Sales without recorded VAT'
}
