import { isDeepStrictEqual } from 'node:util'

import type {
  KeyStorage,
  Language,
  PublicSettings,
  SettingsFileStatus,
  SettingsPatch,
  SettingsRepair
} from '../../src-preload/contract'
import { SETTINGS_LIMITS } from '../../src-preload/contract/settings-limits'
import { generatePairingCode } from '../customer-display/pairing-code'
import { fail, type Result, succeed } from '../result'
import { keyStatusOf, type OpenedKey, openStoredKey, sealKey } from './api-key-at-rest'
import { migrateSettings } from './migrate-settings'
import { hashPin } from './settings-pin'
import type { SecretCipher, SettingsStorage, WriteProblem } from './settings-storage'
import { NO_WRONG_PINS, type PinGuard, type StoredSettings } from './stored-settings-schema'
import type { StoredStaff } from './stored-staff-schema'
import { errnoOf } from './write-problem'

export interface SettingsService {
  getPublic(): PublicSettings
  getStored(): Readonly<StoredSettings>
  /** Values that were unreadable at start-up and were reset, for a warning to the owner. */
  readonly repairedAtLoad: readonly SettingsRepair[]
  /** Called after every change that was saved, and when the settings file became (un)writable. */
  onChange(listener: (settings: PublicSettings) => void): void
  /** Every change is refused with `settings_unwritable` while the settings file cannot be written. */
  update(patch: SettingsPatch): Result<PublicSettings>
  /** Encrypts and stores the key; where it could not be kept encrypted, only with `storeUnencrypted` (consent). */
  setApiKey(apiKey: string, options: { storeUnencrypted: boolean }): Promise<Result<PublicSettings>>
  removeApiKey(): Result<PublicSettings>
  /** Stores the PIN hashed (scrypt, random salt), or removes it with null; either starts the wrong-PIN count anew. */
  setPin(pin: string | null): Result<PublicSettings>
  /**
   * Keeps the wrong-PIN count and wait with the settings (settings-lock.ts). Where the file cannot be written the
   * lock still holds them for this run; false then.
   */
  recordPinGuard(guard: PinGuard): boolean
  /** The cashiers as they are to be stored (src-main/staff/); undefined when the last one is removed. */
  setStaff(staff: StoredStaff | undefined): Result<PublicSettings>
  newPairingCode(): Result<string>
  /**
   * The key decrypted once at start (or as last entered), for the main process's SecPaid client only. Null when none
   * is set or the stored one cannot be decrypted.
   */
  getApiKey(): string | null
}

/** How well each way of storing protects the key, so re-encrypting never makes it worse. */
const PROTECTION: Record<KeyStorage, number> = { unavailable: 0, weak: 1, encrypted: 2 }

/**
 * The owner's settings: read and migrated once, written only when something changed (never at start unless migration
 * changed something), and the API key decrypted once at start and kept in memory. Settings that cannot be written
 * (a read-only file or folder) still start the app with what was read; every change is then refused, none dropped.
 */
