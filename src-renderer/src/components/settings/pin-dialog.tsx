import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'

import type { NumberRange, UnlockPurpose } from '../../../../src-preload/contract'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { pinDigits } from '../../lib/model/settings-pin'
import { errorMessage } from '../../lib/words/error-messages'
import type { MessageKey } from '../../lib/words/i18n'
import { type PinRefusal, useSettingsLockStore } from '../../stores/settings-lock-store'
import { useSettingsStore } from '../../stores/settings-store'
import { useStaffStore } from '../../stores/staff-store'
import { CashierChoice, useCashierName } from '../shared/cashier-choice'
import { Spinner } from '../shared/spinner'

const PIN_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const

const TITLE: Record<UnlockPurpose, MessageKey> = {
  settings: 'pinTitle',
  counter: 'counterLockedTitle',
  dialog: 'dialogPinTitle'
}

export function PinDialog() {
  const open = useSettingsLockStore((state) => state.pinPromptOpen)
  // A PIN set by an earlier version may be longer than a new one may be.
  const digits = useSettingsStore((state) => state.settings?.limits.pinEntryDigits)
  return open && digits !== undefined ? <PinPrompt digits={digits} /> : null
}

/** Whole seconds until a too-many-attempts refusal runs out, counting down on screen; 0 once it has. */
function useSecondsLeft(refusal: PinRefusal | null): number {
  const total = refusal?.reason === 'too_many_attempts' ? refusal.retryInSeconds : 0
  const [elapsed, setElapsed] = useState({ refusal, seconds: 0 })
  // Each new refusal starts its own countdown.
  if (elapsed.refusal !== refusal) setElapsed({ refusal, seconds: 0 })
  const secondsLeft = Math.max(0, total - (elapsed.refusal === refusal ? elapsed.seconds : 0))
  const counting = secondsLeft > 0
  useEffect(() => {
    if (!counting) return
    const timer = setInterval(() => setElapsed((current) => ({ ...current, seconds: current.seconds + 1 })), 1000)
    return () => clearInterval(timer)
  }, [counting, refusal])
  return secondsLeft
}

/**
 * The owner's PIN on big keys, for a touch screen that may have no keyboard. The typed digits live only in this
 * dialog's state, are masked, and are gone once it closes.
 */
