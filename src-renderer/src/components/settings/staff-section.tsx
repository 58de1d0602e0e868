import { type FormEvent, useEffect, useState } from 'react'

import type { CashierView, Permission, PublicSettings } from '../../../../src-preload/contract'
import { useTranslate } from '../../hooks/use-translate'
import { pinDigits } from '../../lib/model/settings-pin'
import type { MessageKey } from '../../lib/words/i18n'
import { useStaffStore } from '../../stores/staff-store'
import { ErrorText } from '../shared/error-text'
import { CheckboxField } from './form-fields'

const PERMISSION_LABEL: Record<Permission, MessageKey> = {
  typedAmount: 'permissionTypedAmount',
  discount: 'permissionDiscount',
  cancel: 'permissionCancel',
  refund: 'permissionRefund',
  reprint: 'permissionReprint',
  dayClose: 'permissionDayClose',
  export: 'permissionExport',
  settings: 'permissionSettings'
}

/** The permissions in the order Settings lists them. */
const PERMISSIONS = Object.keys(PERMISSION_LABEL) as Permission[]

/** Settings → Cashiers: the owner adds, changes and removes cashiers and what each may do; main keeps the PINs. */
export function StaffSection({ settings }: { settings: PublicSettings }) {
  const t = useTranslate()
  const view = useStaffStore((state) => state.view)
  const saveError = useStaffStore((state) => state.saveError)
  const load = useStaffStore((state) => state.load)
  const remove = useStaffStore((state) => state.remove)
  const [editing, setEditing] = useState<CashierView | null>(null)
  useEffect(() => void load(), [load])
  const cashiers = (view?.cashiers ?? []).filter((cashier) => cashier.name !== null)
  return (
    <section className="settings-card" data-testid="settings-staff">
      <h2>{t('staffTitle')}</h2>
      <p className="field-hint">{t('staffIntro')}</p>
      {!settings.pinSet && <p className="warning-text">{t('errorStaffNeedsPin')}</p>}
      {cashiers.length > 0 && (
        <ul className="staff-list" data-testid="staff-list">
          {cashiers.map((cashier) => (
            <li key={cashier.id} className="staff-row">
              <span className="staff-name">{cashier.name}</span>
              <span className="field-hint">
                {cashier.permissions.map((permission) => t(PERMISSION_LABEL[permission])).join(', ') || '–'}
              </span>
              <span className="button-row">
                <button type="button" className="secondary-button" onClick={() => setEditing(cashier)}>
                  {t('staffEdit')}
                </button>
                <button type="button" className="secondary-button" onClick={() => void remove(cashier.id)}>
                  {t('staffRemove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <CashierForm key={editing?.id ?? 'new'} editing={editing} done={() => setEditing(null)} settings={settings} />
      <ErrorText error={saveError} testId="staff-error" />
    </section>
  )
}

function CashierForm({
  editing,
  done,
  settings
}: {
  editing: CashierView | null
  done: () => void
  settings: PublicSettings
}) {
  const t = useTranslate()
  const save = useStaffStore((state) => state.save)
  const digits = settings.limits.pinDigits
  const [name, setName] = useState(editing?.name ?? '')
  const [pin, setPin] = useState('')
  const [permissions, setPermissions] = useState<Permission[]>(editing?.permissions ?? [])
  const [busy, setBusy] = useState(false)
  const pinOk = pin.length === 0 ? editing !== null : pin.length >= digits.min
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '' || !pinOk) return
    setBusy(true)
    const saved = await save({
      ...(editing === null ? {} : { id: editing.id }),
      name: name.trim(),
      ...(pin === '' ? {} : { pin }),
      permissions
    })
    setBusy(false)
    if (!saved) return
    setName('')
    setPin('')
    setPermissions([])
    done()
  }
  const toggle = (permission: Permission, on: boolean) =>
    setPermissions((current) => (on ? [...current, permission] : current.filter((each) => each !== permission)))
  return (
    <form className="settings-group" onSubmit={(event) => void submit(event)} noValidate data-testid="cashier-form">
      <h3 className="field-label">{editing === null ? t('staffAddCashier') : editing.name}</h3>
      <div className="pin-fields">
        <label className="form-field">
          <span className="field-label">{t('staffCashierName')}</span>
          <input
            className="text-input"
            value={name}
            maxLength={40}
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
            data-testid="cashier-name"
          />
        </label>
        <label className="form-field">
          <span className="field-label">{t(editing === null ? 'staffCashierPin' : 'staffCashierPinKeep')}</span>
          <input
            type="password"
            className="text-input pin-field"
            value={pin}
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={digits.max}
            onChange={(event) => setPin(pinDigits(event.target.value, digits))}
            data-testid="cashier-pin"
          />
        </label>
      </div>
      <fieldset className="permission-choice">
        <legend className="field-label">{t('staffPermissions')}</legend>
        {PERMISSIONS.map((permission) => (
          <CheckboxField
            key={permission}
            label={t(PERMISSION_LABEL[permission])}
            checked={permissions.includes(permission)}
            onChange={(on) => toggle(permission, on)}
            testId={`cashier-may-${permission}`}
          />
        ))}
      </fieldset>
      <div className="button-row">
        <button
          type="submit"
          className="primary-button"
          disabled={busy || !settings.pinSet || name.trim() === '' || !pinOk}
          data-testid="cashier-save"
        >
          {t('staffSave')}
        </button>
      </div>
    </form>
  )
}
