import { useState } from 'react'

import type { Environment } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { errorMessage } from '../../lib/words/error-messages'
import { useSettingsStore } from '../../stores/settings-store'
import { ChoiceField } from './form-fields'

/** Saved on the spot: which key is set, Demo or not, and what "Test connection" tests all follow from it. */
export function EnvironmentChoice({ environment }: { environment: Environment }) {
  const t = useTranslate()
  const language = useLanguage()
  const update = useSettingsStore((state) => state.update)
  const [failure, setFailure] = useState<string | null>(null)
  // Shown as chosen while main saves it, so the tap shows at once; a refused change falls back to the saved one.
  const [saving, setSaving] = useState<Environment | null>(null)

  const choose = async (next: Environment) => {
    setSaving(next)
    const result = await update({ environment: next })
    setSaving((current) => (current === next ? null : current))
    setFailure(result.ok ? null : errorMessage(result.error, language))
  }

  return (
    <div className="settings-group">
      <ChoiceField
        label={t('environment')}
        value={saving ?? environment}
        options={[
          { value: 'demo', label: t('environmentDemo') },
          { value: 'development', label: t('environmentDevelopment') },
          { value: 'production', label: t('environmentProduction') }
        ]}
        onChange={(next) => void choose(next)}
        testId="settings-environment"
      />
      {failure !== null && (
        <p className="error-text" role="alert" data-testid="environment-error">
          {failure}
        </p>
      )}
    </div>
  )
}
