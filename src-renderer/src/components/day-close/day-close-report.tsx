import type { DayCloseDifference, DayCloseReport, HistoryStatus, StatusTotals } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { STATUS_LABEL } from '../../lib/books-labels'
import { errorMessage } from '../../lib/error-messages'
import { formatDay } from '../../lib/format-date'
import { formatCents } from '../../lib/format-money'

const STATUSES: readonly HistoryStatus[] = ['paid', 'refund_requested', 'waiting', 'cancelled', 'failed']

function TotalsTable({ caption, totals }: { caption: string; totals: StatusTotals }) {
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
        {STATUSES.map((status) => (
          <tr key={status}>
            <th scope="row">{t(STATUS_LABEL[status])}</th>
            <td>{totals[status].count}</td>
            <td>{formatCents(totals[status].cents, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function DifferenceText({ difference }: { difference: DayCloseDifference }) {
  const t = useTranslate()
  const language = useLanguage()
  const euros = (cents: number) => formatCents(cents, language)
  switch (difference.kind) {
    case 'unknown_here':
      return t('differenceUnknownHere', {
        linkId: difference.linkId,
        amount: euros(difference.amountCents),
        note: difference.recipientNote ?? ''
      })
    case 'missing_at_secpaid':
      return t('differenceMissingAtSecPaid', { reference: difference.reference, amount: euros(difference.amountCents) })
    case 'amount_differs':
      return t('differenceAmount', {
        reference: difference.reference,
        here: euros(difference.hereCents),
        secpaid: euros(difference.secpaidCents)
      })
  }
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
      <TotalsTable caption={t('dayCloseAllTills')} totals={report.totals} />
      {report.tills.length > 1 &&
        report.tills.map((till) => (
          <TotalsTable
            key={till.till ?? ''}
            caption={till.till === null ? t('dayCloseTillUnknown') : t('dayCloseTill', { till: till.till })}
            totals={till.totals}
          />
        ))}
      <section data-testid="day-close-secpaid">
        <h3>{t('dayCloseSecPaid')}</h3>
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
    </article>
  )
}
