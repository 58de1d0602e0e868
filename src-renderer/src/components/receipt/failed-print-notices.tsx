import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { errorMessage } from '../../lib/words/error-messages'
import { useFailedPrintStore } from '../../stores/failed-print-store'
import { useHistoryStore } from '../../stores/history-store'
import { useViewStore } from '../../stores/view-store'

/**
 * A receipt printed on Paid that did not print: which sale, why, and the way to print it again (the sale in History,
 * with its Print receipt button). A banner in the flow, never over the keys; it stays until the cashier opens the
 * sale or dismisses it, and the next failure, if any, shows then.
 */
export function FailedPrintNotices() {
  const t = useTranslate()
  const language = useLanguage()
  const failure = useFailedPrintStore((state) => state.failedPrints.at(-1))
  const dismiss = useFailedPrintStore((state) => state.dismiss)
  if (failure === undefined) return null
  const { reference, reason, printerName } = failure

  const openInHistory = () => {
    dismiss(reference)
    useViewStore.getState().show('history')
    void useHistoryStore.getState().openSale(reference)
  }

  return (
    <div className="banner banner-notice failed-print" role="alert" data-testid="failed-print">
      <span>
        <strong>{t('printOnPaidFailed', { reference })}</strong>{' '}
        {errorMessage({ code: 'print_failed', reason, printerName }, language)}
      </span>
      <button type="button" className="primary-button" onClick={openInHistory} data-testid="failed-print-open">
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
  )
}
