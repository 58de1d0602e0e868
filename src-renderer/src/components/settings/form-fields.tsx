import type { HTMLAttributes, ReactNode } from 'react'

import { upToCharacters } from '../../lib/model/characters'

interface FieldShellProps {
  label: string
  hint?: string
  children: ReactNode
}

function FieldShell({ label, hint, children }: FieldShellProps) {
  return (
    <label className="form-field">
      <span className="field-label">{label}</span>
      {children}
      {hint !== undefined && <span className="field-hint">{hint}</span>}
    </label>
  )
}

interface TextFieldProps {
  label: string
  hint?: string
  value: string
  onChange: (value: string) => void
  /** Leaving the field: where a change still waiting for its typing pause is saved. */
  onBlur?: () => void
  /** The value on screen was refused: marked for the owner to correct. */
  invalid?: boolean
  testId: string
  /** A bound in UTF-16 units, for text of ASCII only (addresses, keys). */
  maxLength?: number
  /** A bound in characters, as main counts text a person sees (`lib/model/characters.ts`). */
  maxCharacters?: number
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']
  /** Several lines (an address): a text area this many rows high. */
  rows?: number
}

export function TextField({
  label,
  hint,
  value,
  onChange,
  onBlur,
  invalid,
  testId,
  maxLength,
  maxCharacters,
  inputMode,
  rows
}: TextFieldProps) {
  const change = (text: string) => onChange(maxCharacters === undefined ? text : upToCharacters(text, maxCharacters))
  const common = {
    className: 'text-input',
    value,
    maxLength,
    autoComplete: 'off',
    spellCheck: false,
    'aria-invalid': invalid,
    onBlur,
    'data-testid': testId
  }
  return (
    <FieldShell label={label} hint={hint}>
      {rows === undefined ? (
        <input type="text" inputMode={inputMode} {...common} onChange={(event) => change(event.target.value)} />
      ) : (
        <textarea rows={rows} {...common} onChange={(event) => change(event.target.value)} />
      )}
    </FieldShell>
  )
}

interface CheckboxFieldProps {
  label: string
  hint?: string
  checked: boolean
  onChange: (checked: boolean) => void
  testId: string
  disabled?: boolean
}

export function CheckboxField({ label, hint, checked, onChange, testId, disabled }: CheckboxFieldProps) {
  return (
    <label className="checkbox-field">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
        data-testid={testId}
      />
      <span className="checkbox-text">
        <span>{label}</span>
        {hint !== undefined && <span className="field-hint">{hint}</span>}
      </span>
    </label>
  )
}

interface ChoiceFieldProps<T extends string> {
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
  testId: string
}

/** A segmented row of radio buttons: one tap per choice on a touch screen, unlike a drop-down. */
export function ChoiceField<T extends string>({ label, value, options, onChange, testId }: ChoiceFieldProps<T>) {
  return (
    <fieldset className="form-field choice-field">
      <legend className="field-label">{label}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={option.value} className={`segment${option.value === value ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name={testId}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              data-testid={`${testId}-${option.value}`}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
