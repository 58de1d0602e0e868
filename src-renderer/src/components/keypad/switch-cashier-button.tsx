import { useTranslate } from '../../hooks/use-translate'
import { useSettingsLockStore } from '../../stores/settings-lock-store'
import { useStaffStore } from '../../stores/staff-store'
import { useCashierName } from '../shared/cashier-choice'

/** With cashiers: who is signed in, and "switch cashier" in one tap (the lock screen asks who comes next). */
export function SwitchCashierButton() {
  const t = useTranslate()
  const nameOf = useCashierName()
  const signedIn = useStaffStore((state) => (state.view?.enabled === true ? state.view.signedIn : null))
  const switchCashier = useSettingsLockStore((state) => state.switchCashier)
  if (signedIn === null) return null
  const name = nameOf(signedIn)
  return (
    <button
      type="button"
      className="secondary-button switch-cashier-button"
      onClick={() => void switchCashier()}
      aria-label={`${t('staffSwitchCashier')} (${t('staffSignedInAs', { name })})`}
      title={t('staffSwitchCashier')}
      data-testid="switch-cashier"
    >
      <span aria-hidden="true">⇄</span> {name}
    </button>
  )
}
