import type { DayCloseReport, VatRateTotal } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatCents } from '../../lib/format/format-money'

function RateRows({ rates, testId }: { rates: readonly VatRateTotal[]; testId: string }) {
  const t = useTranslate()
  const language = useLanguage()
  const euros = (cents: number) => formatCents(cents, language)
  return rates.map((rate) => (
    <tr key={rate.ratePercent} data-testid={testId}>
      <th scope="row">{t('vatRateOption', { rate: rate.ratePercent })}</th>
      <td>{euros(rate.netCents)}</td>
      <td>{euros(rate.vatCents)}</td>
      <td>{euros(rate.grossCents)}</td>
    </tr>
  ))
}

/** The range's VAT per rate (net, VAT, gross) of the paid sales and of the refunds, as main added them up. */
export function DayCloseVatSection({ report }: { report: DayCloseReport }) {
  const t = useTranslate()
  const language = useLanguage()
  const { vat } = report
  if (vat === undefined) return null
  const euros = (cents: number) => formatCents(cents, language)
  const head = (
    <thead>
      <tr>
        <th scope="col">{t('dayCloseVatRate')}</th>
        <th scope="col">{t('receiptVatNet')}</th>
        <th scope="col">{t('receiptVatAmount')}</th>
        <th scope="col">{t('receiptVatGross')}</th>
      </tr>
    </thead>
  )
  return (
    <section data-testid="day-close-vat">
      <h3>{t('dayCloseVatTitle')}</h3>
      <table className="day-close-table">
        <caption>{t('dayClosePaidSales')}</caption>
        {head}
        <tbody>
          <RateRows rates={vat.sales} testId="day-close-vat-rate" />
        </tbody>
      </table>
      {vat.refunds.length > 0 && (
        <table className="day-close-table">
          <caption>{t('dayCloseVatRefunds')}</caption>
          {head}
          <tbody>
            <RateRows rates={vat.refunds} testId="day-close-vat-refund-rate" />
          </tbody>
        </table>
      )}
      {(vat.exemptCents > 0 || vat.exemptRefundCents > 0) && (
        <p data-testid="day-close-vat-exempt">
          {t('dayCloseVatExempt')}: {euros(vat.exemptCents)} · −{euros(vat.exemptRefundCents)}
        </p>
      )}
      {vat.unrecorded.count > 0 && (
        <p data-testid="day-close-vat-unrecorded">
          {t('dayCloseVatUnrecorded')}: {vat.unrecorded.count} · {euros(vat.unrecorded.cents)}
        </p>
      )}
    </section>
  )
}
