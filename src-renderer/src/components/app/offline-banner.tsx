import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { connectionProblemMessage, lastAnswerMessage } from '../../lib/words/connection-messages'
import { isOfflineError } from '../../lib/words/error-messages'
import { useChargeStore } from '../../stores/charge-store'
import { useConnectionStore } from '../../stores/connection-store'
import { useViewStore } from '../../stores/view-store'

/**
 * The one message about the connection to SecPaid: the charge error and the pending list say nothing of their own
 * about an outage, so one outage never shows up three times. Whenever main's last request failed it names what
 * fails, from main's kind, with the time of the last good answer; while SecPaid is unreachable it also says what
 * that means where the cashier is (on the QR screen that paid detection goes on, after a failed charge that no link
 * was made). It stays one line of text: a button in it would push Charge out of a 1024×600 window (and the note field
 * out of a portrait one); the help is the top bar's "?" and F1.
 */
export function OfflineBanner() {
  const t = useTranslate()
  const language = useLanguage()
  const offline = useConnectionStore((state) => state.offline)
  const problem = useConnectionStore((state) => state.problem)
  const lastAnswerAt = useConnectionStore((state) => state.lastAnswerAt)
  const watching = useViewStore((state) => state.screen === 'qr')
  const chargeFailedOffline = useChargeStore((state) => state.chargeError !== null && isOfflineError(state.chargeError))
  if (!offline && problem === null) return null
  // On the keypad with nothing failed, what fails says it all; on the QR and after a failed charge, what it means too.
  const situation = watching
    ? 'offlineWatching'
    : chargeFailedOffline
      ? 'chargeFailedOffline'
      : problem === null
        ? 'offlineBanner'
        : null
  return (
    <div className="banner banner-offline connection-banner" role="alert" data-testid="connection-banner">
      <p className="connection-banner-text">
        {offline && situation !== null && <span data-testid="offline-banner">{t(situation)}</span>}{' '}
        {problem !== null && (
          <span data-testid="connection-problem">
            {connectionProblemMessage(problem, language)} {lastAnswerMessage(lastAnswerAt, language)}
          </span>
        )}
      </p>
    </div>
  )
}
