import { dirname, join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import type { FileOutput } from '../../../src-main/books/file-output'
import type { ReceiptPrintJob } from '../../../src-main/receipts/receipt-printer'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { Channel, LinkView } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'

const PIN = '246810'
const TODAY = new Date().toISOString().slice(0, 10)

let bench: DemoBackend | null = null
afterEach(async () => {
  await bench?.close()
  bench = null
})

/** Save dialogs and printing as Electron's glue would do them, counting what was opened. */
function countingOutput() {
  const opened: string[] = []
  const output: FileOutput = {
    saveWithDialog: async (fileName) => {
      opened.push(`save ${fileName}`)
      return { saved: true }
    },
    print: async () => {
      opened.push('print')
      return { printed: true }
    },
    pageAsPdf: async () => new Uint8Array([37, 80, 68, 70])
  }
  return { opened, output }
}

/** A backend whose owner set the PIN and auto-lock, then left Settings. */
async function ownerSetUp(patch: Record<string, unknown> = {}, output?: FileOutput): Promise<DemoBackend> {
  bench = await openDemoBackend({ testing: { requestBudget: null }, ...(output ? { fileOutput: output } : {}) })
  expect(await bench.call('setSettingsPin', { pin: PIN })).toMatchObject({ ok: true })
  expect(await bench.call('updateSettings', { autoLockMinutes: 5, ...patch })).toMatchObject({ ok: true })
  await bench.call('lockSettings', {})
  return bench
}

/** Every owner channel with a request its schema accepts: only the lock may refuse it. */
const OWNER_CALLS: [Channel, unknown][] = [
  ['salesHistory', {}],
  ['saleDetail', { reference: 'R' }],
  ['refundSale', { reference: 'R', amountCents: 100, pin: PIN }],
  ['dayClose', { from: TODAY, to: TODAY }],
  ['salesRows', { from: TODAY, to: TODAY }],
  ['receiptFor', { reference: 'R' }],
  ['printReceipt', { reference: 'R' }],
  ['cancelSale', { linkId: 1 }],
  ['changeSale', { linkId: 1 }],
  ['saveFile', { fileName: 'a.csv', kind: 'csv', content: 'x' }],
  ['printPage', {}],
  ['savePageAsPdf', { fileName: 'a.pdf' }],
  ['updateSettings', { deviceName: 'x' }],
  ['setApiKey', { apiKey: 'sk_live_x' }],
  ['removeApiKey', {}],
  ['setSettingsPin', { pin: null }],
  ['quitApp', {}],
  ['customerDisplayInfo', {}],
  ['newPairingCode', {}],
  ['testConnection', {}]
]

const SELLING_CALLS: [Channel, unknown][] = [
  ['charge', { amountCents: 250 }],
  ['listPending', {}],
  ['todaySummary', {}]
]

describe('auto-lock is main’s state', () => {
  it('locked, main refuses every owner channel with counter_locked until the PIN opens the counter', async () => {
    const till = await ownerSetUp()
    expect(await till.call('lockCounter', {})).toEqual({ ok: true, value: {} })
    expect(await till.call('lockStatus', {})).toEqual({ ok: true, value: { counterLocked: true } })
    for (const [channel, request] of [...OWNER_CALLS, ...SELLING_CALLS]) {
      expect(await till.call(channel, request), channel).toEqual({ ok: false, error: { code: 'counter_locked' } })
    }
    expect(till.demo.requestLog(), 'nothing reached SecPaid').toHaveLength(0)
    // The lock screen still gets what it needs.
    expect(await till.call('getSettings', {})).toMatchObject({ ok: true, value: { pinSet: true } })
    expect(await till.call('journalStatus', {})).toMatchObject({ ok: true })

    expect(await till.call('unlockSettings', { pin: '111111', purpose: 'counter' })).toEqual({
      ok: true,
      value: { unlocked: false, reason: 'wrong_pin' }
    })
    expect(await till.call('salesHistory', {})).toEqual({ ok: false, error: { code: 'counter_locked' } })
    expect(await till.call('unlockSettings', { pin: PIN, purpose: 'counter' })).toEqual({
      ok: true,
      value: { unlocked: true }
    })
    expect(await till.call('lockStatus', {})).toEqual({ ok: true, value: { counterLocked: false } })
    expect(await till.call('salesHistory', {})).toMatchObject({ ok: true })
    expect(await till.call('charge', { amountCents: 250 })).toMatchObject({ ok: true })
    // The PIN opened the counter, not Settings.
    expect(await till.call('updateSettings', { deviceName: 'x' })).toEqual({ ok: false, error: { code: 'locked' } })
  })

  it('locking only the owner’s functions lets the cashier sell on; the rest waits for the PIN', async () => {
    const till = await ownerSetUp({ autoLockScope: 'owner' })
    await till.call('lockCounter', {})
    for (const [channel, request] of SELLING_CALLS) {
      expect(await till.call(channel, request), channel).toMatchObject({ ok: true })
    }
    const charged = await till.call<LinkView>('charge', { amountCents: 300 })
    if (!charged.ok) throw new Error(charged.error.code)
    expect(await till.call('watchLink', { linkId: charged.value.linkId })).toMatchObject({ ok: true })
    expect(await till.call('unwatchLink', {})).toMatchObject({ ok: true })
    for (const [channel, request] of OWNER_CALLS) {
      expect(await till.call(channel, request), channel).toEqual({ ok: false, error: { code: 'counter_locked' } })
    }
    expect(await till.call('cancelSale', { linkId: charged.value.linkId })).toEqual({
      ok: false,
      error: { code: 'counter_locked' }
    })
  })

  it('the app starts locked when auto-lock is on and a PIN is set', async () => {
    const till = await ownerSetUp()
    const restarted = await openDemoBackend({ testing: { requestBudget: null }, storage: restartStorage(till) })
    try {
      expect(await restarted.call('lockStatus', {})).toEqual({ ok: true, value: { counterLocked: true } })
      expect(await restarted.call('salesHistory', {})).toEqual({ ok: false, error: { code: 'counter_locked' } })
      expect(await restarted.call('charge', { amountCents: 100 })).toEqual({
        ok: false,
        error: { code: 'counter_locked' }
      })
      expect(await restarted.call('unlockSettings', { pin: PIN, purpose: 'counter' })).toMatchObject({
        value: { unlocked: true }
      })
      expect(await restarted.call('salesHistory', {})).toMatchObject({ ok: true })
    } finally {
      await restarted.close()
    }
  })

  it('without auto-lock (or without a PIN) the app starts open', async () => {
    bench = await openDemoBackend({ testing: { requestBudget: null } })
    await bench.call('updateSettings', { autoLockMinutes: 5 })
    const restarted = await openDemoBackend({ testing: { requestBudget: null }, storage: restartStorage(bench) })
    try {
      expect(await restarted.call('lockStatus', {})).toEqual({ ok: true, value: { counterLocked: false } })
      await restarted.call('lockCounter', {})
      expect(await restarted.call('salesHistory', {}), 'no PIN, nothing to lock with').toMatchObject({ ok: true })
    } finally {
      await restarted.close()
    }
  })
})

describe('kiosk mode: save and print dialogs need the PIN', () => {
  it('each dialog needs the PIN once; without kiosk mode they open as before', async () => {
    const { opened, output } = countingOutput()
    const till = await ownerSetUp({ kioskMode: true, autoLockMinutes: 0 }, output)
    const save = { fileName: 'sales.csv', kind: 'csv', content: 'a;b' }
    expect(await till.call('saveFile', save)).toEqual({ ok: false, error: { code: 'dialog_pin_required' } })
    expect(await till.call('printPage', {})).toEqual({ ok: false, error: { code: 'dialog_pin_required' } })
    expect(await till.call('savePageAsPdf', { fileName: 'close.pdf' })).toEqual({
      ok: false,
      error: { code: 'dialog_pin_required' }
    })
    expect(opened).toEqual([])

    expect(await till.call('unlockSettings', { pin: '999999', purpose: 'dialog' })).toMatchObject({
      value: { unlocked: false, reason: 'wrong_pin' }
    })
    expect(await till.call('saveFile', save)).toEqual({ ok: false, error: { code: 'dialog_pin_required' } })
    expect(await till.call('unlockSettings', { pin: PIN, purpose: 'dialog' })).toMatchObject({
      value: { unlocked: true }
    })
    expect(await till.call('saveFile', save)).toEqual({ ok: true, value: { saved: true } })
    expect(await till.call('printPage', {}), 'one PIN, one dialog').toEqual({
      ok: false,
      error: { code: 'dialog_pin_required' }
    })
    expect(opened).toEqual(['save sales.csv'])
    // The dialog PIN opens neither Settings nor anything else.
    expect(await till.call('updateSettings', { kioskMode: false })).toEqual({ ok: false, error: { code: 'locked' } })

    expect(await till.call('unlockSettings', { pin: PIN })).toMatchObject({ value: { unlocked: true } })
    expect(await till.call('updateSettings', { kioskMode: false })).toMatchObject({ ok: true })
    await till.call('lockSettings', {})
    expect(await till.call('printPage', {})).toEqual({ ok: true, value: { printed: true } })
  })
})

describe('kiosk mode: receipts printed on Paid open no dialog', () => {
  it('a receipt printed by itself on Paid prints without the system dialog; a reprint asks for the PIN', async () => {
    const jobs: ReceiptPrintJob[] = []
    bench = await openDemoBackend({
      testing: { requestBudget: null },
      printReceipt: async (job) => {
        jobs.push(job)
        return { ok: true, value: { printed: true } }
      }
    })
    const till = bench
    await till.call('setSettingsPin', { pin: PIN })
    await till.call('updateSettings', {
      kioskMode: true,
      receipt: { paper: 'mm80', printerName: '', silentPrint: false, printOnPaid: true }
    })
    await till.call('lockSettings', {})
    const charged = await till.call<LinkView>('charge', { amountCents: 450 })
    if (!charged.ok || charged.value.reference === null) throw new Error('not charged')
    const reference = charged.value.reference
    till.demo.markPaid(charged.value.linkId)
    await till.call('checkNow', { reference })
    await expect.poll(() => jobs.length).toBe(1)
    expect(jobs[0], 'nobody asked for it: no dialog, no way out').toMatchObject({ reference, silent: true })

    expect(await till.call('printReceipt', { reference })).toEqual({
      ok: false,
      error: { code: 'dialog_pin_required' }
    })
    await till.call('unlockSettings', { pin: PIN, purpose: 'dialog' })
    expect(await till.call('printReceipt', { reference })).toMatchObject({ ok: true })
    expect(jobs[1], 'the owner asked for this dialog').toMatchObject({ reference, silent: false })
  })
})

/** The settings file `till` keeps, for a second backend started on it as after a restart. */
function restartStorage(till: DemoBackend) {
  return createJsonFileSettingsStorage(join(dirname(till.booksPath), 'settings.json'))
}
