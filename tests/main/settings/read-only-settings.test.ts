import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { createSettingsService } from '../../../src-main/settings/settings-service'
import type { SecretCipher } from '../../../src-main/settings/settings-storage'
import type { Channel, PublicSettings } from '../../../src-preload/contract'
import { needsTmpfsMount } from '../../support/mount-probe'
import { mountScratchFileSystem, type ScratchFileSystem } from '../../support/read-only-mount'

const testCipher: SecretCipher = {
  storage: async () => 'encrypted',
  encrypt: async (text) => Buffer.from(`sealed:${text}`).toString('base64'),
  decrypt: async (cipherText) => ({
    plainText: Buffer.from(cipherText, 'base64')
      .toString()
      .replace(/^sealed:/, ''),
    shouldReEncrypt: false
  })
}

/** Every file in the folder with its bytes, inode and modification time: what "nothing was touched" means. */
function folderState(folder: string) {
  return readdirSync(folder)
    .sort()
    .map((name) => {
      const path = join(folder, name)
      const { ino, mtimeMs, size } = statSync(path)
      return { name, ino, mtimeMs, size, text: readFileSync(path, 'utf8') }
    })
}

const refusedReadOnly = { ok: false, error: { code: 'settings_unwritable', errno: 'EROFS' } }

// A real full or read-only disk: a tmpfs this process mounts (see tests/support/mount-probe.ts).
needsTmpfsMount()

describe('settings on a read-only file system (a real read-only tmpfs: EROFS, for root as well)', () => {
  let disk: ScratchFileSystem
  let settingsFile: string
  beforeEach(() => {
    disk = mountScratchFileSystem()
    settingsFile = join(disk.folder, 'settings.json')
  })
  afterEach(() => disk.unmount())

  const open = () => createSettingsService({ storage: createJsonFileSettingsStorage(settingsFile), cipher: testCipher })

  it('starts with what is on disk, says it cannot save, refuses every change by code and touches nothing', async () => {
    const earlier = await open()
    earlier.update({ deviceName: 'till-ro', environment: 'production', kioskMode: true })
    await earlier.setApiKey('sk_live_RO', { storeUnencrypted: false })
    earlier.setPin('2468')
    disk.setReadOnly(true)
    const untouched = folderState(disk.folder)

    const service = await open()
    expect(service.getPublic()).toMatchObject({
      deviceName: 'till-ro',
      environment: 'production',
      kioskMode: true,
      hasKey: true,
      demo: false,
      pinSet: true,
      settingsFile: { writable: false, errno: 'EROFS' }
    })
    expect(service.getApiKey()).toBe('sk_live_RO')
    const pairingCode = service.getStored().pairingCode

    expect(service.update({ deviceName: 'other' })).toEqual(refusedReadOnly)
    expect(await service.setApiKey('sk_live_NEW', { storeUnencrypted: false })).toEqual(refusedReadOnly)
    expect(service.removeApiKey()).toEqual(refusedReadOnly)
    expect(service.setPin('1357')).toEqual(refusedReadOnly)
    expect(service.setPin(null)).toEqual(refusedReadOnly)
    expect(service.newPairingCode()).toEqual(refusedReadOnly)

    // Nothing refused was applied in memory either: what is shown is what is on disk.
    expect(service.getPublic()).toMatchObject({ deviceName: 'till-ro', pinSet: true, hasKey: true })
    expect(service.getApiKey()).toBe('sk_live_RO')
    expect(service.getStored().pairingCode).toBe(pairingCode)
    expect(folderState(disk.folder)).toEqual(untouched)
  })

  it('a fresh install on a read-only disk runs on defaults and writes nothing', async () => {
    disk.setReadOnly(true)
    const service = await open()
    expect(service.getPublic()).toMatchObject({
      environment: 'demo',
      demo: true,
      settingsFile: { writable: false, errno: 'EROFS' }
    })
    expect(readdirSync(disk.folder)).toEqual([])
  })

  it('a settings file that is not JSON stays as it is; the app runs on defaults and says both', async () => {
    writeFileSync(settingsFile, '{"deviceName": "till-9", ')
    disk.setReadOnly(true)
    const untouched = folderState(disk.folder)
    const service = await open()
    expect(service.repairedAtLoad).toEqual([{ code: 'all_reset' }])
    expect(service.getPublic()).toMatchObject({ deviceName: 'counter1', settingsFile: { writable: false } })
    expect(folderState(disk.folder)).toEqual(untouched)
  })

  it('saves again, telling so, once the disk is writable', async () => {
    disk.setReadOnly(true)
    const service = await open()
    const published: PublicSettings[] = []
    service.onChange((settings) => published.push(settings))
    expect(published).toEqual([])

    disk.setReadOnly(false)
    expect(service.update({ deviceName: 'till-back' })).toMatchObject({
      ok: true,
      value: { deviceName: 'till-back', settingsFile: { writable: true } }
    })
    expect(published.map((settings) => settings.settingsFile)).toEqual([{ writable: true }])
    expect((await open()).getPublic().deviceName).toBe('till-back')
  })

  it('a disk that turns read-only while running: the refused change is announced with the new status', async () => {
    const service = await open()
    const published: PublicSettings[] = []
    service.onChange((settings) => published.push(settings))
    disk.setReadOnly(true)
    expect(service.update({ paidSound: false })).toEqual(refusedReadOnly)
    expect(service.getPublic().paidSound).toBe(true)
    expect(published.map((settings) => settings.settingsFile)).toEqual([{ writable: false, errno: 'EROFS' }])
  })
})

