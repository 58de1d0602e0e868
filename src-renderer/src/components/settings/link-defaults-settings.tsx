import type { PublicSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { SavedCheckbox, SavedTextField } from './saved-fields'

/** What every new payment link is made with; main merges `linkDefaults` field by field. */
export function LinkDefaultsSettings({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const { linkDefaults, limits } = settings
  return (
    <section className="settings-card" data-testid="settings-link-defaults">
      <h2>{t('sectionLinkDefaults')}</h2>
      <SavedTextField
        label={t('noteTemplate')}
        hint={t('noteTemplateHint')}
        saved={linkDefaults.noteTemplate}
        toPatch={(noteTemplate) => ({ patch: { linkDefaults: { noteTemplate } } })}
        maxCharacters={limits.noteTemplateLength.max}
        testId="settings-note-template"
      />
      <SavedTextField
        label={t('callbackUrl')}
        hint={t('callbackUrlHint')}
        saved={linkDefaults.callbackUrl}
        toPatch={(callbackUrl) => ({ patch: { linkDefaults: { callbackUrl } } })}
        maxLength={limits.callbackUrlLength.max}
        testId="settings-callback-url"
      />
      <SavedTextField
        label={t('paymentEndpoint')}
        hint={t('paymentEndpointHint')}
        saved={linkDefaults.paymentEndpoint}
        toPatch={(paymentEndpoint) => ({ patch: { linkDefaults: { paymentEndpoint } } })}
        maxLength={limits.paymentEndpointLength.max}
        testId="settings-payment-endpoint"
      />
      <SavedTextField
        label={t('bankStatementDescription')}
        saved={linkDefaults.bankStatementDescription}
        toPatch={(bankStatementDescription) => ({ patch: { linkDefaults: { bankStatementDescription } } })}
        maxCharacters={limits.bankStatementDescriptionLength.max}
        testId="settings-bank-statement"
      />
      <SavedCheckbox
        label={t('cancellable')}
        saved={linkDefaults.cancellable}
        toPatch={(cancellable) => ({ patch: { linkDefaults: { cancellable } } })}
        testId="settings-cancellable"
      />
      <SavedCheckbox
        label={t('bankTransfer')}
        saved={linkDefaults.bankTransfer}
        toPatch={(bankTransfer) => ({ patch: { linkDefaults: { bankTransfer } } })}
        testId="settings-bank-transfer"
      />
    </section>
  )
}
