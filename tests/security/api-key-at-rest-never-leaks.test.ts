import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { format } from 'node:util'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type Backend, createBackend } from '../../src-main/backend'
import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../src-main/settings/json-file-settings-storage'
import type { SecretCipher } from '../../src-main/settings/settings-storage'
import type { Channel, CounterEvent, KeyStorage } from '../../src-preload/contract'
import { needsTmpfsMount, tmpfsMountRefused } from '../support/mount-probe'
import { mountScratchFileSystem, type ScratchFileSystem } from '../support/read-only-mount'

const KEY = 'sk_live_ATREST_LEAKCHECK_789'

/**
 * A keyring that can turn weak, vanish, or fail to encrypt: its errors and its ciphertext quote the key, so a path that
 * logged or passed on either would show it.
 */
const keyring = { storage: 'encrypted' as KeyStorage, failEncrypt: false, id: 'ring1' }
const leakyCipher: SecretCipher = {
  storage: async () => keyring.storage,
  async encrypt(text) {
    if (keyring.failEncrypt) throw new Error(`could not encrypt ${text}`)
    return Buffer.from(`${keyring.id}|${text}`).toString('hex')
  },
  async decrypt(cipherText) {
    const [id, text] = Buffer.from(cipherText, 'hex').toString().split('|')
    if (id !== keyring.id) throw new Error(`could not decrypt ${String(text)}`)
    return { plainText: text ?? '', shouldReEncrypt: false }
  }
}

// A real full or read-only disk: a tmpfs this process mounts (see tests/support/mount-probe.ts).
needsTmpfsMount()

describe('the key at rest: weak or no storage, refusals, a failing or replaced keyring, a read-only disk', () => {
  let disk: ScratchFileSystem
  let journalFolder: string
  let backend: Backend
  const answers: string[] = []
  const events: CounterEvent[] = []
  const logged: string[] = []

  const start = async () => {
    backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(disk.folder, 'settings.json')),
      booksPath: join(journalFolder, 'books.sqlite'),
      cipher: leakyCipher,
      fetch,
      reportDefect: (channel, error) => console.error(`IPC handler ${channel} failed:`, error)
    })
    backend.events.subscribe((event) => events.push(event))
  }
  const call = async (channel: Channel, request: unknown) => {
    const result = await dispatchCounterCall(backend.handlers, channel, request)
    answers.push(JSON.stringify(result))
    return result
  }

  beforeAll(async () => {
    // Where no tmpfs can be mounted every test here is skipped (or fails under CI) before it needs the disk.
    if (tmpfsMountRefused() !== null) return
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(console, method).mockImplementation((...parts: unknown[]) => logged.push(format(...parts)))
    }
    disk = mountScratchFileSystem()
    journalFolder = mkdtempSync(join(tmpdir(), 'counter-at-rest-journal-'))
    await start()
  })
  afterAll(async () => {
    if (tmpfsMountRefused() !== null) return
    await backend.close()
    vi.restoreAllMocks()
    disk.unmount()
    rmSync(journalFolder, { recursive: true, force: true })
  })

  const settingsText = () =>
    readdirSync(disk.folder)
      .map((file) => readFileSync(join(disk.folder, file), 'utf8'))
      .join('\n')

  it('refused for want of consent, the key is neither stored nor answered', async () => {
    for (const storage of ['weak', 'unavailable'] as const) {
      keyring.storage = storage
      expect(await call('setApiKey', { apiKey: KEY })).toMatchObject({
        ok: false,
        error: { code: 'key_storage_needs_consent' }
      })
    }
    expect(settingsText()).not.toContain(KEY)
  })

  it('an encryption that fails with the key in its error: refused, not logged, not stored', async () => {
    keyring.storage = 'encrypted'
    keyring.failEncrypt = true
    expect(await call('setApiKey', { apiKey: KEY })).toEqual({ ok: false, error: { code: 'key_encryption_failed' } })
    keyring.failEncrypt = false
    expect(settingsText()).not.toContain(KEY)
  })

  it('stored with consent where storage is weak, and then undecryptable after the keyring changed', async () => {
    keyring.storage = 'weak'
    expect(await call('setApiKey', { apiKey: KEY, storeUnencrypted: true })).toMatchObject({ ok: true })
    await backend.close()
    keyring.id = 'ring2'
    await start()
    expect(await call('getSettings', {})).toMatchObject({ ok: true, value: { keyStatus: { state: 'undecryptable' } } })
  })

  it('on a read-only disk a new key is refused without being answered', async () => {
    keyring.id = 'ring1'
    disk.setReadOnly(true)
    expect(await call('setApiKey', { apiKey: KEY, storeUnencrypted: true })).toEqual({
      ok: false,
      error: { code: 'settings_unwritable', errno: 'EROFS' }
    })
    disk.setReadOnly(false)
  })

  it('no answer, event or log line along the way holds the key', () => {
    expect(answers.length).toBeGreaterThan(5)
    expect(answers.filter((answer) => answer.includes(KEY))).toEqual([])
    expect(events.length).toBeGreaterThan(0)
    expect(events.filter((event) => JSON.stringify(event).includes(KEY))).toEqual([])
    expect(logged.filter((line) => line.includes(KEY))).toEqual([])
  })
})
