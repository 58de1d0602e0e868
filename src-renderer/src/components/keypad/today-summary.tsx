import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatDay } from '../../lib/format/format-date'
import { formatCents } from '../../lib/format/format-money'
import { useSummaryStore } from '../../stores/summary-store'
import { ErrorText } from '../shared/error-text'
import { Spinner } from '../shared/spinner'

/** Today's sales at a glance for the cashier, with the day's sales saved as a CSV file. */
export function TodaySummaryBar() {
  const t = useTranslate()
  const language = useLanguage()
  const summary = useSummaryStore((state) => state.summary)
  const exportInFlight = useSummaryStore((state) => state.exportInFlight)
  const exportError = useSummaryStore((state) => state.exportError)
  const exportCsv = useSummaryStore((state) => state.exportCsv)
  const money = (cents: number) => formatCents(cents, language)
  const day = summary === null ? null : formatDay(summary.day, language)

  return (
    <div className="today-summary">
      <p className="today-summary-figures" aria-live="polite" data-testid="today-summary">
        <span className="today-summary-title" title={day === null ? undefined : t('summaryDay', { date: day })}>
          {t('summaryTitle')}
        </span>
        {summary !== null && (
          <>
            <span data-testid="today-summary-sales">
              {t.count('summarySales', summary.count, { amount: money(summary.totalCents) })}
            </span>
            <span className="today-summary-paid" data-testid="today-summary-paid">
              {t.count('summaryPaid', summary.paidCount, { amount: money(summary.paidCents) })}
            </span>
            <span data-testid="today-summary-pending">
              {t.count('summaryPending', summary.pendingCount, { amount: money(summary.pendingCents) })}
            </span>
            {summary.refundCount > 0 && (
              <span className="today-summary-refunds" data-testid="today-summary-refunds">
                {t.count('summaryRefunds', summary.refundCount, { amount: money(summary.refundCents) })}
              </span>
            )}
            {summary.cancelledCount > 0 && (
              <span className="today-summary-cancelled">{t.count('summaryCancelled', summary.cancelledCount)}</span>
            )}
          </>
        )}
      </p>
      <button
        type="button"
        className="secondary-button"
        onClick={() => void exportCsv(language)}
        disabled={exportInFlight}
        data-testid="export-csv"
      >
        {exportInFlight && <Spinner />}
        {t('exportCsv')}
      </button>
      <ErrorText error={exportError} testId="export-error" />
    </div>
  )
}