describe('the counter on a read-only settings disk, through its IPC handlers', () => {
  let disk: ScratchFileSystem
  let journalFolder: string
  let backend: Backend
  beforeEach(() => {
    disk = mountScratchFileSystem()
    journalFolder = mkdtempSync(join(tmpdir(), 'counter-ro-journal-'))
  })
  afterEach(async () => {
    await backend.close()
    disk.unmount()
    rmSync(journalFolder, { recursive: true, force: true })
  })

  const start = () =>
    createBackend({
      storage: createJsonFileSettingsStorage(join(disk.folder, 'settings.json')),
      booksPath: join(journalFolder, 'books.sqlite'),
      cipher: testCipher,
      fetch
    })
  const call = (channel: Channel, request: unknown) => dispatchCounterCall(backend.handlers, channel, request)

  it('answers changes with settings_unwritable (not internal), and still charges with unique references', async () => {
    backend = await start()
    await call('charge', { amountCents: 100 })
    await backend.close()
    disk.setReadOnly(true)
    backend = await start()

    expect(await call('getSettings', {})).toMatchObject({
      ok: true,
      value: { settingsFile: { writable: false, errno: 'EROFS' } }
    })
    expect(await call('updateSettings', { deviceName: 'till-x' })).toEqual(refusedReadOnly)
    expect(await call('setApiKey', { apiKey: 'sk_live_x' })).toEqual(refusedReadOnly)
    expect(await call('setSettingsPin', { pin: '1234' })).toEqual(refusedReadOnly)
    expect(await call('newPairingCode', {})).toEqual(refusedReadOnly)

    // The sale counter on disk still says 1: the journal keeps the new references from repeating the first.
    const references: string[] = []
    for (let sale = 0; sale < 2; sale += 1) {
      const charged = await call('charge', { amountCents: 200 })
      if (!charged.ok) throw new Error(`charge refused: ${charged.error.code}`)
      references.push((charged.value as { reference: string }).reference)
    }
    await backend.close()
    backend = await start()
    const afterRestart = await call('charge', { amountCents: 300 })
    if (!afterRestart.ok) throw new Error(`charge refused: ${afterRestart.error.code}`)
    references.push((afterRestart.value as { reference: string }).reference)
    expect(new Set(references).size).toBe(3)
    expect(references.map((reference) => Number(reference.split('-').at(-1)))).toEqual([2, 3, 4])
  })
})
