import type { HTMLAttributes } from 'react'

import type { IpcError, PublicSettings, SettingsPatch } from '../../../../src-preload/contract'
import { type AutosaveStatus, useAutosave } from '../../hooks/use-autosave'
import { useLanguage, useTranslate } from '../../hooks/use-translate'
import { type WholeNumberField, wholeNumberPatch } from '../../lib/model/setting-patches'
import { errorMessage } from '../../lib/words/error-messages'
import { useSettingsStore } from '../../stores/settings-store'
import { CheckboxField, ChoiceField, TextField } from './form-fields'

/** The patch a field's value makes, or why main would refuse it, told before asking. */
type ToPatch<V> = (value: V) => { patch: SettingsPatch } | { refused: IpcError }

/** Text fields save once typing pauses this long, or when the field is left. */
export const TYPING_PAUSE_MS = 800

/** One setting saved on change through main (`useAutosave`), refused here first when `toPatch` can already tell. */
export function useSavedSetting<V>(testId: string, saved: V, toPatch: ToPatch<V>, delayMs = 0) {
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

/** The path main (or the check before asking) named in refusing a change, e.g. `products.2.name`; null for none. */
export function refusedField(status: AutosaveStatus): string | null {
  return status.state === 'refused' && status.error.code === 'invalid_request' ? status.error.field : null
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

interface SavedTextFieldProps extends SavedFieldProps<string> {
  maxLength?: number
  maxCharacters?: number
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']
}

export function SavedTextField({
  label,
  hint,
  saved,
  toPatch,
  testId,
  maxLength,
  maxCharacters,
  inputMode
}: SavedTextFieldProps) {
  const field = useSavedSetting(testId, saved, toPatch, TYPING_PAUSE_MS)
  return (
    <div className="saved-field">
      <TextField
        label={label}
        hint={hint}
        value={field.value}
        maxLength={maxLength}
        maxCharacters={maxCharacters}
        inputMode={inputMode}
        invalid={field.status.state === 'refused'}
        onChange={field.change}
        onBlur={field.commit}
        testId={testId}
      />
      <SaveStatus status={field.status} testId={testId} />
    </div>
  )
}

interface SavedWholeNumberProps {
  label: string
  hint?: string
  /** The setting, its saved value and its range as main holds them. */
  field: WholeNumberField
  settings: PublicSettings
  testId: string
  /** Room for a number out of range, so the owner is told the range rather than cut off; 9 digits at most. */
  maxLength?: number
}

/** A whole-number setting typed as text, refused here with main's range before asking. */
export function SavedWholeNumber({ label, hint, field, settings, testId, maxLength = 9 }: SavedWholeNumberProps) {
  return (
    <SavedTextField
      label={label}
      hint={hint}
      saved={String(settings[field])}
      toPatch={wholeNumberPatch(field, settings.limits[field])}
      inputMode="numeric"
      maxLength={maxLength}
      testId={testId}
    />
  )
}

export function SavedCheckbox({ label, hint, saved, toPatch, testId }: SavedFieldProps<boolean>) {
  const field = useSavedSetting(testId, saved, toPatch)
  return (
    <div className="saved-field">
      <CheckboxField label={label} hint={hint} checked={field.value} onChange={field.change} testId={testId} />
      <SaveStatus status={field.status} testId={testId} />
    </div>
  )
}

interface SavedChoiceProps<T extends string> extends SavedFieldProps<T> {
  options: readonly { value: T; label: string }[]
}

export function SavedChoice<T extends string>({ label, saved, options, toPatch, testId }: SavedChoiceProps<T>) {
  const field = useSavedSetting(testId, saved, toPatch)
  return (
    <div className="saved-field">
      <ChoiceField label={label} value={field.value} options={options} onChange={field.change} testId={testId} />
      <SaveStatus status={field.status} testId={testId} />
    </div>
  )
}
