import type { IpcError } from '../../../../src-preload/contract'
import { useCountdown } from '../../hooks/use-countdown'
import { useLanguage } from '../../hooks/use-translate'
import { errorMessage, type ErrorMessageOptions, rateLimitWaitSeconds } from '../../lib/words/error-messages'

interface ErrorTextProps extends ErrorMessageOptions {
  error: IpcError | null
  testId: string
}

/**
 * An IPC error as one human sentence, in the cashier's language where the app owns the words. A rate limit counts
 * its wait down to the moment the next try can work.
 */
export function ErrorText({ error, testId, retrying }: ErrorTextProps) {
  const language = useLanguage()
  const secondsLeft = useCountdown(error === null ? null : rateLimitWaitSeconds(error), error)
  if (error === null) return null
  return (
    <p className="error-text" role="alert" data-testid={testId}>
      {errorMessage(error, language, secondsLeft === null ? { retrying } : { retrying, secondsLeft })}
    </p>
  )
}
