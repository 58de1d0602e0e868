import type { CustomerScreenSettings, PublicSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { useCustomerDisplayStore } from '../../stores/customer-display-store'
import { ErrorText } from '../shared/error-text'
import { Spinner } from '../shared/spinner'
import { CheckboxField, TextField } from './form-fields'
import { refusedField, SaveStatus, TYPING_PAUSE_MS, useSavedSetting } from './saved-fields'

/**
 * The customer display's extras: a short idle message, and a guest Wi-Fi QR beside the pay QR (off by default, with
 * the warning to use a network apart from the till's). Saved as one, once typing pauses or a field is left.
 */
export function CustomerScreenCard({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const saved = useSavedSetting(
    'customer-screen-save',
    settings.customerScreen,
    (customerScreen: CustomerScreenSettings) => ({ patch: { customerScreen } }),
    TYPING_PAUSE_MS
  )
  const { limits } = settings
  const refused = refusedField(saved.status)
  const value = saved.value
  const wifi = (change: Partial<CustomerScreenSettings['wifi']>) =>
    saved.change({ ...value, wifi: { ...value.wifi, ...change } })

  return (
    <div className="display-extras" data-testid="settings-customer-screen">
      <h3 className="field-label">{t('customerScreenTitle')}</h3>
      <TextField
        label={t('idleMessage')}
        hint={t('idleMessageHint')}
        maxCharacters={limits.idleMessageLength.max}
        value={value.idleMessage}
        onChange={(idleMessage) => saved.change({ ...value, idleMessage })}
        onBlur={saved.commit}
        invalid={refused === 'customerScreen.idleMessage'}
        testId="idle-message-field"
      />
      <CheckboxField
        label={t('wifiShow')}
        hint={t('wifiShowHint')}
        checked={value.wifi.show}
        onChange={(show) => wifi({ show })}
        testId="wifi-show"
      />
      <p className="warning-text" data-testid="wifi-warning">
        {t('wifiWarning')}
      </p>
      <TextField
        label={t('wifiSsid')}
        maxCharacters={limits.wifiSsidLength.max}
        value={value.wifi.ssid}
        onChange={(ssid) => wifi({ ssid })}
        onBlur={saved.commit}
        invalid={refused?.startsWith('customerScreen.wifi') === true}
        testId="wifi-ssid"
      />
      <TextField
        label={t('wifiPassword')}
        hint={t('wifiPasswordHint')}
        maxCharacters={limits.wifiPasswordLength.max}
        value={value.wifi.password}
        onChange={(password) => wifi({ password })}
        onBlur={saved.commit}
        invalid={refused === 'customerScreen.wifi.password'}
        testId="wifi-password"
      />
      <SaveStatus status={saved.status} testId="customer-screen-save" />
      {/* What main holds is read with the pairing code, while a display is on (customer-display-card.tsx). */}
      {(settings.customerWindow || settings.lanDisplay) && <LogoChoice />}
    </div>
  )
}

/** The idle screen's logo: what is set, and the buttons that choose another or remove it. */
function LogoChoice() {
  const t = useTranslate()
  const info = useCustomerDisplayStore((state) => state.info)
  const inFlight = useCustomerDisplayStore((state) => state.logoInFlight)
  const error = useCustomerDisplayStore((state) => state.logoError)
  const { chooseLogo, removeLogo } = useCustomerDisplayStore.getState()
  const logo = info?.logo ?? null
  return (
    <div className="display-logo" data-testid="display-logo">
      <h3 className="field-label">{t('logo')}</h3>
      <p data-testid="display-logo-state">
        {logo === null
          ? t('logoNone')
          : t('logoChosen', { width: logo.width, height: logo.height, kilobytes: Math.ceil(logo.bytes / 1024) })}
      </p>
      <p className="field-hint">{t('logoHint')}</p>
      <ErrorText error={error} testId="display-logo-error" />
      <div className="button-row">
        <button
          type="button"
          className="secondary-button"
          onClick={() => void chooseLogo()}
          disabled={inFlight}
          data-testid="choose-logo"
        >
          {inFlight && <Spinner />}
          {t('chooseLogo')}
        </button>
        {logo !== null && (
          <button
            type="button"
            className="secondary-button"
            onClick={() => void removeLogo()}
            disabled={inFlight}
            data-testid="remove-logo"
          >
            {t('removeLogo')}
          </button>
        )}
      </div>
    </div>
  )
}
