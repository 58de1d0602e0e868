import { isOfflineError } from '../../lib/words/error-messages'
import { useChargeStore } from '../../stores/charge-store'
import { ErrorText } from '../shared/error-text'

/**
 * Why the last charge made no link. An unreachable SecPaid is not said here: the offline banner is the one place
 * that speaks of the outage, and it also says that no link was made.
 */
export function ChargeError() {
  const chargeError = useChargeStore((state) => state.chargeError)
  if (chargeError === null || isOfflineError(chargeError)) return null
  return <ErrorText error={chargeError} testId="error-message" />
}
