import { describe, expect, it } from 'vitest'

import { defaultSettings } from '../../../src-main/settings/default-settings'
import { migrateSettings } from '../../../src-main/settings/migrate-settings'
import { machineFingerprint } from '../../../src-main/settings/till-id'

/** Every fresh install draws its own random pairing code and till id. */
const withAnyDrawnIds = <T extends object>(settings: T) => ({
  ...settings,
  pairingCode: expect.stringMatching(/^\d{6}$/),
  tillId: expect.stringMatching(/^[a-z2-9]{5}$/)
})

describe('migrateSettings', () => {
  it('gives the defaults (Demo mode, no key) when nothing is stored yet', () => {
    const { settings, repaired } = migrateSettings(undefined)
    expect(settings).toEqual(withAnyDrawnIds(defaultSettings()))
    expect(settings.pairingCode).toMatch(/^\d{6}$/)
    expect(settings.environment).toBe('demo')
    expect(settings.apiKey).toBeNull()
    expect(repaired).toEqual([])
  })

  it('uses the OS language as the default language on first run', () => {
    expect(migrateSettings(undefined, 'de').settings.language).toBe('de')
  })

  it('is idempotent: migrating its own output changes nothing', () => {
    const once = migrateSettings({ environment: 'production', deviceName: 'till-2', maxAmountCents: 12_345 }).settings
    expect(migrateSettings(once).settings).toEqual(once)
    expect(migrateSettings(once).repaired).toEqual([])
  })

  it('a file from before "tills on this key" gets one till, without a warning; a stored number is kept', () => {
    const older = migrateSettings({ environment: 'production', deviceName: 'till-2' })
    expect(older.settings.tillsOnKey).toBe(1)
    expect(older.repaired).toEqual([])
    expect(migrateSettings({ tillsOnKey: 3 }).settings.tillsOnKey).toBe(3)
  })

  it('keeps every valid field and resets only the corrupted ones, saying which', () => {
    const { settings, repaired } = migrateSettings({
      environment: 'production',
      entryMode: 'abacus',
      maxAmountCents: -5,
      deviceName: 'till-2',
      linkDefaults: { callbackUrl: 'https://shop.example/thanks', noteTemplate: 42 },
      apiKey: { encoding: 'safeStorage', value: 'c2VjcmV0' }
    })
    expect(settings.environment).toBe('production')
    expect(settings.deviceName).toBe('till-2')
    expect(settings.linkDefaults.callbackUrl).toBe('https://shop.example/thanks')
    expect(settings.apiKey).toEqual({ encoding: 'safeStorage', value: 'c2VjcmV0' })
    expect(settings.entryMode).toBe('cents')
    expect(settings.maxAmountCents).toBe(defaultSettings().maxAmountCents)
    expect(settings.linkDefaults.noteTemplate).toBe(defaultSettings().linkDefaults.noteTemplate)
    expect(repaired).toEqual([
      { code: 'field_reset', field: 'linkDefaults.noteTemplate' },
      { code: 'field_reset', field: 'maxAmountCents' },
      { code: 'field_reset', field: 'entryMode' }
    ])
  })

  it('drops the sale counter older versions kept in settings, silently: sale numbers now come from the journal', () => {
    const older = { environment: 'production', deviceName: 'till-2', saleSequence: { day: '20261121', last: 41 } }
    const { settings, repaired } = migrateSettings(older)
    expect(settings).not.toHaveProperty('saleSequence')
    expect(settings).toMatchObject({ environment: 'production', deviceName: 'till-2' })
    expect(repaired).toEqual([])
  })

  it('resets a file that is not an object at all and says so', () => {
    for (const garbage of ['unreadable', 42, [1, 2], true]) {
      const { settings, repaired } = migrateSettings(garbage)
      expect(settings).toEqual(withAnyDrawnIds(defaultSettings()))
      expect(repaired).toEqual([{ code: 'all_reset' }])
    }
  })

  it('drops fields it does not know, such as a plain-text key from a hand-edited file', () => {
    const { settings } = migrateSettings({ apiKeyPlain: 'sk_live_123', environment: 'development' })
    expect(settings).not.toHaveProperty('apiKeyPlain')
    expect(JSON.stringify(settings)).not.toContain('sk_live_123')
  })

  it('removes an unreadable stored key rather than failing', () => {
    const { settings, repaired } = migrateSettings({ apiKey: { encoding: 'rot13', value: 'x' } })
    expect(settings.apiKey).toBeNull()
    expect(repaired).toContainEqual({ code: 'api_key_removed' })
  })

  it('gives every install its own till id, keeps it, and gives one to settings from before till ids', () => {
    const first = migrateSettings(undefined).settings
    const second = migrateSettings(undefined).settings
    expect(first.tillId).toMatch(/^[a-z2-9]{5}$/)
    expect(first.tillId).not.toBe(second.tillId)
    expect(migrateSettings(first).settings.tillId).toBe(first.tillId)
    const { tillId: _dropped, ...older } = first
    const upgraded = migrateSettings(older)
    expect(upgraded.settings.tillId).toMatch(/^[a-z2-9]{5}$/)
    expect(upgraded.repaired).toEqual([])
  })

  describe('a data folder copied to another machine', () => {
    const tillA = machineFingerprint('till-a')
    const tillB = machineFingerprint('till-b')
    const madeOnA = { ...defaultSettings('en', tillA), tillId: 'k7q2m', deviceName: 'bar', environment: 'production' }

    it('gets its own till id on the other machine, says so, and keeps everything else', () => {
      const onB = migrateSettings(madeOnA, 'en', tillB)
      expect(onB.settings.tillId).toMatch(/^[a-z2-9]{5}$/)
      expect(onB.settings.tillId).not.toBe('k7q2m')
      expect(onB.settings).toMatchObject({ tillMachine: tillB, deviceName: 'bar', environment: 'production' })
      expect(onB.repaired).toEqual([{ code: 'till_id_renewed' }])
      expect(migrateSettings(onB.settings, 'en', tillB)).toEqual({ settings: onB.settings, repaired: [] })
    })

    it('keeps its till id on the machine it was made on', () => {
      expect(migrateSettings(madeOnA, 'en', tillA)).toEqual({ settings: madeOnA, repaired: [] })
    })

    it('keeps the till id of settings from before the machine was recorded, and records it', () => {
      const { tillMachine: _machine, ...older } = madeOnA
      expect(migrateSettings(older, 'en', tillB)).toEqual({
        settings: { ...madeOnA, tillMachine: tillB },
        repaired: []
      })
    })
  })
})

