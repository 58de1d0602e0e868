import { useRef, useState, type FormEvent } from 'react'
import type { IpcResult, PublicSettings } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { errorMessage } from '../../lib/error-messages'
import type { MessageKey } from '../../lib/i18n'
import { useSettingsStore } from '../../stores/settings-store'
import { Spinner } from '../shared/spinner'

type Outcome = { ok: boolean; text: string } | null

/**
 * Write-only: the field is never prefilled and the key is read from it only when saved, so it lives in
 * no React or store state; the app only ever learns whether a key is set.
 */
export function ApiKeyForm({ hasKey, maxLength }: { hasKey: boolean; maxLength: number }) {
  const t = useTranslate()
  const language = useLanguage()
  const setApiKey = useSettingsStore((state) => state.setApiKey)
  const removeApiKey = useSettingsStore((state) => state.removeApiKey)
  const keyInput = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  const run = async (action: () => Promise<IpcResult<PublicSettings>>, success: MessageKey) => {
    setBusy(true)
    const result = await action()
    setBusy(false)
    if (result.ok && keyInput.current !== null) keyInput.current.value = ''
    setOutcome(result.ok ? { ok: true, text: t(success) } : { ok: false, text: errorMessage(result.error, language) })
  }

  const saveKey = (event: FormEvent) => {
    event.preventDefault()
    const apiKey = keyInput.current?.value.trim() ?? ''
    if (apiKey === '') setOutcome({ ok: false, text: t('keyEmpty') })
    else void run(() => setApiKey(apiKey), 'keySaved')
  }

  return (
    <div className="settings-group">
      <h3 className="field-label">{t('apiKey')}</h3>
      <p className={`key-status${hasKey ? ' is-set' : ''}`} data-testid="api-key-status">
        {hasKey ? t('keySet') : t('noKeySet')}
      </p>
      <form className="api-key-form" onSubmit={saveKey}>
        <input
          ref={keyInput}
          type="password"
          className="text-input"
          aria-label={t('apiKey')}
          placeholder={t('apiKeyPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          maxLength={maxLength}
          data-testid="api-key-input"
        />
        <div className="button-row">
          <button type="submit" className="primary-button" disabled={busy} data-testid="save-api-key">
            {busy && <Spinner />}
            {t('saveKey')}
          </button>
          <button
            type="button"
            className="secondary-button"
            disabled={busy || !hasKey}
            onClick={() => void run(removeApiKey, 'keyRemoved')}
            data-testid="remove-api-key"
          >
            {t('removeKey')}
          </button>
        </div>
      </form>
      {outcome !== null && (
        <p className={outcome.ok ? 'success-text' : 'error-text'} role="status" data-testid="api-key-message">
          {outcome.text}
        </p>
      )}
    </div>
  )
}
