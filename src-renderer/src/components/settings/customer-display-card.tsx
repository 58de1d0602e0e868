import { useEffect } from 'react'

import type { PublicSettings } from '../../../../src-preload/contract'
import { useQrImage } from '../../hooks/use-qr-image'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { wholeNumberPatch } from '../../lib/model/setting-patches'
import { displayProblemMessage } from '../../lib/words/error-messages'
import { useCustomerDisplayStore } from '../../stores/customer-display-store'
import { ErrorText } from '../shared/error-text'
import { Spinner } from '../shared/spinner'
import { CustomerScreenCard } from './customer-screen-card'
import { SavedCheckbox, SavedTextField } from './saved-fields'

/** The customer-facing screens: a window on a second monitor, and phones or tablets on the local network. */
export function CustomerDisplayCard({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  return (
    <section className="settings-card" data-testid="settings-customer-display">
      <h2>{t('sectionCustomerDisplay')}</h2>
      <SavedCheckbox
        label={t('customerWindow')}
        hint={t('customerWindowHint')}
        saved={settings.customerWindow}
        toPatch={(customerWindow) => ({ patch: { customerWindow } })}
        testId="settings-customer-window"
      />
      <SavedCheckbox
        label={t('lanDisplay')}
        saved={settings.lanDisplay}
        toPatch={(lanDisplay) => ({ patch: { lanDisplay } })}
        testId="settings-lan-display"
      />
      {settings.lanDisplay && (
        <>
          <p className="warning-text" data-testid="lan-display-warning">
            {t('lanDisplayWarning')}
          </p>
          <SavedTextField
            label={t('lanDisplayPort')}
            hint={t('lanDisplayPortHint', settings.limits.lanDisplayPort)}
            saved={String(settings.lanDisplayPort)}
            toPatch={wholeNumberPatch('lanDisplayPort', settings.limits.lanDisplayPort)}
            inputMode="numeric"
            maxLength={5}
            testId="settings-lan-port"
          />
        </>
      )}
      {(settings.customerWindow || settings.lanDisplay) && (
        <CustomerDisplayInfoPanel
          lanDisplay={settings.lanDisplay}
          lanDisplayPort={settings.lanDisplayPort}
          customerWindow={settings.customerWindow}
        />
      )}
      <CustomerScreenCard settings={settings} />
    </section>
  )
}

interface InfoPanelProps {
  customerWindow: boolean
  lanDisplay: boolean
  lanDisplayPort: number
}

/** Pairing code, addresses and a QR that opens the display already paired; asked again whenever the saved setup changes. */
function CustomerDisplayInfoPanel({ customerWindow, lanDisplay, lanDisplayPort }: InfoPanelProps) {
  const t = useTranslate()
  const language = useLanguage()
  const info = useCustomerDisplayStore((state) => state.info)
  const error = useCustomerDisplayStore((state) => state.error)
  const newCodeInFlight = useCustomerDisplayStore((state) => state.newCodeInFlight)
  const newPairingCode = useCustomerDisplayStore((state) => state.newPairingCode)
  const pairingChanges = useCustomerDisplayStore((state) => state.pairingChanges)

  useEffect(() => {
    void useCustomerDisplayStore.getState().load()
  }, [customerWindow, lanDisplay, lanDisplayPort, pairingChanges])

  const firstUrl = info?.lanUrls[0]
  return (
    <div className="display-info" data-testid="display-info">
      <ErrorText error={error} testId="display-info-error" />
      {info === null ? (
        error === null && <Spinner />
      ) : (
        <>
          {info.problem !== null && (
            <p className="error-text" role="alert" data-testid="display-problem">
              {displayProblemMessage(info.problem, language)}
            </p>
          )}
          {info.pairingPaused ? (
            <p className="error-text" role="alert" data-testid="pairing-paused">
              {t('pairingPaused')}
            </p>
          ) : (
            info.codeChangesForWrongCodes > 0 && (
              <p className="warning-text" role="status" data-testid="pairing-code-changed">
                {t('pairingCodeChanged', { count: info.codeChangesForWrongCodes })}
              </p>
            )
          )}
          <div className="display-pairing">
            <div className="display-pairing-text">
              <h3 className="field-label">{t('pairingCode')}</h3>
              <p className="pairing-code" data-testid="pairing-code">
                {info.pairingCode}
              </p>
              {firstUrl !== undefined && <p className="field-hint">{t('pairingCodeHint')}</p>}
              {lanDisplay && info.lanUrls.length === 0 && info.problem === null && (
                <p className="field-hint">{t('lanNoAddress')}</p>
              )}
              {info.lanUrls.length > 0 && (
                <>
                  <h3 className="field-label">{t('lanUrls')}</h3>
                  <ul className="lan-urls" data-testid="lan-urls">
                    {info.lanUrls.map((url) => (
                      <li key={url}>{url}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
            {firstUrl !== undefined && !info.pairingPaused && <LanQr url={`${firstUrl}#code=${info.pairingCode}`} />}
          </div>
          <div className="button-row">
            <button
              type="button"
              className="secondary-button"
              onClick={() => void newPairingCode()}
              disabled={newCodeInFlight}
              data-testid="new-pairing-code"
            >
              {newCodeInFlight && <Spinner />}
              {t('newPairingCode')}
            </button>
          </div>
          <p className="field-hint">{t('newPairingCodeHint')}</p>
        </>
      )}
    </div>
  )
}

/** Drawn here with the same local QR library as payment codes: the address and code go to no third party. */
function LanQr({ url }: { url: string }) {
  const t = useTranslate()
  const image = useQrImage(url, null)
  if (image.status !== 'ready') return null
  return <img className="lan-qr" src={image.src} alt={t('lanQrAlt')} data-testid="lan-qr" />
}
