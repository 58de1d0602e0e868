import { useState } from 'react'

import type { IpcError, PublicSettings } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { wholeNumberPatch } from '../../lib/model/setting-patches'
import { errorMessage } from '../../lib/words/error-messages'
import { useSettingsStore } from '../../stores/settings-store'
import { ConfirmDialog } from '../shared/confirm-dialog'
import { ErrorText } from '../shared/error-text'
import { AutoLockScopeChoice } from './auto-lock-scope-choice'
import { CheckboxField } from './form-fields'
import { PinForm } from './pin-form'
import { SavedTextField } from './saved-fields'

/** Kiosk mode, the PIN that guards the settings, and Quit: each acts on the spot, not with "Save settings". */
export function SecuritySection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  return (
    <section className="settings-card" data-testid="settings-security">
      <h2>{t('sectionSecurity')}</h2>
      <KioskToggle kioskMode={settings.kioskMode} pinSet={settings.pinSet} />
      <PinForm pinSet={settings.pinSet} digits={settings.limits.pinDigits} wrongTries={settings.pinWrongTries} />
      <SavedTextField
        label={t('autoLockMinutes')}
        hint={t(settings.pinSet ? 'autoLockMinutesHint' : 'autoLockNeedsPin', settings.limits.autoLockMinutes)}
        saved={String(settings.autoLockMinutes)}
        toPatch={wholeNumberPatch('autoLockMinutes', settings.limits.autoLockMinutes)}
        inputMode="numeric"
        maxLength={3}
        testId="settings-auto-lock"
      />
      <AutoLockScopeChoice scope={settings.autoLockScope} />
      <QuitButton />
    </section>
  )
}

function KioskToggle({ kioskMode, pinSet }: { kioskMode: boolean; pinSet: boolean }) {
  const t = useTranslate()
  const language = useLanguage()
  const update = useSettingsStore((state) => state.update)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  // Saved at once: the window goes full screen (or back) as soon as main has the setting.
  const toggle = async (next: boolean) => {
    setBusy(true)
    const result = await update({ kioskMode: next })
    setBusy(false)
    setFailure(result.ok ? null : errorMessage(result.error, language))
  }

  return (
    <div className="settings-group">
      <CheckboxField
        label={t('kioskMode')}
        hint={t('kioskModeHint')}
        checked={kioskMode}
        disabled={busy}
        onChange={(next) => void toggle(next)}
        testId="settings-kiosk"
      />
      {kioskMode && !pinSet && (
        <p className="warning-text" data-testid="kiosk-without-pin">
          {t('kioskWithoutPin')}
        </p>
      )}
      {failure !== null && (
        <p className="error-text" role="alert" data-testid="kiosk-error">
          {failure}
        </p>
      )}
    </div>
  )
}

function QuitButton() {
  const t = useTranslate()
  const quitApp = useSettingsStore((state) => state.quitApp)
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<IpcError | null>(null)

  const quit = async () => {
    setConfirming(false)
    const result = await quitApp()
    setError(result.ok ? null : result.error)
  }

  return (
    <div className="settings-group">
      <div className="button-row">
        <button type="button" className="danger-button" onClick={() => setConfirming(true)} data-testid="settings-quit">
          {t('quitApp')}
        </button>
      </div>
      <p className="field-hint">{t('quitHint')}</p>
      <ErrorText error={error} testId="quit-error" />
      {confirming && (
        <ConfirmDialog
          title={t('quitConfirmTitle')}
          text={t('quitConfirmText')}
          confirmLabel={t('quitConfirm')}
          keepLabel={t('cancel')}
          onConfirm={() => void quit()}
          onKeep={() => setConfirming(false)}
        />
      )}
    </div>
  )
}
