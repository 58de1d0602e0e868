import { readdirSync } from 'node:fs'

import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { type CounterFixture, expect, test } from './counter-fixture'
import { tapKeys } from './counter-helpers'

const PIN = '864200'

/** An owner call that changes nothing: main refuses it with `locked` unless Settings are open in main. */
const ownerCall = (counter: CounterFixture) => dispatchCounterCall(counter.backend.handlers, 'customerDisplayInfo', {})

async function ownerSetUp(counter: CounterFixture, patch: Record<string, unknown>) {
  const call = (channel: string, request: unknown) => dispatchCounterCall(counter.backend.handlers, channel, request)
  expect(await call('setSettingsPin', { pin: PIN })).toMatchObject({ ok: true })
  expect(await call('updateSettings', patch)).toMatchObject({ ok: true })
  await call('lockSettings', {})
  // The renderer learns of the PIN as from any settings change.
  await counter.reload()
}

async function typePin(counter: CounterFixture, pin: string) {
  await counter.page.getByTestId('pin-input').fill(pin)
  await counter.page.getByTestId('pin-submit').click()
}

// The bridge has no printer, as a build without Electron's printing: printing on Paid fails with no_printing.
test('"Open in History" on a failed-print banner leaves Settings locked in main; a refund needs the PIN each time', async ({
  counter
}) => {
  const { page, demoSecPaid } = counter
  await ownerSetUp(counter, { receipt: { paper: 'mm80', printerName: '', silentPrint: true, printOnPaid: true } })
  await tapKeys(page, ['9', '0', '0'])
  await page.getByTestId('charge-button').click()
  await page.getByTestId('simulate-payment').click()
  await page.getByTestId('paid-screen').click()
  await expect(page.getByTestId('failed-print')).toBeVisible()

  await page.getByTestId('settings-button').click()
  await typePin(counter, PIN)
  await expect(page.getByTestId('settings-screen')).toBeVisible()
  expect(await ownerCall(counter), 'Settings are open in main').toMatchObject({ ok: true })

  await page.getByTestId('failed-print-open').click()
  await expect(page.getByTestId('sale-detail')).toBeVisible()
  await expect(page.getByTestId('settings-screen')).toBeHidden()
  await expect.poll(async () => (await ownerCall(counter)).ok, 'main locked Settings').toBe(false)
  expect(await ownerCall(counter)).toEqual({ ok: false, error: { code: 'locked' } })

  // Even with Settings open in main again, a wrong PIN files no refund.
  await dispatchCounterCall(counter.backend.handlers, 'unlockSettings', { pin: PIN })
  await page.getByTestId('sale-refund-button').click()
  await page.getByTestId('refund-pin').fill('111111')
  await page.getByTestId('refund-confirm').click()
  await expect(page.getByTestId('refund-error')).toBeVisible()
  expect(demoSecPaid.requestLog().filter((request) => request.endpoint === 'refundPayment')).toEqual([])
})

test('kiosk mode: the day close’s CSV asks for the PIN; cancelled nothing is saved, with it the file is', async ({
  counter
}) => {
  const { page, savedFolder } = counter
  await ownerSetUp(counter, { kioskMode: true })
  await page.getByTestId('nav-day-close').click()
  await page.getByTestId('day-close-csv').click()
  await expect(page.getByTestId('pin-dialog')).toContainText('PIN for saving or printing')
  await page.getByTestId('pin-cancel').click()
  await expect(page.getByText('In kiosk mode, saving and printing need the owner’s PIN each time.')).toBeVisible()
  expect(readdirSync(savedFolder)).toEqual([])

  await page.getByTestId('day-close-csv').click()
  await typePin(counter, PIN)
  await expect.poll(() => readdirSync(savedFolder).length).toBe(1)
  await expect(page.getByTestId('pin-dialog')).toBeHidden()
  expect(await ownerCall(counter), 'the dialog PIN opened nothing else').toEqual({
    ok: false,
    error: { code: 'locked' }
  })
})
