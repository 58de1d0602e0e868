import { beforeEach, describe, expect, it, vi } from 'vitest'

type Listener = (...args: unknown[]) => void
interface PrintCall {
  options: Record<string, unknown>
  callback: (success: boolean, failureReason: string) => void
}
interface FakeWindow {
  options: { show: boolean; webPreferences: Record<string, unknown> }
  titleListeners: Listener[]
  prints: PrintCall[]
  destroyed: boolean
}

const windows: FakeWindow[] = []
const printers = { names: [] as string[] }
const page = { title: 'receipt-ready', printAnswer: { success: true, failureReason: '' } }

vi.mock('electron', () => ({
  BrowserWindow: class {
    record: FakeWindow
    webContents: Record<string, unknown>
    constructor(options: FakeWindow['options']) {
      const record: FakeWindow = { options, titleListeners: [], prints: [], destroyed: false }
      this.record = record
      this.webContents = {
        getPrintersAsync: async () => printers.names.map((name) => ({ name })),
        on: (event: string, listener: Listener) => {
          if (event === 'page-title-updated') record.titleListeners.push(listener)
        },
        print: (options: Record<string, unknown>, callback: PrintCall['callback']) => {
          record.prints.push({ options, callback })
          callback(page.printAnswer.success, page.printAnswer.failureReason)
        }
      }
      windows.push(record)
    }
    destroy() {
      this.record.destroyed = true
    }
  }
}))

const { createReceiptPrintWindow } = await import('../../src-main/window/receipt-print-window')

/** Loading the page: it lays the receipt out and sets its title, as the renderer's receipt page does. */
const load = vi.fn(async (window: unknown, _hash: string) => {
  const record = (window as { record: FakeWindow }).record
  for (const listener of record.titleListeners) listener({}, page.title)
})
const print = createReceiptPrintWindow({ preloadPath: '/app/preload.cjs', load })
const JOB = { reference: 'POS-ab c-0001', paper: 'mm58', printerName: 'Thermal', silent: true } as const

beforeEach(() => {
  windows.length = 0
  load.mockClear()
  printers.names = ['Office', 'Thermal']
  page.title = 'receipt-ready'
  page.printAnswer = { success: true, failureReason: '' }
})

describe('receipt printing through Electron', () => {
  it('opens a hidden, sandboxed window with the preload at the receipt page and prints on the named printer', async () => {
    expect(await print(JOB)).toEqual({ ok: true, value: { printed: true } })
    const [window] = windows
    expect(window!.options.show).toBe(false)
    expect(window!.options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false
    })
    expect(load).toHaveBeenCalledWith(expect.anything(), 'receipt=POS-ab%20c-0001')
    expect(window!.prints[0]!.options).toEqual({
      silent: true,
      printBackground: false,
      pageSize: { width: 58_000, height: 297_000 },
      margins: { marginType: 'none' },
      deviceName: 'Thermal'
    })
    expect(window!.destroyed).toBe(true)
  })

  it('uses the system default printer when none is named, with the dialog when not silent', async () => {
    expect(await print({ ...JOB, printerName: '', silent: false, paper: 'a4' })).toMatchObject({ ok: true })
    const options = windows[0]!.prints[0]!.options
    expect(options).not.toHaveProperty('deviceName')
    expect(options).toMatchObject({ silent: false, pageSize: { width: 210_000, height: 297_000 } })
  })

  it('refuses a printer the system does not list, before loading anything', async () => {
    printers.names = ['Office']
    expect(await print(JOB)).toEqual({
      ok: false,
      error: { code: 'print_failed', reason: 'printer_not_found', printerName: 'Thermal' }
    })
    expect(load).not.toHaveBeenCalled()
    expect(windows[0]!.destroyed).toBe(true)
  })

  it('answers failed when the page could not lay the receipt out, and prints nothing', async () => {
    page.title = 'receipt-failed'
    expect(await print(JOB)).toMatchObject({ ok: false, error: { reason: 'failed' } })
    expect(windows[0]!.prints).toEqual([])
    expect(windows[0]!.destroyed).toBe(true)
  })

  it('tells a cancelled dialog from a failed job', async () => {
    page.printAnswer = { success: false, failureReason: 'cancelled' }
    expect(await print(JOB)).toMatchObject({ ok: false, error: { reason: 'cancelled' } })
    page.printAnswer = { success: false, failureReason: 'failed' }
    expect(await print(JOB)).toMatchObject({ ok: false, error: { reason: 'failed' } })
  })
})
