import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { _electron as electron, expect, test } from '@playwright/test'

import { USER_DATA_VARIABLE } from '../../src-main/app/user-data-folder'
import { runnableElectronPath } from './electron-binary'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

test('the built app starts in Demo mode and a charge shows the QR code', async () => {
  // An empty data folder of its own on every OS, so the app starts as on first install and never touches the
  // developer's real settings or journal (the variable works only in an unpackaged app).
  const dataFolder = mkdtempSync(join(tmpdir(), 'counter-electron-'))
  const app = await electron.launch({
    executablePath: runnableElectronPath(),
    // Chromium refuses to run as root with its sandbox on, as it does in many CI containers.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.'],
    cwd: projectRoot,
    env: { ...process.env, [USER_DATA_VARIABLE]: dataFolder }
  })
  try {
    const window = await app.firstWindow()
    await expect(window.getByTestId('demo-banner')).toBeVisible()

    for (const key of ['1', '2', '3', '4']) await window.getByTestId(`key-${key}`).click()
    await expect(window.getByTestId('charge-button')).toContainText('12')
    await window.getByTestId('charge-button').click()

    await expect(window.getByTestId('qr-screen')).toBeVisible()
    await expect(window.getByTestId('qr-image')).toBeVisible()
  } finally {
    await app.close()
    rmSync(dataFolder, { recursive: true, force: true })
  }
})
