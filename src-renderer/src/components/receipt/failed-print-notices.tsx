import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { errorMessage } from '../../lib/error-messages'
import { useFailedPrintStore } from '../../stores/failed-print-store'
import { useHistoryStore } from '../../stores/history-store'
import { useViewStore } from '../../stores/view-store'

/**
 * A receipt printed on Paid that did not print: which sale, why, and the way to print it again (the sale in History,
 * with its Print receipt button). It stays until the cashier opens the sale or dismisses it.
 */
export function FailedPrintNotices() {
  const t = useTranslate()
  const language = useLanguage()
  const failedPrints = useFailedPrintStore((state) => state.failedPrints)
  const dismiss = useFailedPrintStore((state) => state.dismiss)
  if (failedPrints.length === 0) return null

  const openInHistory = (reference: string) => {
    dismiss(reference)
    useViewStore.getState().show('history')
    void useHistoryStore.getState().openSale(reference)
  }

  return (
    <div className="failed-prints" data-testid="failed-prints">
      {failedPrints.map(({ reference, reason, printerName }) => (
        <div key={reference} className="failed-print" role="alert" data-testid="failed-print">
          <p>
            <strong>{t('printOnPaidFailed', { reference })}</strong>{' '}
            {errorMessage({ code: 'print_failed', reason, printerName }, language)}
          </p>
          <div className="failed-print-actions">
            <button
              type="button"
              className="primary-button"
              onClick={() => openInHistory(reference)}
              data-testid="failed-print-open"
            >
              {t('printOnPaidOpenInHistory')}
            </button>
            <button
              type="button"
              className="secondary-button"
              onClick={() => dismiss(reference)}
              data-testid="failed-print-dismiss"
            >
              {t('printOnPaidDismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  )
}