describe('migrateSettings: the cashiers', () => {
  const hashed = { salt: Buffer.alloc(16, 1).toString('base64'), hash: Buffer.alloc(32, 2).toString('base64') }
  const guard = { wrongSinceCorrect: 0, wrongBeforeLastCorrect: 0, blocks: 0, blockedUntil: 0 }
  const cashier = (id: string) => ({ id, name: 'Anna', pin: hashed, permissions: ['refund'], guard })

  it('a file without cashiers stays without; one with them keeps them, and migrating again changes nothing', () => {
    const machine = machineFingerprint()
    expect(migrateSettings(defaultSettings('en', machine), 'en', machine).settings).not.toHaveProperty('staff')
    const withStaff = { ...defaultSettings('en', machine), staff: { cashiers: [cashier('c-0000abcd')] } }
    const migrated = migrateSettings(withStaff, 'en', machine)
    expect(migrated).toEqual({ settings: withStaff, repaired: [] })
    expect(migrateSettings(migrated.settings, 'en', machine).settings).toEqual(migrated.settings)
  })

  it('a cashier that cannot be read is dropped alone, and the owner is told', () => {
    const machine = machineFingerprint()
    const damaged = { ...cashier('c-00001111'), pin: { salt: 'x', hash: 'y' } }
    const migrated = migrateSettings(
      { ...defaultSettings('en', machine), staff: { cashiers: [cashier('c-0000abcd'), damaged] } },
      'en',
      machine
    )
    expect(migrated.settings.staff?.cashiers.map((each) => each.id)).toEqual(['c-0000abcd'])
    expect(migrated.repaired).toEqual([{ code: 'field_reset', field: 'staff' }])
  })
})
