import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { expect, test } from './counter-fixture'
import { journaledSaleOf, newestLink, tapKeys } from './counter-helpers'
import { useLanguage } from './screen-sizes'
import { touchProblems } from './touch-targets'

// The bridge has no printer, as a build without Electron's printing: printing on Paid fails with no_printing.
test('a receipt that does not print on Paid is said in de and en, and History prints it again', async ({ counter }) => {
  const { page, demoSecPaid, journalFile } = counter
  const saved = await dispatchCounterCall(counter.backend.handlers, 'updateSettings', {
    receipt: { paper: 'mm80', printerName: '', silentPrint: true, printOnPaid: true }
  })
  expect(saved).toMatchObject({ ok: true })
  await page.setViewportSize({ width: 1024, height: 600 })
  await tapKeys(page, ['7', '5', '0'])
  await page.getByTestId('charge-button').click()
  await expect(page.getByTestId('qr-screen')).toBeVisible()
  await page.getByTestId('simulate-payment').click()
  await expect(page.getByTestId('paid-screen')).toBeVisible()
  await page.getByTestId('paid-screen').click()

  const { reference } = journaledSaleOf(journalFile, newestLink(demoSecPaid).id)
  const notice = page.getByTestId('failed-print')
  await expect(notice).toContainText(`The receipt for ${reference} was not printed. This app cannot print here.`)
  expect(await touchProblems(page)).toEqual({ tooSmall: [], tooClose: [] })
  await useLanguage(counter, 'de')
  await expect(notice).toContainText(
    `Der Beleg für ${reference} wurde nicht gedruckt. Die App kann hier nicht drucken.`
  )

  // A banner above the screen, never over the keys: every target keeps its size and room, even in portrait.
  for (const size of [
    { width: 1024, height: 600 },
    { width: 800, height: 1280 }
  ]) {
    await page.setViewportSize(size)
    expect.soft(await touchProblems(page), `${size.width}×${size.height} de`).toEqual({ tooSmall: [], tooClose: [] })
  }

  await page.getByTestId('failed-print-open').click()
  await expect(page.getByTestId('sale-detail')).toBeVisible()
  await expect(page.getByTestId('sale-print-receipt')).toBeVisible()
  await expect(notice).toBeHidden()
})
