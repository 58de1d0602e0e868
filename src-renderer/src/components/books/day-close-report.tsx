import type { DayCloseReport, RefundTotals, StatusTotals } from '../../../../src-preload/contract'
import { saleStatuses } from '../../../../src-preload/contract/sale-status'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatDay } from '../../lib/format/format-date'
import { formatCents } from '../../lib/format/format-money'
import { STATUS_LABEL } from '../../lib/words/books-labels'
import { errorMessage } from '../../lib/words/error-messages'
import { DayCloseCashiers } from './day-close-cashiers'
import { DayCloseChainHead } from './day-close-chain-head'
import { OpenAtCloseList, OutOfOrderList, PagingNotes, RefundRows } from './day-close-notes'
import { DayCloseTips } from './day-close-tips'
import { DayCloseVatSection } from './day-close-vat'
import { DifferenceText } from './difference-text'
import { MoneyWaySection } from './money-way'

function TotalsTable({ caption, totals, refunds }: { caption: string; totals: StatusTotals; refunds: RefundTotals }) {
  const t = useTranslate()
  const language = useLanguage()
  return (
    <table className="day-close-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dayCloseStatus')}</th>
          <th scope="col">{t('dayCloseCount')}</th>
          <th scope="col">{t('dayCloseSum')}</th>
        </tr>
      </thead>
      <tbody>
        {saleStatuses.map((status) => (
          <tr key={status}>
            <th scope="row">{t(STATUS_LABEL[status])}</th>
            <td>{totals[status].count}</td>
            <td>{formatCents(totals[status].cents, language)}</td>
          </tr>
        ))}
        <RefundRows refunds={refunds} />
      </tbody>
    </table>
  )
}

/** The printable report: what this journal counted, per till, SecPaid's record, and where they differ. */
export function DayCloseReportView({ report }: { report: DayCloseReport }) {
  const t = useTranslate()
  const language = useLanguage()
  const day = (value: string) => formatDay(value, language) ?? value
  const euros = (cents: number) => formatCents(cents, language)
  return (
    <article className="day-close-report" data-testid="day-close-report">
      <h2>
        {t('dayCloseTitle')}: {report.from === report.to ? day(report.from) : `${day(report.from)} – ${day(report.to)}`}
      </h2>
      <TotalsTable caption={t('dayCloseAllTills')} totals={report.totals} refunds={report.refunds} />
      {report.tills.length > 1 &&
        report.tills.map((till) => (
          <TotalsTable
            key={till.till ?? ''}
            caption={till.till === null ? t('dayCloseTillUnknown') : t('dayCloseTill', { till: till.till })}
            totals={till.totals}
            refunds={till.refunds}
          />
        ))}
      <DayCloseTips report={report} />
      <DayCloseCashiers cashiers={report.cashiers} />
      <DayCloseVatSection report={report} />
      <OpenAtCloseList report={report} />
      <OutOfOrderList report={report} />
      <section data-testid="day-close-secpaid">
        <h3>{t('dayCloseSecPaid')}</h3>
        <PagingNotes notes={report.secpaidPaging} />
        {report.secpaid === null ? (
          <p role="alert">
            {t('dayCloseSecPaidUnavailable', {
              reason: report.secpaidFailure === null ? '' : errorMessage(report.secpaidFailure, language)
            })}
          </p>
        ) : (
          <dl className="day-close-secpaid">
            <dt>{t('dayClosePayments')}</dt>
            <dd>{report.secpaid.count}</dd>
            <dt>{t('dayCloseGross')}</dt>
            <dd>{euros(report.secpaid.grossCents)}</dd>
            <dt>{t('dayCloseFees')}</dt>
            <dd>{euros(report.secpaid.feeCents)}</dd>
            <dt>{t('dayCloseNet')}</dt>
            <dd>{euros(report.secpaid.netCents)}</dd>
            <dt>{t('dayCloseRefunds')}</dt>
            <dd>
              {report.secpaid.refundCount} · {euros(report.secpaid.refundCents)}
            </dd>
          </dl>
        )}
      </section>
      <MoneyWaySection report={report} />
      {report.secpaid !== null && (
        <section data-testid="day-close-differences">
          <h3>{t('dayCloseDifferences')}</h3>
          {report.differences.length === 0 ? (
            <p>{t('dayCloseNoDifferences')}</p>
          ) : (
            <ul>
              {report.differences.map((difference, index) => (
                <li key={index} data-testid={`difference-${difference.kind}`}>
                  <DifferenceText difference={difference} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <DayCloseChainHead report={report} />
    </article>
  )
}
