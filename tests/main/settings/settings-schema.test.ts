import { describe, expect, it } from 'vitest'

import { defaultSettings } from '../../../src-main/settings/default-settings'
import { createSettingsService } from '../../../src-main/settings/settings-service'
import { channels } from '../../../src-preload/contract'
import { SETTINGS_LIMITS } from '../../../src-preload/contract/settings-limits'
import { editableSettingsSchema, publicSettingsSchema } from '../../../src-preload/contract/settings-schema'
import { plainCipher } from '../../support/plain-cipher'

const patch = channels.updateSettings.request
const accepts = (request: unknown) => patch.safeParse(request).success

describe('one settings schema: its limits are the ones main enforces and the renderer receives', () => {
  it.each([
    ['paidScreenSeconds', SETTINGS_LIMITS.paidScreenSeconds],
    ['lanDisplayPort', SETTINGS_LIMITS.lanDisplayPort],
    ['maxAmountCents', SETTINGS_LIMITS.maxAmountCents],
    ['tillsOnKey', SETTINGS_LIMITS.tillsOnKey]
  ] as const)('%s: accepts exactly its published range', (field, range) => {
    expect(accepts({ [field]: range.min })).toBe(true)
    expect(accepts({ [field]: range.max })).toBe(true)
    expect(accepts({ [field]: range.min - 1 })).toBe(false)
    expect(accepts({ [field]: range.max + 1 })).toBe(false)
  })

  it('a PIN has the published number of digits', () => {
    const pin = (digits: number) => channels.setSettingsPin.request.safeParse({ pin: '7'.repeat(digits) }).success
    expect(pin(SETTINGS_LIMITS.pinDigits.min)).toBe(true)
    expect(pin(SETTINGS_LIMITS.pinDigits.max)).toBe(true)
    expect(pin(SETTINGS_LIMITS.pinDigits.min - 1)).toBe(false)
    expect(pin(SETTINGS_LIMITS.pinDigits.max + 1)).toBe(false)
  })

  it('the patch is the editable schema made partial, the link defaults field by field, nothing else', () => {
    expect(accepts({})).toBe(true)
    expect(accepts({ linkDefaults: { cancellable: false } })).toBe(true)
    expect(accepts({ linkDefaults: { cancellable: 'no' } })).toBe(false)
    expect(accepts({ apiKey: 'sk_live_x' })).toBe(false)
    expect(accepts({ settingsPin: null })).toBe(false)
    expect(Object.keys(patch.shape).sort()).toEqual(Object.keys(editableSettingsSchema.shape).sort())
  })

  it('what main publishes passes the public schema, limits included, and the defaults pass the editable one', async () => {
    const storage = { read: () => undefined, writeProblem: () => null, write: () => {} }
    const service = await createSettingsService({ storage, cipher: plainCipher })
    const published = service.getPublic()
    expect(publicSettingsSchema.parse(published)).toEqual(published)
    expect(published.limits).toEqual(SETTINGS_LIMITS)
    const {
      version: _v,
      tillId: _t,
      tillMachine: _m,
      settingsPin: _p,
      pinGuard: _g,
      pairingCode: _c,
      apiKey: _k,
      ...editable
    } = defaultSettings()
    expect(editableSettingsSchema.parse(editable)).toEqual(editable)
  })
})
