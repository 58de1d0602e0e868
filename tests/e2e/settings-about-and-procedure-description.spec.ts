import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

import AxeBuilder from '@axe-core/playwright'

import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { expect, test } from './counter-fixture'
import { plainSpaces } from './counter-helpers'
import { pdfText } from './pdf-text'

const SHOP = { name: 'Café Blau', address: 'Hauptstraße 1\n10115 Berlin', vatId: 'DE123456789' }

test('Settings → About: version, data folder, no cash; the procedure description saved as a PDF in German and English', async ({
  counter
}) => {
  const { page, backend, savedFolder, journalFile } = counter
  const settings = await dispatchCounterCall(backend.handlers, 'updateSettings', { shop: SHOP, tipKind: 'staff' })
  if (!settings.ok) throw new Error(settings.error.code)
  const { tillId } = settings.value as { tillId: string }

  await page.getByTestId('settings-button').click()
  await page.getByTestId('settings-section-about').click()
  const about = page.getByTestId('about-section')
  await expect(page.getByTestId('about-data-folder')).toHaveText(dirname(journalFile))
  await expect(page.getByTestId('about-version')).toHaveText('unknown')
  await expect(page.getByTestId('about-no-cash')).toContainText('no cash, no vouchers and no stored value')

  const results = await new AxeBuilder({ page })
    .include('[data-testid="about-section"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const serious = results.violations.filter((found) => found.impact === 'serious' || found.impact === 'critical')
  expect(serious.map((found) => `${found.id}: ${found.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
    []
  )

  const savedPdf = async (button: string, prefix: string) => {
    await about.getByTestId(button).click()
    await expect(page.getByTestId('about-procedure-result')).toHaveText('Saved.')
    const file = readdirSync(savedFolder).find((name) => name.startsWith(prefix) && name.endsWith('.pdf'))
    if (file === undefined) throw new Error(`no ${prefix} PDF was saved`)
    return plainSpaces((await pdfText(readFileSync(join(savedFolder, file)))).text)
  }

  const german = await savedPdf('about-procedure-de', 'verfahrensdokumentation-')
  for (const expected of [
    'Verfahrensdokumentation (Entwurf)',
    'Betrieb: Café Blau. Anschrift: Hauptstraße 1, 10115 Berlin.',
    'DE123456789',
    `Kennung ${tillId}`,
    `Datenordner: ${dirname(journalFile)}.`,
    'Trinkgeld ist nach der Einstellung für das Personal',
    'Kein Bargeld, keine Gutscheine, kein Guthaben',
    'zehn Jahre'
  ]) {
    expect(german).toContain(expected)
  }

  const english = await savedPdf('about-procedure-en', 'procedure-description-')
  for (const expected of [
    'Procedure description (draft)',
    'Shop: Café Blau. Address: Hauptstraße 1, 10115 Berlin.',
    `Till: id ${tillId}`,
    'Tips are, as set, for the staff',
    'No cash, no vouchers, no stored value',
    'ten years'
  ]) {
    expect(english).toContain(expected)
  }
})
