import type { PublicSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { ApiKeyForm } from './api-key-form'
import { ConnectionTest } from './connection-test'
import { EnvironmentChoice } from './environment-choice'

export function ConnectionSection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  return (
    <section className="settings-card">
      <h2>{t('sectionConnection')}</h2>
      <EnvironmentChoice environment={settings.environment} />
      <ApiKeyForm
        keyStatus={settings.keyStatus}
        keyStorage={settings.keyStorage}
        maxLength={settings.limits.apiKeyLength.max}
      />
      <ConnectionTest />
    </section>
  )
}
