import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { needsTmpfsMount } from '../support/mount-probe'
import { mountScratchFileSystem, type ScratchFileSystem } from '../support/read-only-mount'

const electron = vi.hoisted(() => ({ userData: '' }))

// Only Electron is mocked: electron-store and conf are the real ones, on a real read-only file system.
vi.mock('electron', () => {
  const api = {
    app: { getPath: () => electron.userData, getVersion: () => '0.1.0', getName: () => 'secpaid-counter' },
    ipcMain: { on: () => {} },
    shell: {},
    safeStorage: {
      isAsyncEncryptionAvailable: async () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptStringAsync: async (text: string) => Buffer.from(`enc(${text})`),
      decryptStringAsync: async (buffer: Buffer) => ({
        result: buffer.toString().replace(/^enc\((.*)\)$/s, '$1'),
        shouldReEncrypt: false
      })
    }
  }
  return { ...api, default: api }
})

const { createElectronSettingsStorage, createSafeStorageCipher } =
  await import('../../src-main/settings/electron-settings-storage')
const { createSettingsService } = await import('../../src-main/settings/settings-service')

const open = () =>
  createSettingsService({ storage: createElectronSettingsStorage(), cipher: createSafeStorageCipher('linux') })

/** Every file in the data folder with its bytes, inode and modification time. */
function folderState() {
  return readdirSync(electron.userData)
    .sort()
    .map((name) => {
      const path = join(electron.userData, name)
      const { ino, mtimeMs } = statSync(path)
      return { name, ino, mtimeMs, text: readFileSync(path, 'utf8') }
    })
}

// A real full or read-only disk: a tmpfs this process mounts (see tests/support/mount-probe.ts).
needsTmpfsMount()

describe('electron-store settings in a read-only data folder (a real read-only tmpfs)', () => {
  let disk: ScratchFileSystem
  beforeEach(() => {
    disk = mountScratchFileSystem()
    electron.userData = disk.folder
  })
  afterEach(() => disk.unmount())

  it('starts with the stored settings and key, refuses changes with EROFS, and writes nothing', async () => {
    const earlier = await open()
    earlier.update({ deviceName: 'till-ro', environment: 'production' })
    await earlier.setApiKey('sk_live_RO', { storeUnencrypted: false })
    disk.setReadOnly(true)
    const untouched = folderState()

    const service = await open()
    expect(service.getPublic()).toMatchObject({
      deviceName: 'till-ro',
      hasKey: true,
      demo: false,
      settingsFile: { writable: false, errno: 'EROFS' }
    })
    expect(service.getApiKey()).toBe('sk_live_RO')
    const refused = { ok: false, error: { code: 'settings_unwritable', errno: 'EROFS' } }
    expect(service.update({ deviceName: 'till-x' })).toEqual(refused)
    expect(await service.setApiKey('sk_live_X', { storeUnencrypted: false })).toEqual(refused)
    expect(service.removeApiKey()).toEqual(refused)
    expect(folderState()).toEqual(untouched)
  })

  it('a settings file that is not JSON cannot be moved aside: it stays, the app starts on defaults and says so', async () => {
    writeFileSync(join(disk.folder, 'settings.json'), '{"settings": {"deviceName": "till-9", ')
    disk.setReadOnly(true)
    const untouched = folderState()

    const service = await open()
    expect(service.repairedAtLoad).toEqual([{ code: 'all_reset' }])
    expect(service.getPublic()).toMatchObject({ deviceName: 'counter1', settingsFile: { writable: false } })
    expect(folderState()).toEqual(untouched)

    disk.setReadOnly(false)
    expect(service.update({ deviceName: 'till-10' })).toMatchObject({ ok: true })
    const kept = readdirSync(disk.folder).filter((file) => file.startsWith('settings.json.unreadable-'))
    expect(kept.map((file) => readFileSync(join(disk.folder, file), 'utf8'))).toEqual([
      '{"settings": {"deviceName": "till-9", '
    ])
    expect((await open()).getPublic().deviceName).toBe('till-10')
  })
})