function PinPrompt({ digits }: { digits: NumberRange }) {
  const t = useTranslate()
  const language = useLanguage()
  const askedAgain = useSettingsLockStore((state) => state.askedAgain)
  const purpose = useSettingsLockStore((state) => state.purpose)
  const lockEverything = useSettingsStore((state) => state.settings?.autoLockScope !== 'owner')
  const unlockInFlight = useSettingsLockStore((state) => state.unlockInFlight)
  const refusal = useSettingsLockStore((state) => state.refusal)
  const unlockError = useSettingsLockStore((state) => state.unlockError)
  const submitPin = useSettingsLockStore((state) => state.submitPin)
  const cancelPin = useSettingsLockStore((state) => state.cancelPin)
  // With cashiers the lock screen asks who is there first; the PIN is that cashier's own.
  const staffEnabled = useStaffStore((state) => state.view?.enabled === true)
  const chosen = useStaffStore((state) => state.view?.cashiers.find((cashier) => cashier.id === state.chosen) ?? null)
  const nameOf = useCashierName()
  const signingIn = purpose === 'counter' && staffEnabled
  const [pin, setPin] = useState('')
  const secondsLeft = useSecondsLeft(refusal)
  const dialog = useRef<HTMLFormElement>(null)
  const titleId = useId()
  const textId = useId()

  // The dialog, not the field, takes the focus: on a touch screen a focused field would pop up the system keyboard.
  useEffect(() => dialog.current?.focus(), [])

  const type = (digit: string) => setPin((current) => pinDigits(current + digit, digits))
  const deleteLast = () => setPin((current) => current.slice(0, -1))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (pin.length < digits.min || unlockInFlight || secondsLeft > 0 || (signingIn && chosen === null)) return
    setPin('')
    void submitPin(pin)
  }

  // Typing on a keyboard works wherever the focus is in the dialog; the field handles its own keys.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      cancelPin()
      return
    }
    // Enter on a focused PIN key must submit, not press that key again; Cancel and Submit keep their own Enter.
    const target = event.target
    const onPinKey = target instanceof HTMLElement && target.closest('.pin-pad') !== null
    if (target instanceof HTMLInputElement || (target instanceof HTMLButtonElement && !onPinKey)) return
    if (event.key === 'Enter') {
      event.preventDefault()
      dialog.current?.requestSubmit()
    } else if (/^\d$/.test(event.key)) {
      event.preventDefault()
      type(event.key)
    } else if (event.key === 'Backspace') {
      event.preventDefault()
      deleteLast()
    }
  }

  const message =
    unlockError !== null
      ? errorMessage(unlockError, language)
      : secondsLeft > 0
        ? secondsLeft >= 120
          ? t('pinTooManyAttemptsMinutes', { minutes: Math.ceil(secondsLeft / 60) })
          : t('pinTooManyAttempts', { seconds: secondsLeft })
        : refusal?.reason === 'wrong_pin'
          ? t('pinWrong')
          : null

  return (
    <div className="dialog-backdrop">
      <form
        ref={dialog}
        className="dialog pin-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        tabIndex={-1}
        onSubmit={submit}
        onKeyDown={onKeyDown}
        data-testid="pin-dialog"
      >
        <h2 id={titleId}>
          {!signingIn
            ? t(TITLE[purpose])
            : chosen === null
              ? t('staffSignInTitle')
              : t('staffSignInPinTitle', { name: nameOf(chosen) })}
        </h2>
        {signingIn && <CashierChoice />}
        <p id={textId} className={signingIn ? 'visually-hidden' : undefined}>
          {purpose === 'counter'
            ? t(lockEverything ? 'counterLockedText' : 'counterLockedOwnerText')
            : purpose === 'dialog'
              ? t('dialogPinText')
              : askedAgain
                ? t('pinTextAgain')
                : t('pinText')}
        </p>
        <input
          type="password"
          className="text-input pin-input"
          value={pin}
          inputMode="numeric"
          autoComplete="off"
          maxLength={digits.max}
          aria-label={t('pinLabel')}
          onChange={(event) => setPin(pinDigits(event.target.value, digits))}
          data-testid="pin-input"
        />
        {message !== null && (
          <p className="error-text" role="alert" data-testid="pin-error">
            {message}
          </p>
        )}
        <div className="pin-pad" role="group" aria-label={t('keypadLabel')}>
          {PIN_KEYS.map((digit) => (
            <PinKey key={digit} testId={`pin-key-${digit}`} onPress={() => type(digit)}>
              {digit}
            </PinKey>
          ))}
          <PinKey testId="pin-key-clear" label={t('pinKeyClear')} action onPress={() => setPin('')}>
            C
          </PinKey>
          <PinKey testId="pin-key-0" onPress={() => type('0')}>
            0
          </PinKey>
          <PinKey testId="pin-key-backspace" label={t('keyBackspace')} action onPress={deleteLast}>
            ⌫
          </PinKey>
        </div>
        <div className="dialog-buttons">
          {!(purpose === 'counter' && (lockEverything || staffEnabled)) && (
            <button type="button" className="secondary-button" onClick={cancelPin} data-testid="pin-cancel">
              {t('cancel')}
            </button>
          )}
          <button
            type="submit"
            className="primary-button"
            disabled={pin.length < digits.min || unlockInFlight || secondsLeft > 0 || (signingIn && chosen === null)}
            aria-busy={unlockInFlight}
            data-testid="pin-submit"
          >
            {unlockInFlight && <Spinner />}
            {unlockInFlight ? t('pinChecking') : t('pinSubmit')}
          </button>
        </div>
      </form>
    </div>
  )
}

interface PinKeyProps {
  testId: string
  onPress: () => void
  children: string
  /** For keys whose face is a symbol (C, ⌫). */
  label?: string
  action?: boolean
}

function PinKey({ testId, onPress, children, label, action = false }: PinKeyProps) {
  return (
    <button
      type="button"
      className={`keypad-key${action ? ' keypad-key-action' : ''}`}
      aria-label={label}
      onClick={onPress}
      data-testid={testId}
    >
      {children}
    </button>
  )
}
