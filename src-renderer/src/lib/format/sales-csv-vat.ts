import type { SalesRow, SaleVat } from '../../../../src-preload/contract'
import type { MessageKey } from '../words/i18n'

type Say = (key: MessageKey, params?: Record<string, string | number>) => string

const ratesOf = (vat: SaleVat | null | undefined) => (vat === null || vat === undefined || vat.exempt ? [] : vat.rates)
const exemptOf = (vat: SaleVat | null | undefined) => (vat?.exempt === true ? vat.grossCents : null)

/**
 * The CSV's VAT columns, from main's journaled splits: for each rate any row uses (highest first) the sale's gross,
 * net and VAT and the refund's gross and VAT; a column for sales without VAT (§ 19 UStG) when there are any. No
 * column at all for an export without recorded VAT, so older exports read as before.
 */
export function vatColumns(rows: readonly SalesRow[]) {
  const used = rows.flatMap((row) => [...ratesOf(row.vat), ...ratesOf(row.refundVat)].map((rate) => rate.ratePercent))
  const rates = [...new Set(used)].sort((a, b) => b - a)
  const anyExempt = rows.some((row) => exemptOf(row.vat) !== null)
  return {
    header: (say: Say): string[] => [
      ...rates.flatMap((rate) => [
        say('csvVatGross', { rate }),
        say('csvVatNet', { rate }),
        say('csvVatAmount', { rate }),
        say('csvVatRefundGross', { rate }),
        say('csvVatRefundAmount', { rate })
      ]),
      ...(anyExempt ? [say('csvVatExempt')] : [])
    ],
    cells: (row: SalesRow, cents: (value: number | null) => string): string[] => {
      const sold = ratesOf(row.vat)
      const refunded = ratesOf(row.refundVat)
      return [
        ...rates.flatMap((ratePercent) => {
          const sale = sold.find((rate) => rate.ratePercent === ratePercent)
          const refund = refunded.find((rate) => rate.ratePercent === ratePercent)
          return [
            cents(sale?.grossCents ?? null),
            cents(sale?.netCents ?? null),
            cents(sale?.vatCents ?? null),
            cents(refund?.grossCents ?? null),
            cents(refund?.vatCents ?? null)
          ]
        }),
        ...(anyExempt ? [cents(exemptOf(row.vat))] : [])
      ]
    }
  }
}
