import { useCheckNow } from '../../hooks/use-check-now'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { formatTime } from '../../lib/format-time'
import { ErrorText } from '../shared/error-text'
import { Spinner } from '../shared/spinner'

/**
 * For a customer who says they paid: one look-up now instead of waiting for the next poll. A paid link switches to
 * the Paid screen through main's event; a link still waiting says when it was checked.
 */
export function CheckNow({ reference }: { reference: string }) {
  const t = useTranslate()
  const language = useLanguage()
  const { inFlight, answer, error, check } = useCheckNow(reference)
  return (
    <div className="qr-check">
      <button
        type="button"
        className="secondary-button"
        onClick={check}
        disabled={inFlight}
        aria-busy={inFlight}
        data-testid="check-now"
      >
        {inFlight && <Spinner />}
        {inFlight ? t('checkingNow') : t('checkNow')}
      </button>
      {answer?.state === 'waiting' && !inFlight && (
        <p className="qr-check-result" role="status" data-testid="check-now-result">
          {t('checkNowPending', { time: formatTime(answer.checkedAt, language) })}
        </p>
      )}
      <ErrorText error={error} testId="check-now-error" />
    </div>
  )
}
