import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import { createSettingsService } from '../../../src-main/settings/settings-service'
import type { SettingsStorage } from '../../../src-main/settings/settings-storage'
import type { StoredSettings } from '../../../src-main/settings/stored-settings-schema'
import { plainCipher } from '../../support/plain-cipher'

describe('settings are written at start only when migration changed something', () => {
  let folder: string
  let filePath: string
  /** Every write the service asked for, on top of the real file storage. */
  let writes: StoredSettings[]
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'counter-start-writes-'))
    filePath = join(folder, 'settings.json')
    writes = []
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  const open = () => {
    const file = createJsonFileSettingsStorage(filePath)
    const storage: SettingsStorage = {
      ...file,
      write: (settings) => {
        writes.push(settings)
        file.write(settings)
      }
    }
    return createSettingsService({ storage, cipher: plainCipher })
  }
  /** The file's bytes and identity: every write replaces it through a new file, so its inode changes. */
  const fileState = () => ({ text: readFileSync(filePath, 'utf8'), inode: statSync(filePath).ino })

  it('a fresh install is written once, with its till id and pairing code, and the next start writes nothing', async () => {
    const first = await open()
    expect(writes).toHaveLength(1)
    const written = fileState()
    writes = []

    const second = await open()
    expect(writes).toEqual([])
    expect(fileState()).toEqual(written)
    expect(second.getStored().tillId).toBe(first.getStored().tillId)
    expect(second.getStored().pairingCode).toBe(first.getStored().pairingCode)
  })

  it('settings the owner saved are not rewritten by the next start', async () => {
    ;(await open()).update({ deviceName: 'till-5', kioskMode: true })
    const saved = fileState()
    writes = []
    expect((await open()).getPublic()).toMatchObject({ deviceName: 'till-5', kioskMode: true })
    expect(writes).toEqual([])
    expect(fileState()).toEqual(saved)
  })

  it('a file from before till ids gets one written at start, once', async () => {
    await open()
    const { tillId: _dropped, ...older } = JSON.parse(readFileSync(filePath, 'utf8')) as Record<string, unknown>
    writeFileSync(filePath, JSON.stringify(older))
    writes = []

    const upgraded = await open()
    expect(writes).toHaveLength(1)
    expect(writes[0]!.tillId).toBe(upgraded.getStored().tillId)
    writes = []
    await open()
    expect(writes).toEqual([])
  })

  it('a repaired value is written at start, so the next start has nothing left to repair', async () => {
    await open()
    const stored = JSON.parse(readFileSync(filePath, 'utf8')) as Record<string, unknown>
    writeFileSync(filePath, JSON.stringify({ ...stored, entryMode: 'abacus' }))
    writes = []

    expect((await open()).repairedAtLoad).toEqual([{ code: 'field_reset', field: 'entryMode' }])
    expect(writes).toHaveLength(1)
    writes = []
    expect((await open()).repairedAtLoad).toEqual([])
    expect(writes).toEqual([])
  })
})
