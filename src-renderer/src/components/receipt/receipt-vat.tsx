import type { Language, ReceiptData } from '../../../../src-preload/contract'
import { formatCents } from '../../lib/format/format-money'
import { translate } from '../../lib/words/i18n'

/**
 * The sale's VAT as main journaled it: per rate its gross, net and VAT (what § 33 UStDV asks of a small-amount
 * invoice, and more), or the § 19 UStG note of a Kleinunternehmer, or that an older sale has none recorded.
 */
export function ReceiptVat({ receipt, language }: { receipt: ReceiptData; language: Language }) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params)
  const money = (cents: number) => formatCents(cents, language)
  const { vat } = receipt
  if (vat === null) {
    return (
      <p className="receipt-vat" data-testid="receipt-vat-none">
        {t('receiptNoVatRecorded')}
      </p>
    )
  }
  if (vat.exempt) {
    return (
      <p className="receipt-vat" data-testid="receipt-vat-exempt">
        {t('receiptSmallBusinessNote')}
      </p>
    )
  }
  return (
    <ul className="receipt-vat" aria-label={t('dayCloseVatTitle')}>
      {vat.rates.map((rate) => (
        <li key={rate.ratePercent} data-testid="receipt-vat-rate">
          {t('receiptVatLine', {
            rate: rate.ratePercent,
            gross: money(rate.grossCents),
            net: money(rate.netCents),
            vat: money(rate.vatCents)
          })}
        </li>
      ))}
    </ul>
  )
}
