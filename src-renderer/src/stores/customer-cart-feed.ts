import type { SaleComposition } from '../../../src-preload/contract'
import { callCounter } from '../ipc/counter-call'
import { useKeypadStore } from './keypad-store'
import { effectiveComposition, useOrderStore } from './order-store'
import { useSettingsStore } from './settings-store'

/** What the cashier has chosen so far, as main is to price it for the customer; null while nothing is. */
function chosenSale(): SaleComposition | null {
  const composition = effectiveComposition(useOrderStore.getState())
  return composition.lines.length === 0 ? null : composition
}

const displayOn = () => {
  const settings = useSettingsStore.getState().settings
  return settings !== null && (settings.customerWindow || settings.lanDisplay)
}

/**
 * Tells main the cashier's choices (never a figure: main prices them for the customer display) whenever the lines,
 * the tip or the typed amount change, once per change, while a customer display is on. Returns the unsubscribe.
 */
export function feedCustomerCart(): () => void {
  let sent = 'null'
  const send = () => {
    if (!displayOn()) return
    const sale = chosenSale()
    const key = JSON.stringify(sale)
    if (key === sent) return
    sent = key
    void callCounter('customerCart', { sale })
  }
  const unsubscribers = [
    useOrderStore.subscribe(({ lines, tip }, previous) => {
      if (lines !== previous.lines || tip !== previous.tip) send()
    }),
    useKeypadStore.subscribe(({ entry }, previous) => {
      if (entry !== previous.entry) send()
    }),
    // A display switched on shows what is on the keypad already.
    useSettingsStore.subscribe(() => {
      if (!displayOn()) sent = 'null'
      else send()
    })
  ]
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe()
  }
}
