import { useEffect } from 'react'

import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { errorMessage } from '../../lib/words/error-messages'
import { useDayCloseStore } from '../../stores/day-close-store'
import { useViewStore } from '../../stores/view-store'
import { DayCloseReportView } from './day-close-report'
import { StaleLinks } from './stale-links'

/** Counts and sums of a day or range beside SecPaid's record; print, PDF and the CSV for the accountant. */
export function DayCloseScreen() {
  const t = useTranslate()
  const language = useLanguage()
  const { from, to, report, loading, error, outputBusy, outputError, outputSaved } = useDayCloseStore()
  const { setRange, load, exportCsv, exportMoneyWayCsv, print, saveAsPdf } = useDayCloseStore.getState()
  const show = useViewStore((state) => state.show)

  useEffect(() => {
    void load()
  }, [load])

  return (
    <div className="books-screen" data-testid="day-close-screen">
      <header className="top-bar no-print">
        <button type="button" className="secondary-button" onClick={() => show('keypad')}>
          {t('booksBack')}
        </button>
        <h1>{t('dayCloseTitle')}</h1>
      </header>
      <div className="books-body">
        <form
          className="history-filters no-print"
          onSubmit={(event) => {
            event.preventDefault()
            void load()
          }}
        >
          <label>
            {t('dayCloseFrom')}
            <input
              type="date"
              value={from}
              required
              onChange={(event) => setRange(event.target.value, to < event.target.value ? event.target.value : to)}
              data-testid="day-close-from"
            />
          </label>
          <label>
            {t('dayCloseTo')}
            <input
              type="date"
              value={to}
              required
              onChange={(event) => setRange(from, event.target.value)}
              data-testid="day-close-to"
            />
          </label>
          <button type="submit" className="primary-button" disabled={loading} data-testid="day-close-show">
            {t('dayCloseShow')}
          </button>
        </form>
        <div className="sale-actions no-print">
          <button
            type="button"
            className="secondary-button"
            disabled={outputBusy || report === null}
            onClick={() => void print()}
            data-testid="day-close-print"
          >
            {t('dayClosePrint')}
          </button>
          <button
            type="button"
            className="secondary-button"
            disabled={outputBusy || report === null}
            onClick={() => void saveAsPdf()}
            data-testid="day-close-pdf"
          >
            {t('dayClosePdf')}
          </button>
          <button
            type="button"
            className="secondary-button"
            disabled={outputBusy}
            onClick={() => void exportCsv(language)}
            data-testid="day-close-csv"
          >
            {t('dayCloseCsv')}
          </button>
          <button
            type="button"
            className="secondary-button"
            disabled={outputBusy || report?.moneyWay == null}
            onClick={() => void exportMoneyWayCsv(language)}
            data-testid="day-close-payouts-csv"
          >
            {t('moneyWayCsv')}
          </button>
        </div>
        {outputSaved && (
          <p role="status" className="no-print">
            {t('dayCloseSaved')}
          </p>
        )}
        {outputError !== null && (
          <p role="alert" className="no-print">
            {errorMessage(outputError, language)}
          </p>
        )}
        {error !== null && <p role="alert">{errorMessage(error, language)}</p>}
        <StaleLinks />
        {report !== null && <DayCloseReportView report={report} />}
      </div>
    </div>
  )
}
