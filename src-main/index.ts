import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { app, type BrowserWindow, dialog, net } from 'electron'

import { EVENT_CHANNEL } from '../src-preload/contract'
import { languageOfLocale } from './app/os-language'
import { createQuitGuard } from './app/quit-guard'
import { startFailureMessage } from './app/start-failure-message'
import { atStartStage, describeStartFailure } from './app/start-stage'
import { createRejectionLog, install } from './app/unhandled-rejections'
import { userDataOverride } from './app/user-data-folder'
import { createBackend } from './backend'
import { runOnWorker } from './books/books-job-runner'
import { registerIpcHandlers } from './ipc/register-ipc'
import { BOOKS_DATABASE_FILE } from './journal/books-database'
import { createElectronSettingsStorage, createSafeStorageCipher } from './settings/electron-settings-storage'
import { isAppUrl } from './window/app-origin'
import { createBooksOutput, createFolderChooser, createImageChooser } from './window/books-output'
import { createCustomerWindowFollower } from './window/customer-window-follower'
import { createKeepAwake } from './window/keep-awake'
import { applyKiosk, createMainWindow } from './window/main-window'
import { createReceiptPrintWindow } from './window/receipt-print-window'
import { applySecurityPolicy } from './window/security-policy'

// Before anything reads userData: the single-instance lock, Chromium's profile and the settings all live there.
const userDataFolder = userDataOverride(process.env, app.isPackaged)
if (userDataFolder !== null) app.setPath('userData', userDataFolder)
const dataFolder = app.getPath('userData')
const rejections = createRejectionLog({ logFile: join(dataFolder, 'main-errors.log') })
install(process, (reason) => rejections.report(reason))

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
const rendererFilePath = fileURLToPath(new URL('../renderer/index.html', import.meta.url))
const customerDisplayPage = fileURLToPath(new URL('../customer-display/', import.meta.url))
const booksWorkerPath = fileURLToPath(new URL('./books-worker.js', import.meta.url))
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const rendererEntry = { fileUrl: pathToFileURL(rendererFilePath).href, devServerUrl }
const belongsToApp = (url: string) => isAppUrl(url, rendererEntry)

const loadRenderer = (window: BrowserWindow) =>
  devServerUrl !== undefined ? window.loadURL(devServerUrl) : window.loadFile(rendererFilePath)
const loadRendererAt = (window: BrowserWindow, hash: string) =>
  devServerUrl !== undefined ? window.loadURL(`${devServerUrl}#${hash}`) : window.loadFile(rendererFilePath, { hash })

async function start(): Promise<void> {
  // One counter per machine: a second start would poll SecPaid twice and could race the journal.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  await app.whenReady()
  applySecurityPolicy(belongsToApp)

  let mainWindow: BrowserWindow | null = null
  const quitGuard = createQuitGuard(() => backend.settings.getPublic().kioskMode)
  // Declared before the backend exists, synced only after: settings changes and start-up.
  const customerWindow = createCustomerWindowFollower({
    wanted: () => backend.settings.getPublic().customerWindow,
    url: () => backend.customerDisplay.windowUrl()
  })
  const backend = await atStartStage('backend', () =>
    createBackend({
      storage: atStartStage('settings', createElectronSettingsStorage),
      booksPath: join(dataFolder, BOOKS_DATABASE_FILE),
      cipher: createSafeStorageCipher(),
      fetch: (url, init) => net.fetch(url, init),
      fallbackLanguage: languageOfLocale(app.getLocale()),
      keepAwake: createKeepAwake(),
      customerDisplayPage,
      onSettingsChanged: (settings) => {
        if (mainWindow !== null) applyKiosk(mainWindow, settings.kioskMode)
        customerWindow.sync()
      },
      quitApp: () => {
        quitGuard.approveQuit()
        app.quit()
      },
      reportDefect: (where, error) => console.error(`${where} failed:`, error),
      printReceipt: createReceiptPrintWindow({ preloadPath, load: loadRendererAt }),
      fileOutput: createBooksOutput(() => mainWindow),
      chooseFolder: createFolderChooser(() => mainWindow),
      appVersion: app.getVersion(),
      chooseImage: createImageChooser(() => mainWindow),
      runBooksJob: runOnWorker(booksWorkerPath, (error) => console.error('books worker failed, ran inline:', error))
    })
  )
  // Every event main announces goes to the cashier's window, the only one with the preload.
  backend.events.subscribe((event) => {
    if (mainWindow !== null && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event)
  })
  for (const repair of backend.settings.repairedAtLoad) console.warn('Settings repaired at start-up:', repair)
  // In the background: an offline start must not keep the counter from opening.
  void backend.reconcile()
  registerIpcHandlers(backend.handlers, (frame) => frame !== null && belongsToApp(frame.url))
  mainWindow = createMainWindow({
    preloadPath,
    kiosk: backend.settings.getPublic().kioskMode,
    load: loadRenderer,
    mayClose: () => quitGuard.mayQuit(),
    onLoadStart: () => backend.lockSettings()
  })
  customerWindow.sync()
  mainWindow.on('closed', () => customerWindow.stop())

  app.on('second-instance', () => {
    if (mainWindow === null) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  // In kiosk mode a quit from anywhere but the PIN-guarded Quit (a menu, the dock, a shortcut) is refused.
  app.on('before-quit', (event) => {
    if (quitGuard.mayQuit()) customerWindow.stop()
    else event.preventDefault()
  })
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => void backend.close())
}

/**
 * A start that fails ends in a dialog naming what failed and the data folder, then the process exits: a process
 * without a window would keep the single-instance lock, and every later start would quit silently.
 */
start().catch((error: unknown) => {
  try {
    const { stage, detail } = describeStartFailure(error)
    const message = startFailureMessage({ stage, dataFolder, language: languageOfLocale(app.getLocale()), detail })
    console.error(`${message.title}:`, error)
    dialog.showErrorBox(message.title, message.body)
  } finally {
    app.exit(1)
  }
})
