import { useState } from 'react'

import type { AutoLockScope } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { errorMessage } from '../../lib/words/error-messages'
import { useSettingsStore } from '../../stores/settings-store'
import { ChoiceField } from './form-fields'

/** What auto-lock locks, saved on the spot: main enforces it, the lock screen follows it. */
export function AutoLockScopeChoice({ scope }: { scope: AutoLockScope }) {
  const t = useTranslate()
  const language = useLanguage()
  const update = useSettingsStore((state) => state.update)
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState<AutoLockScope | null>(null)

  const choose = async (next: AutoLockScope) => {
    setSaving(next)
    const result = await update({ autoLockScope: next })
    setSaving((current) => (current === next ? null : current))
    setFailure(result.ok ? null : errorMessage(result.error, language))
  }

  return (
    <div className="settings-group">
      <ChoiceField
        label={t('autoLockScope')}
        value={saving ?? scope}
        options={[
          { value: 'everything', label: t('autoLockScopeEverything') },
          { value: 'owner', label: t('autoLockScopeOwner') }
        ]}
        onChange={(next) => void choose(next)}
        testId="settings-auto-lock-scope"
      />
      {failure !== null && (
        <p className="error-text" role="alert" data-testid="auto-lock-scope-error">
          {failure}
        </p>
      )}
    </div>
  )
}
