import type { IpcError } from '../../../../src-preload/contract'
import { useLanguage } from '../../hooks/use-translate'
import { errorMessage, type ErrorMessageOptions } from '../../lib/error-messages'

interface ErrorTextProps extends ErrorMessageOptions {
  error: IpcError | null
  testId: string
}

/** An IPC error as one human sentence, in the cashier's language where the app owns the words. */
export function ErrorText({ error, testId, retrying }: ErrorTextProps) {
  const language = useLanguage()
  if (error === null) return null
  return (
    <p className="error-text" role="alert" data-testid={testId}>
      {errorMessage(error, language, { retrying })}
    </p>
  )
}
