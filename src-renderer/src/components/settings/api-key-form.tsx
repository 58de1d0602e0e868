import { type FormEvent, useRef, useState } from 'react'

import type { ApiKeyStatus, IpcResult, KeyStorage, PublicSettings } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { errorMessage } from '../../lib/words/error-messages'
import type { MessageKey } from '../../lib/words/i18n'
import { useSettingsStore } from '../../stores/settings-store'
import { Spinner } from '../shared/spinner'
import { CheckboxField } from './form-fields'

type Outcome = { ok: boolean; text: string } | null

/** How the stored key is kept, and how a new one would be. */
const STORED_AS: Record<KeyStorage, MessageKey> = {
  encrypted: 'keyStoredEncrypted',
  weak: 'keyStoredWeak',
  unavailable: 'keyStoredPlain'
}
const WILL_BE: Record<KeyStorage, MessageKey> = {
  encrypted: 'keyWillBeEncrypted',
  weak: 'keyWillBeWeak',
  unavailable: 'keyWillBePlain'
}
const STATUS: Record<ApiKeyStatus['state'], MessageKey> = {
  none: 'noKeySet',
  set: 'keySet',
  undecryptable: 'keyUndecryptable'
}

interface ApiKeyFormProps {
  keyStatus: ApiKeyStatus
  /** How a key saved now would be kept: anything but `encrypted` is stored only once the owner agrees. */
  keyStorage: KeyStorage
  maxLength: number
}

/**
 * Write-only: the field is never prefilled and the key is read from it only when saved, so it lives in
 * no React or store state; the app only ever learns whether a key is set and how it is kept.
 */
export function ApiKeyForm({ keyStatus, keyStorage, maxLength }: ApiKeyFormProps) {
  const t = useTranslate()
  const language = useLanguage()
  const setApiKey = useSettingsStore((state) => state.setApiKey)
  const removeApiKey = useSettingsStore((state) => state.removeApiKey)
  const keyInput = useRef<HTMLInputElement>(null)
  const [storeUnencrypted, setStoreUnencrypted] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const needsConsent = keyStorage !== 'encrypted'

  const run = async (action: () => Promise<IpcResult<PublicSettings>>, success: MessageKey) => {
    setBusy(true)
    const result = await action()
    setBusy(false)
    if (result.ok) {
      if (keyInput.current !== null) keyInput.current.value = ''
      setStoreUnencrypted(false)
    }
    setOutcome(result.ok ? { ok: true, text: t(success) } : { ok: false, text: errorMessage(result.error, language) })
  }

  const saveKey = (event: FormEvent) => {
    event.preventDefault()
    const apiKey = keyInput.current?.value.trim() ?? ''
    if (apiKey === '') setOutcome({ ok: false, text: t('keyEmpty') })
    else void run(() => setApiKey(apiKey, needsConsent && storeUnencrypted), 'keySaved')
  }

  return (
    <div className="settings-group">
      <h3 className="field-label">{t('apiKey')}</h3>
      <p className={`key-status is-${keyStatus.state}`} data-testid="api-key-status">
        {t(STATUS[keyStatus.state])}
      </p>
      {keyStatus.state === 'set' && (
        <p
          className={keyStatus.storedAs === 'encrypted' ? 'field-hint' : 'warning-text'}
          data-testid="api-key-stored-as"
        >
          {t(STORED_AS[keyStatus.storedAs])}
        </p>
      )}
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
        <p className={needsConsent ? 'warning-text' : 'field-hint'} data-testid="api-key-storage">
          {t(WILL_BE[keyStorage])}
        </p>
        {needsConsent && (
          <CheckboxField
            label={t('keyStoreAnyway')}
            checked={storeUnencrypted}
            disabled={busy}
            onChange={setStoreUnencrypted}
            testId="api-key-store-unencrypted"
          />
        )}
        <div className="button-row">
          <button type="submit" className="primary-button" disabled={busy} data-testid="save-api-key">
            {busy && <Spinner />}
            {t('saveKey')}
          </button>
          <button
            type="button"
            className="secondary-button"
            disabled={busy || keyStatus.state === 'none'}
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
