import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  userData: '',
  locale: 'en-US',
  errorBoxes: [] as { title: string; body: string }[],
  exitCodes: [] as number[],
  quits: 0,
  windowsOpened: 0,
  locksTaken: 0
}))

// Only Electron is mocked; the faults are real: the data folder sits below a regular file, so nothing can be
// created in it, as with a data folder on a drive that is gone or a path that became a file.
vi.mock('electron', () => {
  const api = {
    app: {
      isPackaged: true,
      getPath: () => electron.userData,
      getVersion: () => '0.1.0',
      getName: () => 'secpaid-counter',
      getLocale: () => electron.locale,
      whenReady: () => Promise.resolve(),
      requestSingleInstanceLock: () => {
        electron.locksTaken += 1
        return true
      },
      on: () => {},
      quit: () => (electron.quits += 1),
      exit: (code: number) => electron.exitCodes.push(code)
    },
    dialog: {
      showErrorBox: (title: string, body: string) => electron.errorBoxes.push({ title, body })
    },
    ipcMain: { on: () => {}, handle: () => {} },
    shell: {},
    net: { fetch },
    session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
    safeStorage: { isAsyncEncryptionAvailable: async () => false },
    powerSaveBlocker: { start: () => 1, stop: () => {} },
    Menu: { setApplicationMenu: () => {}, buildFromTemplate: () => ({}) },
    BrowserWindow: class {
      constructor() {
        electron.windowsOpened += 1
      }
    }
  }
  return { ...api, default: api }
})

const scratch = mkdtempSync(join(tmpdir(), 'counter-start-failure-'))
const aFile = join(scratch, 'not-a-folder')
writeFileSync(aFile, 'a file where the data folder should be')

/** Starts the app entry afresh and waits until it has exited. */
async function startApp(): Promise<void> {
  vi.resetModules()
  await import('../../src-main/index')
  await vi.waitFor(() => expect(electron.exitCodes).not.toEqual([]), { timeout: 5000 })
}

describe('a start that fails ends in a dialog and an exit (electron mocked, real faults)', () => {
  const rejectionListeners = process.listeners('unhandledRejection')

  beforeEach(() => {
    Object.assign(electron, { errorBoxes: [], exitCodes: [], quits: 0, windowsOpened: 0, locksTaken: 0 })
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })
  afterEach(() => {
    vi.restoreAllMocks()
    vi.doUnmock('electron-store')
    // Each start installed the app's unhandled-rejection handler in this process; only one test's at a time.
    for (const listener of process.listeners('unhandledRejection')) {
      if (!rejectionListeners.includes(listener)) process.off('unhandledRejection', listener)
    }
  })
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('settings that cannot be stored: says so in English, names the data folder, exits 1 with no window', async () => {
    electron.userData = join(aFile, 'secpaid-counter')
    electron.locale = 'en-US'
    await startApp()

    expect(electron.errorBoxes).toHaveLength(1)
    const [box] = electron.errorBoxes
    expect(box!.title).toBe('SecPaid Counter could not start')
    expect(box!.body).toContain('SecPaid Counter could not start: its settings could not be read or saved.')
    expect(box!.body).toContain(`Data folder: ${electron.userData}`)
    expect(box!.body).toMatch(/Details: .*ENOTDIR/)
    expect(electron.exitCodes).toEqual([1])
    expect(electron.windowsOpened).toBe(0)
    expect(electron.locksTaken).toBe(1)
  })

  it('a journal that cannot be opened: says so in German on a German system, exits 1 with no window', async () => {
    // Settings held in memory, so start-up gets past them and fails at the journal beside them.
    vi.doMock('electron-store', () => ({
      default: class {
        data = new Map<string, unknown>()
        get(key: string) {
          return this.data.get(key)
        }
        set(key: string, value: unknown) {
          this.data.set(key, value)
        }
      }
    }))
    electron.userData = join(aFile, 'secpaid-counter')
    electron.locale = 'de-DE'
    await startApp()

    expect(electron.errorBoxes).toHaveLength(1)
    const [box] = electron.errorBoxes
    expect(box!.title).toBe('SecPaid Counter konnte nicht starten')
    expect(box!.body).toContain(
      'SecPaid Counter konnte nicht starten: das Verkaufsjournal konnte nicht geöffnet werden.'
    )
    expect(box!.body).toContain(`Datenordner: ${electron.userData}`)
    expect(electron.exitCodes).toEqual([1])
    expect(electron.windowsOpened).toBe(0)
    expect(electron.quits).toBe(0)
  })
})
