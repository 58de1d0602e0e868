import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest'

import { journalDayClose } from '../../../src-main/books/day-close-journal'
import { historySale } from '../../../src-main/books/history-sale'
import { salesRows } from '../../../src-main/books/sales-rows'
import { localSpanOf } from '../../../src-main/books/secpaid-dates'
import type { SaleJournal } from '../../../src-main/journal/sale-journal'
import type { SaleEvent, SaleRecord } from '../../../src-main/journal/sale-record'
import { saleStatus, saleStatusAt } from '../../../src-main/journal/sale-status'
import { receiptFor } from '../../../src-main/receipts/receipt-data'
import { createLinkCheck } from '../../../src-main/sale/link-check'
import { saleLinkView } from '../../../src-main/sale/link-view'
import type { SecPaidClient } from '../../../src-main/secpaid/types'
import { type SaleStatus, saleStatuses, type SaleStep, saleSteps } from '../../../src-preload/contract/sale-status'
import { openTempJournal, type TempJournal } from '../../support/books-setup'

const DAY = '2026-11-02'
const at = (minutes: number) => new Date(new Date(`${DAY}T12:00:00`).getTime() + minutes * 60_000).toISOString()
const END_OF_DAY_MS = localSpanOf(DAY, DAY).endMs

/** The journal lines that leave a sale in each status, as this version writes them. */
const LINES: Record<SaleStatus, (reference: string) => SaleEvent[]> = {
  waiting: (reference) => [created(reference)],
  paid: (reference) => [created(reference), { type: 'paid', reference, at: at(2) }],
  cancelled: (reference) => [created(reference), { type: 'cancelled', reference, at: at(2) }],
  failed: (reference) => [{ type: 'failed', reference, failure: { code: 'closed_before_link' }, at: at(1) }]
}

const linkIdOf = (reference: string) => 1000 + reference.length
function created(reference: string): SaleEvent {
  return {
    type: 'created',
    reference,
    linkId: linkIdOf(reference),
    payLink: `https://p/${reference}`,
    qrImg: null,
    at: at(1)
  }
}

const SHOP = {
  shop: { name: 'Café', address: '', vatId: '' },
  receipt: { paper: 'mm80' as const, printOnPaid: false, printerName: '', silentPrint: false },
  tax: { taxNumber: '' }
}

describe('one vocabulary: every part of main says the same status, from the one fold', () => {
  let temp: TempJournal
  let journal: SaleJournal
  const sell = (status: SaleStatus): SaleRecord => {
    const reference = `POS-${status}`
    journal.append({ type: 'creating', reference, amountCents: 1250, note: status, at: at(0) })
    for (const line of LINES[status](reference)) journal.append(line)
    return journal.get(reference)!
  }

  beforeEach(() => {
    temp = openTempJournal('counter-sale-status-')
    journal = temp.journal
  })
  afterEach(() => {
    journal.close()
    temp.remove()
  })

  it('every kind of journal line is a step of the contract, and every step a kind of line', () => {
    expectTypeOf<SaleEvent['type']>().toEqualTypeOf<SaleStep>()
    expect(new Set(saleSteps).size).toBe(saleSteps.length)
  })

  it.each(saleStatuses)('%s: History, the CSV, the link, the day close and Check now agree', async (status) => {
    const sale = sell(status)
    expect(saleStatus(sale)).toBe(status)
    expect(saleStatusAt(sale, END_OF_DAY_MS)).toBe(status)
    expect(historySale(sale).status).toBe(status)
    expect(salesRows([sale])[0]?.status).toBe(status)
    expect(saleLinkView(sale).state).toBe(status)

    const dayClose = journalDayClose([sale], [sale], localSpanOf(DAY, DAY))
    for (const other of saleStatuses) expect(dayClose.totals[other].count).toBe(other === status ? 1 : 0)

    if (sale.linkId !== null) {
      // A sale already settled is answered from the journal; a waiting one is looked up (here: still waiting).
      const stillWaiting = { ok: true, value: [{ id: sale.linkId }] }
      const client = {
        getMyUsedLinks: async () => ({ ok: true, value: [] }),
        getPayInTransactions: async () => ({
          ok: true,
          value: [
            {
              payId: sale.linkId,
              isRefund: false,
              status: 'Pending',
              recipientNote: sale.reference,
              amountCents: sale.amountCents
            }
          ]
        }),
        getMyUnusedLinks: async () => stillWaiting
      } as unknown as SecPaidClient
      const check = createLinkCheck({
        getClient: () => client,
        saleOf: (reference) => journal.get(reference),
        onSettled: () => {}
      })
      expect(await check.check(sale.reference)).toMatchObject({ ok: true, value: { state: status } })
    }

    expect(receiptFor(sale.reference, sale, SHOP).ok).toBe(status === 'paid')
  })

  it('before a line was written the sale stood where the lines before it left it; before it started, nowhere', () => {
    const sale = sell('paid')
    expect(saleStatusAt(sale, Date.parse(at(0)))).toBeNull()
    expect(saleStatusAt(sale, Date.parse(at(2)))).toBe('waiting')
  })

  it('a refund stands beside the sale: asked for or taken, the sale stays paid in every view', () => {
    const sale = sell('paid')
    journal.append({ type: 'refund_requested', reference: sale.reference, amountCents: 250, full: false, at: at(3) })
    journal.append({ type: 'refund_sent', reference: sale.reference, at: at(4) })
    const refunded = journal.get(sale.reference)!
    expect(historySale(refunded)).toMatchObject({ status: 'paid', refund: { state: 'sent', amountCents: 250 } })
    expect(salesRows([refunded])[0]).toMatchObject({ status: 'paid', refundCents: 250 })
    expect(saleStatusAt(refunded, END_OF_DAY_MS)).toBe('paid')
  })
})
