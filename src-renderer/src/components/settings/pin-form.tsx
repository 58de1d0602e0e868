import { type FormEvent, useState } from 'react'

import type { NumberRange, PinWrongTries } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { newPinProblem, pinDigits } from '../../lib/model/settings-pin'
import { errorMessage } from '../../lib/words/error-messages'
import type { MessageKey } from '../../lib/words/i18n'
import { useSettingsStore } from '../../stores/settings-store'
import { Spinner } from '../shared/spinner'

type Outcome = { ok: boolean; text: string } | null

/**
 * Sets, changes or removes the settings PIN. Typed twice: in kiosk mode a mistyped PIN would lock the owner out.
 * The digits are held only until saved and never prefilled.
 */
export function PinForm({
  pinSet,
  digits,
  wrongTries
}: {
  pinSet: boolean
  digits: NumberRange
  wrongTries: PinWrongTries
}) {
  const t = useTranslate()
  const language = useLanguage()
  const setPin = useSettingsStore((state) => state.setPin)
  const [newPin, setNewPin] = useState('')
  const [repeated, setRepeated] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  const run = async (pin: string | null, success: MessageKey) => {
    setBusy(true)
    const result = await setPin(pin)
    setBusy(false)
    if (result.ok) {
      setNewPin('')
      setRepeated('')
    }
    setOutcome(result.ok ? { ok: true, text: t(success) } : { ok: false, text: errorMessage(result.error, language) })
  }

  const save = (event: FormEvent) => {
    event.preventDefault()
    const problem = newPinProblem(newPin, repeated, digits)
    if (problem !== null) setOutcome({ ok: false, text: t(problem, digits) })
    else void run(newPin, 'pinSaved')
  }

  return (
    <div className="settings-group">
      <h3 className="field-label">{t('settingsPin')}</h3>
      <p className={`key-status${pinSet ? ' is-set' : ''}`} data-testid="settings-pin-status">
        {pinSet ? t('pinIsSet') : t('pinNotSet')}
      </p>
      {pinSet && (
        <p className="field-hint" data-testid="settings-pin-wrong-tries">
          {t('pinWrongTries', { before: wrongTries.beforeLastCorrect, since: wrongTries.sinceLastCorrect })}
        </p>
      )}
      <form className="pin-form" onSubmit={save} noValidate>
        <div className="pin-fields">
          <PinField
            label={t('pinNew', digits)}
            value={newPin}
            onChange={setNewPin}
            digits={digits}
            testId="settings-pin-new"
          />
          <PinField
            label={t('pinRepeat')}
            value={repeated}
            onChange={setRepeated}
            digits={digits}
            testId="settings-pin-repeat"
          />
        </div>
        <p className="field-hint" data-testid="settings-pin-recommended">
          {t('pinRecommended')}
        </p>
        <div className="button-row">
          <button type="submit" className="primary-button" disabled={busy} data-testid="settings-pin-save">
            {busy && <Spinner />}
            {pinSet ? t('pinChange') : t('pinSave')}
          </button>
          <button
            type="button"
            className="secondary-button"
            disabled={busy || !pinSet}
            onClick={() => void run(null, 'pinRemoved')}
            data-testid="settings-pin-remove"
          >
            {t('pinRemove')}
          </button>
        </div>
      </form>
      {outcome !== null && (
        <p className={outcome.ok ? 'success-text' : 'error-text'} role="status" data-testid="settings-pin-message">
          {outcome.text}
        </p>
      )}
    </div>
  )
}

interface PinFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  digits: NumberRange
  testId: string
}

function PinField({ label, value, onChange, digits, testId }: PinFieldProps) {
  return (
    <label className="form-field">
      <span className="field-label">{label}</span>
      <input
        type="password"
        className="text-input pin-field"
        value={value}
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={digits.max}
        onChange={(event) => onChange(pinDigits(event.target.value, digits))}
        data-testid={testId}
      />
    </label>
  )
}
