import type { HTMLAttributes, ReactNode } from 'react'

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
  testId: string
  maxLength?: number
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']
}

export function TextField({ label, hint, value, onChange, testId, maxLength, inputMode }: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint}>
      <input
        type="text"
        className="text-input"
        value={value}
        maxLength={maxLength}
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
    </FieldShell>
  )
}

interface NumberFieldProps {
  label: string
  hint?: string
  /** As typed: the form checks the range when it saves, so typing never jumps. */
  value: string
  min: number
  max: number
  onChange: (value: string) => void
  testId: string
}

export function NumberField({ label, hint, value, min, max, onChange, testId }: NumberFieldProps) {
  return (
    <FieldShell label={label} hint={hint}>
      <input
        type="number"
        className="text-input number-input"
        value={value}
        min={min}
        max={max}
        step={1}
        inputMode="numeric"
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
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
