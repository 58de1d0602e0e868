import type { HTMLAttributes, ReactNode } from 'react'
import type { IpcError, SettingsPatch } from '../../../../src-preload/contract'
import { useAutosave, type AutosaveStatus } from '../../hooks/use-autosave'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { errorMessage } from '../../lib/error-messages'
import { useSettingsStore } from '../../stores/settings-store'

/** The patch a field's value makes, or why main would refuse it, told before asking. */
export type ToPatch<V> = (value: V) => { patch: SettingsPatch } | { refused: IpcError }

/** Text fields save once typing pauses this long, or when the field is left. */
const TYPING_PAUSE_MS = 800

function useSavedSetting<V>(testId: string, saved: V, toPatch: ToPatch<V>, delayMs = 0) {
  const update = useSettingsStore((state) => state.update)
  return useAutosave(
    testId,
    saved,
    (value: V) => {
      const checked = toPatch(value)
      return 'refused' in checked ? checked.refused : update(checked.patch)
    },
    delayMs
  )
}

/** "Saving…", "Saved", or why the change was refused (the refused value stays in its field). */
export function SaveStatus({ status, testId }: { status: AutosaveStatus; testId: string }) {
  const t = useTranslate()
  const language = useLanguage()
  const limits = useSettingsStore((state) => state.settings?.limits)
  switch (status.state) {
    case 'idle':
      return null
    case 'saving':
      return (
        <span className="save-status" data-testid={`${testId}-status`}>
          {t('settingSaving')}
        </span>
      )
    case 'saved':
      return (
        <span className="save-status save-status-saved" role="status" data-testid={`${testId}-status`}>
          {t('settingSaved')}
        </span>
      )
    case 'refused':
      return (
        <span className="save-status error-text" role="alert" data-testid={`${testId}-status`}>
          {errorMessage(status.error, language, limits === undefined ? {} : { limits })}
        </span>
      )
  }
}

interface SavedFieldProps<V> {
  label: string
  hint?: string
  /** The value as main holds it. */
  saved: V
  toPatch: ToPatch<V>
  testId: string
}

function FieldShell({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  return (
    <label className="form-field">
      <span className="field-label">{label}</span>
      {children}
      {hint !== undefined && <span className="field-hint">{hint}</span>}
    </label>
  )
}

interface SavedTextFieldProps extends SavedFieldProps<string> {
  maxLength?: number
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']
}

export function SavedTextField({ label, hint, saved, toPatch, testId, maxLength, inputMode }: SavedTextFieldProps) {
  const field = useSavedSetting(testId, saved, toPatch, TYPING_PAUSE_MS)
  return (
    <div className="saved-field">
      <FieldShell label={label} hint={hint}>
        <input
          type="text"
          className="text-input"
          value={field.value}
          maxLength={maxLength}
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={field.status.state === 'refused'}
          onChange={(event) => field.change(event.target.value)}
          onBlur={field.commit}
          data-testid={testId}
        />
      </FieldShell>
      <SaveStatus status={field.status} testId={testId} />
    </div>
  )
}

export function SavedCheckbox({ label, hint, saved, toPatch, testId }: SavedFieldProps<boolean>) {
  const field = useSavedSetting(testId, saved, toPatch)
  return (
    <div className="saved-field">
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={field.value}
          onChange={(event) => field.change(event.target.checked)}
          data-testid={testId}
        />
        <span className="checkbox-text">
          <span>{label}</span>
          {hint !== undefined && <span className="field-hint">{hint}</span>}
        </span>
      </label>
      <SaveStatus status={field.status} testId={testId} />
    </div>
  )
}

interface SavedChoiceProps<T extends string> extends SavedFieldProps<T> {
  options: readonly { value: T; label: string }[]
}

/** A segmented row of radio buttons: one tap per choice on a touch screen, unlike a drop-down. */
export function SavedChoice<T extends string>({ label, saved, options, toPatch, testId }: SavedChoiceProps<T>) {
  const field = useSavedSetting(testId, saved, toPatch)
  return (
    <div className="saved-field">
      <fieldset className="form-field choice-field">
        <legend className="field-label">{label}</legend>
        <div className="segmented">
          {options.map((option) => (
            <label key={option.value} className={`segment${option.value === field.value ? ' is-selected' : ''}`}>
              <input
                type="radio"
                name={testId}
                value={option.value}
                checked={option.value === field.value}
                onChange={() => field.change(option.value)}
                data-testid={`${testId}-${option.value}`}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <SaveStatus status={field.status} testId={testId} />
    </div>
  )
}
