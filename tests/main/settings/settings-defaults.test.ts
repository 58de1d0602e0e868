import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { createSettingsService } from '../../../src-main/settings/settings-service'
import type { SecretCipher } from '../../../src-main/settings/settings-storage'
import type { EditableSettings } from '../../../src-preload/contract'
import { defaultEditableSettings } from '../../../src-preload/contract/settings-defaults'
import { SETTINGS_LIMITS } from '../../../src-preload/contract/settings-limits'

const cipher: SecretCipher = {
  storage: async () => 'encrypted',
  encrypt: async (text) => Buffer.from(text).toString('base64'),
  decrypt: async (cipherText) => ({ plainText: Buffer.from(cipherText, 'base64').toString(), shouldReEncrypt: false })
}

/**
 * The renderer's tests stand in for main with the contract's defaults and main's limits (fake-counter.ts): this is
 * what makes that stand-in true. A default changed in main alone would leave the fake telling another story.
 */
describe('a fresh install’s settings are the contract’s defaults', () => {
  let folder: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'counter-defaults-'))
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it.each(['en', 'de'] as const)('publishes every editable default and main’s limits (%s)', async (language) => {
    const storage = createJsonFileSettingsStorage(join(folder, 'settings.json'))
    const published = (await createSettingsService({ storage, cipher, fallbackLanguage: language })).getPublic()
    const defaults = defaultEditableSettings(language)
    const editable = Object.fromEntries(
      Object.keys(defaults).map((key) => [key, published[key as keyof EditableSettings]])
    )
    expect(editable).toEqual(defaults)
    expect(published.limits).toEqual(SETTINGS_LIMITS)
  })
})
