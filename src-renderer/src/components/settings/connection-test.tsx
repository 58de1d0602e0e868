import { useState } from 'react'

import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { errorMessage } from '../../lib/words/error-messages'
import { useSettingsStore } from '../../stores/settings-store'
import { Spinner } from '../shared/spinner'

type TestState = { status: 'idle' } | { status: 'testing' } | { status: 'done'; ok: boolean; text: string }

/** Tests the saved settings (environment and key), not unsaved edits in the form below. */
export function ConnectionTest() {
  const t = useTranslate()
  const language = useLanguage()
  const testConnection = useSettingsStore((state) => state.testConnection)
  const [test, setTest] = useState<TestState>({ status: 'idle' })

  const run = async () => {
    setTest({ status: 'testing' })
    const result = await testConnection()
    if (!result.ok) {
      setTest({ status: 'done', ok: false, text: errorMessage(result.error, language) })
      return
    }
    setTest({ status: 'done', ok: true, text: t(result.value.demo ? 'connectedDemo' : 'connectedSecPaid') })
  }

  return (
    <div className="settings-group">
      <button
        type="button"
        className="secondary-button connection-test-button"
        disabled={test.status === 'testing'}
        onClick={() => void run()}
        data-testid="test-connection"
      >
        {test.status === 'testing' && <Spinner />}
        {test.status === 'testing' ? t('testingConnection') : t('testConnection')}
      </button>
      {test.status === 'done' && (
        <p className={test.ok ? 'success-text' : 'error-text'} role="status" data-testid="test-connection-result">
          {test.text}
        </p>
      )}
    </div>
  )
}