export async function createSettingsService(options: {
  storage: SettingsStorage
  cipher: SecretCipher
  fallbackLanguage?: Language
}): Promise<SettingsService> {
  const { storage, cipher } = options
  const onDisk = storage.read()
  const loaded = migrateSettings(onDisk, options.fallbackLanguage)
  let current = loaded.settings
  let fileStatus = statusOf(storage.writeProblem())
  const listeners: ((settings: PublicSettings) => void)[] = []

  /** Writes `next`; the problem when the file did not take it. An error the OS did not name is a defect: thrown. */
  const tryWrite = (next: StoredSettings): WriteProblem | null => {
    try {
      storage.write(next)
      return null
    } catch (error) {
      const errno = errnoOf(error)
      if (errno === null) throw error
      return { errno }
    }
  }
  /** Records what the last write or check found; true when the file became writable or unwritable. */
  const setFileStatus = (problem: WriteProblem | null): boolean => {
    const next = statusOf(problem)
    const changed = !isDeepStrictEqual(fileStatus, next)
    fileStatus = next
    return changed
  }

  if (!isDeepStrictEqual(onDisk, current)) setFileStatus(tryWrite(current))

  const storageNow = () => cipher.storage().catch((): KeyStorage => 'unavailable')
  let keyStorage = await storageNow()
  let key: OpenedKey = await openStoredKey(current.apiKey, cipher, keyStorage)
  if (key.state === 'set' && key.shouldReEncrypt && PROTECTION[keyStorage] >= PROTECTION[key.storedAs]) {
    const sealed = await sealKey(key.plainText, keyStorage, true, cipher)
    // Where it cannot be stored, the old ciphertext still decrypts: it is encrypted again at a later start.
    if (sealed.ok) {
      const resealed = { ...current, apiKey: sealed.stored }
      const problem = tryWrite(resealed)
      setFileStatus(problem)
      if (problem === null) {
        current = resealed
        key = { ...key, storedAs: keyStorage, shouldReEncrypt: false }
      }
    }
  }

  const getPublic = () =>
    toPublic(current, {
      repairedAtStart: loaded.repaired,
      keyStatus: keyStatusOf(key),
      keyStorage,
      settingsFile: fileStatus
    })
  const publish = (): PublicSettings => {
    const published = getPublic()
    for (const listener of listeners) listener(published)
    return published
  }
  const refuse = (problem: WriteProblem): Result<never> => {
    if (setFileStatus(problem)) publish()
    return fail({ code: 'settings_unwritable', errno: problem.errno })
  }
  /** Saves `next`, then lets `afterSave` update what is kept beside it; refuses when the file cannot take it. */
  const save = (next: StoredSettings, afterSave?: () => void): Result<PublicSettings> => {
    const problem = tryWrite(next)
    if (problem !== null) return refuse(problem)
    setFileStatus(null)
    current = next
    afterSave?.()
    return succeed(publish())
  }

  return {
    repairedAtLoad: loaded.repaired,
    onChange: (listener) => listeners.push(listener),
    getPublic,
    getStored: () => current,
    update(patch) {
      const { linkDefaults, ...chosen } = patch
      return save({
        ...current,
        ...withoutUndefined(chosen),
        linkDefaults: { ...current.linkDefaults, ...withoutUndefined(linkDefaults ?? {}) }
      })
    },
    async setApiKey(apiKey, { storeUnencrypted }) {
      // Asked first, so an owner is not asked to consent to storing a key that cannot be stored at all.
      const blocked = storage.writeProblem()
      if (blocked !== null) return refuse(blocked)
      const storageBefore = keyStorage
      keyStorage = await storageNow()
      const sealed = await sealKey(apiKey, keyStorage, storeUnencrypted, cipher)
      if (!sealed.ok) {
        if (keyStorage !== storageBefore) publish()
        return fail(sealed.error)
      }
      const storedAs = keyStorage
      return save({ ...current, apiKey: sealed.stored }, () => {
        key = { state: 'set', plainText: apiKey, storedAs, shouldReEncrypt: false }
      })
    },
    removeApiKey: () =>
      save({ ...current, apiKey: null }, () => {
        key = { state: 'none' }
      }),
    newPairingCode() {
      const saved = save({ ...current, pairingCode: generatePairingCode() })
      return saved.ok ? succeed(current.pairingCode) : saved
    },
    setPin: (pin) => save({ ...current, settingsPin: pin === null ? null : hashPin(pin), pinGuard: NO_WRONG_PINS }),
    recordPinGuard: (guard) => isDeepStrictEqual(current.pinGuard, guard) || save({ ...current, pinGuard: guard }).ok,
    setStaff: (staff) => {
      const { staff: _staff, ...rest } = current
      return save(staff === undefined ? rest : { ...rest, staff })
    },
    getApiKey: () => (key.state === 'set' ? key.plainText : null)
  }
}

function statusOf(problem: WriteProblem | null): SettingsFileStatus {
  return problem === null ? { writable: true } : { writable: false, errno: problem.errno }
}

interface PublicExtras {
  repairedAtStart: readonly SettingsRepair[]
  keyStatus: PublicSettings['keyStatus']
  keyStorage: KeyStorage
  settingsFile: SettingsFileStatus
}

function toPublic(settings: StoredSettings, extras: PublicExtras): PublicSettings {
  const {
    version: _version,
    tillId,
    tillMachine: _tillMachine,
    settingsPin,
    pinGuard,
    pairingCode: _pairingCode,
    apiKey: _apiKey,
    staff: _staff,
    ...chosen
  } = settings
  const hasKey = extras.keyStatus.state === 'set'
  return {
    ...chosen,
    tillId,
    linkDefaults: { ...settings.linkDefaults },
    hasKey,
    keyStatus: { ...extras.keyStatus },
    keyStorage: extras.keyStorage,
    settingsFile: { ...extras.settingsFile },
    // Demo is the Demo the owner chose, never a stand-in for a missing key: that would sell on the simulator.
    demo: settings.environment === 'demo',
    pinSet: settingsPin !== null,
    pinWrongTries: {
      sinceLastCorrect: pinGuard.wrongSinceCorrect,
      beforeLastCorrect: pinGuard.wrongBeforeLastCorrect
    },
    repairedAtStart: [...extras.repairedAtStart],
    limits: SETTINGS_LIMITS
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>
}
