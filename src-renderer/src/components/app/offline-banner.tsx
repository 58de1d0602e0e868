import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { connectionProblemMessage, lastAnswerMessage } from '../../lib/connection-messages'
import { isOfflineError } from '../../lib/error-messages'
import { useConnectionStore } from '../../stores/connection-store'
import { useHelpStore } from '../../stores/help-store'
import { useSaleStore } from '../../stores/sale-store'
import { useViewStore } from '../../stores/view-store'

/**
 * The one message about the connection to SecPaid: the charge error and the pending list say nothing of their own
 * about an outage, so one outage never shows up three times. While SecPaid is unreachable it says what that means
 * where the cashier is (on the QR screen that paid detection goes on, after a failed charge that no link was made);
 * whenever main's last request failed it names what fails, from main's kind, with the time of the last good answer,
 * and leads to the help for when the network goes away.
 */
export function OfflineBanner() {
  const t = useTranslate()
  const language = useLanguage()
  const offline = useConnectionStore((state) => state.offline)
  const problem = useConnectionStore((state) => state.problem)
  const lastAnswerAt = useConnectionStore((state) => state.lastAnswerAt)
  const showHelp = useHelpStore((state) => state.show)
  const watching = useViewStore((state) => state.screen === 'qr')
  const chargeFailedOffline = useSaleStore((state) => state.chargeError !== null && isOfflineError(state.chargeError))
  if (!offline && problem === null) return null
  const situation = watching ? 'offlineWatching' : chargeFailedOffline ? 'chargeFailedOffline' : 'offlineBanner'
  return (
    <div className="banner banner-offline connection-banner" role="alert" data-testid="connection-banner">
      <p className="connection-banner-text">
        {offline && <span data-testid="offline-banner">{t(situation)}</span>}{' '}
        {problem !== null && (
          <span data-testid="connection-problem">
            {connectionProblemMessage(problem, language)} {lastAnswerMessage(lastAnswerAt, language)}
          </span>
        )}
      </p>
      <button type="button" className="banner-button" onClick={showHelp} data-testid="connection-help">
        {t('connectionHelpOpen')}
      </button>
    </div>
  )
}
