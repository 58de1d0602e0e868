import { useId, useState, type FormEvent, type ReactNode } from 'react'
import type { EntryMode, Language, PublicSettings } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { errorMessage } from '../../lib/error-messages'
import { translate } from '../../lib/i18n'
import { draftFromSettings, patchFromDraft, type DraftChange, type SettingsDraft } from '../../lib/settings-draft'
import { useSettingsStore } from '../../stores/settings-store'
import { CustomerDisplayCard } from './customer-display-card'
import { CheckboxField, ChoiceField, NumberField, TextField } from './form-fields'
import { Spinner } from '../shared/spinner'

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'done'; ok: boolean; text: string }

interface SettingsFormProps {
  settings: PublicSettings
  /** Sections that save on their own, shown above and below the form's cards in the same scrolling column. */
  before: ReactNode
  after: ReactNode
}

/**
 * Counter, link defaults and customer display, saved together by the button in the footer, which stays at the
 * window's bottom edge while the cards scroll above it. The environment, key, kiosk mode and PIN save on their own.
 */
export function SettingsForm({ settings, before, after }: SettingsFormProps) {
  const t = useTranslate()
  const formId = useId()
  const language = useLanguage()
  const update = useSettingsStore((state) => state.update)
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings))
  const [save, setSave] = useState<SaveState>({ status: 'idle' })

  const change: DraftChange = (key) => (value) => setDraft((current) => ({ ...current, [key]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const checked = patchFromDraft(draft, settings.limits)
    if ('invalid' in checked) {
      const refusal = { code: 'invalid_request', field: checked.invalid } as const
      setSave({ status: 'done', ok: false, text: errorMessage(refusal, language, { limits: settings.limits }) })
      return
    }
    setSave({ status: 'saving' })
    const result = await update(checked.patch)
    if (!result.ok) {
      setSave({ status: 'done', ok: false, text: errorMessage(result.error, language, { limits: settings.limits }) })
      return
    }
    setDraft(draftFromSettings(result.value))
    // In the language just saved: `t` still speaks the one this render started with.
    setSave({ status: 'done', ok: true, text: translate(result.value.language, 'settingsSaved') })
  }

  const entryModes: { value: EntryMode; label: string }[] = [
    { value: 'cents', label: t('entryModeCents') },
    { value: 'decimal', label: t('entryModeDecimal') }
  ]
  // Each language in its own words, so whoever cannot read the current one still finds theirs.
  const languages: { value: Language; label: string }[] = [
    { value: 'de', label: 'Deutsch' },
    { value: 'en', label: 'English' }
  ]

  return (
    <>
      <div className="settings-body">
        <div className="settings-column">
          {before}
          <form id={formId} className="settings-form" onSubmit={(event) => void submit(event)} noValidate>
            <section className="settings-card">
              <h2>{t('sectionCounter')}</h2>
              <TextField
                label={t('maxAmount')}
                value={draft.maxAmountEuros}
                onChange={change('maxAmountEuros')}
                inputMode="decimal"
                maxLength={12}
                testId="settings-max-amount"
              />
              <ChoiceField
                label={t('entryMode')}
                value={draft.entryMode}
                options={entryModes}
                onChange={change('entryMode')}
                testId="settings-entry-mode"
              />
              <ChoiceField
                label={t('language')}
                value={draft.language}
                options={languages}
                onChange={change('language')}
                testId="settings-language"
              />
              <TextField
                label={t('deviceName')}
                value={draft.deviceName}
                onChange={change('deviceName')}
                maxLength={settings.limits.deviceNameLength.max}
                testId="settings-device-name"
              />
              <CheckboxField
                label={t('paidSound')}
                checked={draft.paidSound}
                onChange={change('paidSound')}
                testId="settings-paid-sound"
              />
              <NumberField
                label={t('paidScreenSeconds')}
                hint={t('paidScreenSecondsHint', settings.limits.paidScreenSeconds)}
                value={draft.paidScreenSeconds}
                min={settings.limits.paidScreenSeconds.min}
                max={settings.limits.paidScreenSeconds.max}
                onChange={change('paidScreenSeconds')}
                testId="settings-paid-seconds"
              />
              <NumberField
                label={t('tillsOnKey')}
                hint={t('tillsOnKeyHint', settings.limits.tillsOnKey)}
                value={draft.tillsOnKey}
                min={settings.limits.tillsOnKey.min}
                max={settings.limits.tillsOnKey.max}
                onChange={change('tillsOnKey')}
                testId="settings-tills-on-key"
              />
              <NumberField
                label={t('slowCheckAfterHours')}
                hint={t('slowCheckAfterHoursHint', settings.limits.slowCheckAfterHours)}
                value={draft.slowCheckAfterHours}
                min={settings.limits.slowCheckAfterHours.min}
                max={settings.limits.slowCheckAfterHours.max}
                onChange={change('slowCheckAfterHours')}
                testId="settings-slow-check-hours"
              />
            </section>

            <section className="settings-card">
              <h2>{t('sectionLinkDefaults')}</h2>
              <TextField
                label={t('noteTemplate')}
                hint={t('noteTemplateHint')}
                value={draft.noteTemplate}
                onChange={change('noteTemplate')}
                maxLength={settings.limits.noteTemplateLength.max}
                testId="settings-note-template"
              />
              <TextField
                label={t('callbackUrl')}
                hint={t('callbackUrlHint')}
                value={draft.callbackUrl}
                onChange={change('callbackUrl')}
                maxLength={settings.limits.callbackUrlLength.max}
                testId="settings-callback-url"
              />
              <TextField
                label={t('paymentEndpoint')}
                hint={t('paymentEndpointHint')}
                value={draft.paymentEndpoint}
                onChange={change('paymentEndpoint')}
                maxLength={settings.limits.paymentEndpointLength.max}
                testId="settings-payment-endpoint"
              />
              <TextField
                label={t('bankStatementDescription')}
                value={draft.bankStatementDescription}
                onChange={change('bankStatementDescription')}
                maxLength={settings.limits.bankStatementDescriptionLength.max}
                testId="settings-bank-statement"
              />
              <CheckboxField
                label={t('cancellable')}
                checked={draft.cancellable}
                onChange={change('cancellable')}
                testId="settings-cancellable"
              />
              <CheckboxField
                label={t('bankTransfer')}
                checked={draft.bankTransfer}
                onChange={change('bankTransfer')}
                testId="settings-bank-transfer"
              />
            </section>

            <CustomerDisplayCard settings={settings} draft={draft} change={change} />
          </form>
          {after}
        </div>
      </div>

      <footer className="settings-save">
        <div className="settings-save-inner">
          {save.status === 'done' && (
            <p className={save.ok ? 'success-text' : 'error-text'} role="status" data-testid="settings-save-message">
              {save.text}
            </p>
          )}
          <button
            type="submit"
            form={formId}
            className="primary-button"
            disabled={save.status === 'saving'}
            data-testid="settings-save"
          >
            {save.status === 'saving' && <Spinner />}
            {save.status === 'saving' ? t('savingSettings') : t('saveSettings')}
          </button>
        </div>
      </footer>
    </>
  )
}
