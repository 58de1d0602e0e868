import { readFileSync } from 'node:fs'

import type { SecretCipher } from '../../src-main/settings/settings-storage'
import { startCounterBridge, waitForAppReady } from '../support/counter-bridge'
import { serveBuiltRenderer } from '../support/renderer-server'
import { expect, test } from './counter-fixture'

const KEY = 'sk_live_valid'

/** safeStorage on Linux without a keyring (`basic_text`): weak storage, and a key that is lost when the profile moves. */
const machine = { profile: 'first' }
const weakCipher: SecretCipher = {
  storage: async () => 'weak',
  encrypt: async (text) => Buffer.from(`${machine.profile}:${text}`).toString('base64'),
  async decrypt(cipherText) {
    const [profile, ...text] = Buffer.from(cipherText, 'base64').toString().split(':')
    if (profile !== machine.profile) throw new Error('cannot decrypt')
    return { plainText: text.join(':'), shouldReEncrypt: false }
  }
}

test('without a keyring the owner is warned and asked before the key is stored; a key that no longer decrypts asks to be re-entered', async ({
  page
}) => {
  const bridge = await startCounterBridge({ cipher: weakCipher })
  const renderer = await serveBuiltRenderer()
  try {
    await bridge.attach(page)
    await page.goto(renderer.url)
    await waitForAppReady(page)
    await page.getByTestId('settings-button').click()
    await page.getByTestId('settings-environment-production').click()
    await expect(page.getByTestId('settings-environment-production')).toBeChecked()
    await expect(page.getByTestId('api-key-storage')).toContainText('This computer has no keyring')

    await page.getByTestId('api-key-input').fill(KEY)
    await page.getByTestId('save-api-key').click()
    await expect(page.getByTestId('api-key-message')).toContainText('The key was not saved')
    await expect(page.getByTestId('api-key-status')).toHaveText('No key set')
    expect(readFileSync(bridge.settingsFile, 'utf8')).not.toContain(Buffer.from(`first:${KEY}`).toString('base64'))

    await page.getByTestId('api-key-store-unencrypted').check()
    await page.getByTestId('save-api-key').click()
    await expect(page.getByTestId('api-key-message')).toHaveText('The key was saved.')
    await expect(page.getByTestId('api-key-status')).toHaveText('A key is set')
    await expect(page.getByTestId('api-key-stored-as')).toHaveText(
      'Stored without a keyring: anyone who can read this computer’s files can recover it.'
    )
    await expect(page.getByTestId('demo-banner')).toBeHidden()

    // The profile is restored on another machine: the stored key no longer decrypts.
    machine.profile = 'second'
    await bridge.restartBackend()
    await page.reload()
    await waitForAppReady(page)
    // Production without a usable key is not Demo: it sells nothing, says so, and leads to the key.
    await expect(page.getByTestId('demo-banner')).toBeHidden()
    await expect(page.getByTestId('environment-badge')).toContainText('Live – no key')
    await expect(page.getByTestId('no-key-banner')).toContainText('can no longer be read')
    await page.getByTestId('no-key-open-settings').click()
    await expect(page.getByTestId('api-key-status')).toHaveText(
      'A key is stored but can no longer be decrypted (new keyring or restored profile). Re-enter your key.'
    )

    await page.getByTestId('api-key-input').fill(KEY)
    await page.getByTestId('api-key-store-unencrypted').check()
    await page.getByTestId('save-api-key').click()
    await expect(page.getByTestId('api-key-status')).toHaveText('A key is set')
    await expect(page.getByTestId('demo-banner')).toBeHidden()
    await expect(page.getByTestId('no-key-banner')).toBeHidden()
  } finally {
    await bridge.close()
    await renderer.close()
  }
})
