import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { CounterEvent, IpcResult, LinkView } from '../../src-preload/contract'
import { parseCounterEvent } from '../../src-preload/contract/counter-event-schema'
import { type DemoBackend, openDemoBackend } from '../support/demo-backend'
import type { TestSecPaid } from '../support/test-secpaid'

/** Electron's printing as the system answers it: which printers exist and what a print job's callback says. */
const system = { printers: [] as string[], printAnswer: { success: true, failureReason: '' }, printed: 0 }

vi.mock('electron', () => ({
  BrowserWindow: class {
    titleListeners: ((event: unknown, title: string) => void)[] = []
    webContents = {
      getPrintersAsync: async () => system.printers.map((name) => ({ name })),
      on: (event: string, listener: (event: unknown, title: string) => void) => {
        if (event === 'page-title-updated') this.titleListeners.push(listener)
      },
      print: (_options: unknown, callback: (success: boolean, failureReason: string) => void) => {
        system.printed += 1
        callback(system.printAnswer.success, system.printAnswer.failureReason)
      }
    }
    destroy() {}
  }
}))

const { createReceiptPrintWindow } = await import('../../src-main/window/receipt-print-window')

describe('a receipt printed on Paid that fails is told the renderer as data', () => {
  let opened: DemoBackend
  let demo: TestSecPaid
  let events: CounterEvent[]
  const call = (channel: string, request: unknown) => opened.call(channel, request)
  const printFailures = () => events.filter((event) => event.type === 'receipt_print_failed')

  beforeEach(async () => {
    system.printers = ['Thermal']
    system.printAnswer = { success: true, failureReason: '' }
    system.printed = 0
    opened = await openDemoBackend({
      testing: { watchIntervalMs: 40 },
      // The receipt page lays the receipt out and says so by its title, as the renderer's does.
      printReceipt: createReceiptPrintWindow({
        preloadPath: '/app/preload.cjs',
        load: async (window) => {
          const fake = window as unknown as { titleListeners: ((event: unknown, title: string) => void)[] }
          for (const listener of fake.titleListeners) listener({}, 'receipt-ready')
        }
      })
    })
    ;({ demo, events } = opened)
    const saved = await call('updateSettings', {
      receipt: { paper: 'mm80', printerName: 'Thermal', silentPrint: true, printOnPaid: true }
    })
    expect(saved).toMatchObject({ ok: true })
  })
  afterEach(async () => {
    await opened.close()
  })

  /** Charges, pays at SecPaid and waits until main has recorded the payment and tried to print. */
  const paidSale = async () => {
    const charged = (await call('charge', { amountCents: 990 })) as IpcResult<LinkView>
    if (!charged.ok) throw new Error(charged.error.code)
    await call('watchLink', { linkId: charged.value.linkId })
    demo.markPaid(charged.value.linkId)
    await vi.waitFor(() => expect(events.some((event) => event.type === 'sale_settled')).toBe(true), { timeout: 5000 })
    return charged.value
  }

  it('names the sale, the reason and the printer when the printer is not there', async () => {
    system.printers = ['Office']
    const sale = await paidSale()
    await vi.waitFor(() => expect(printFailures()).toHaveLength(1), { timeout: 5000 })
    const [failure] = printFailures()
    expect(failure).toEqual({
      type: 'receipt_print_failed',
      reference: sale.reference,
      reason: 'printer_not_found',
      printerName: 'Thermal'
    })
    expect(parseCounterEvent(failure)).toEqual(failure)
    expect(system.printed).toBe(0)
  })

  it('says failed when the printer refuses the job', async () => {
    system.printAnswer = { success: false, failureReason: 'Printer is in an error state' }
    const sale = await paidSale()
    await vi.waitFor(() => expect(printFailures()).toHaveLength(1), { timeout: 5000 })
    expect(printFailures()[0]).toMatchObject({ reference: sale.reference, reason: 'failed', printerName: 'Thermal' })
    expect(system.printed).toBe(1)
  })

  it('says nothing when the receipt printed, or when the cashier closed the print dialog', async () => {
    await paidSale()
    await vi.waitFor(() => expect(system.printed).toBe(1), { timeout: 5000 })
    system.printAnswer = { success: false, failureReason: 'cancelled' }
    events.length = 0
    await paidSale()
    await vi.waitFor(() => expect(system.printed).toBe(2), { timeout: 5000 })
    // The event would follow the print's answer at once; give it a turn of the event loop to arrive.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(printFailures()).toEqual([])
  })
})
