import type { SaleEvent } from '../../src-main/journal/sale-record'
import type { TempBooks } from './books-rows'

// The journal the audit export is tested on, and what it holds computed on its own (not through the export's code).

export const FORMULA_NOTE = '=HYPERLINK("http://evil.example","Zahlung")'
export const FORMULA_NAME = '@SUM(A1:A9)'

/** POS-1's VAT per rate, paid in the period: what the day close below counted. */
export const POS_1_VAT = [
  { ratePercent: 19, grossCents: 1000, netCents: 840, vatCents: 160 },
  { ratePercent: 7, grossCents: 1350, netCents: 1262, vatCents: 88 }
]

/** A closing row as a day close appends it (src-main/journal/day-close-row.ts): no sale, its totals with VAT. */
const DAY_CLOSE = {
  type: 'day_closed',
  at: '2026-12-02T20:00:00.000Z',
  from: '2026-12-01T00:00:00+01:00',
  to: '2026-12-03T00:00:00+01:00',
  environment: 'production',
  totals: { paid: { count: 2, cents: 3440 }, vat: { sales: POS_1_VAT, refunds: [] } },
  refunds: {}
} as unknown as SaleEvent

/**
 * Sales around 1 and 2 December 2026 (Berlin is UTC+1 then): one started a second before the period and paid in it,
 * one with items, a tip and a partial refund, a failed demo sale, a cancelled one, a refused refund, a row of a newer
 * version, and a row just after the period in Berlin (still 2 December in New York).
 */
export const JOURNAL: SaleEvent[] = [
  {
    type: 'creating',
    reference: 'POS-0',
    amountCents: 990,
    note: '',
    at: '2026-11-30T22:59:59.000Z',
    environment: 'production',
    sequence: { till: 'till-a', day: '20261130', seq: 7 }
  },
  {
    type: 'created',
    reference: 'POS-0',
    linkId: 100,
    payLink: 'https://pay.example/100',
    qrImg: null,
    at: '2026-11-30T23:00:00.000Z'
  },
  { type: 'paid', reference: 'POS-0', at: '2026-11-30T23:01:00.000Z' },
  {
    type: 'creating',
    reference: 'POS-1',
    amountCents: 2450,
    note: FORMULA_NOTE,
    at: '2026-12-01T09:00:00.000Z',
    environment: 'production',
    sequence: { till: 'till-a', day: '20261201', seq: 1 },
    tipCents: 100,
    tipKind: 'staff',
    cashier: 'c-0a1b2c3d',
    vat: { exempt: false, rates: POS_1_VAT },
    items: [
      { productId: 'p-1', name: 'Käse; "alt"', unitCents: 450, quantity: 3, totalCents: 1350 },
      { productId: null, name: FORMULA_NAME, unitCents: 1000, quantity: 1, totalCents: 1000 }
    ]
  },
  {
    type: 'created',
    reference: 'POS-1',
    linkId: 101,
    payLink: 'https://pay.example/101',
    qrImg: null,
    at: '2026-12-01T09:00:01.000Z'
  },
  { type: 'paid', reference: 'POS-1', at: '2026-12-01T09:02:00.000Z' },
  {
    type: 'creating',
    reference: 'POS-2',
    amountCents: 1234,
    note: '-5 Rabatt',
    at: '2026-12-01T10:00:00.000Z',
    environment: 'demo'
  },
  { type: 'failed', reference: 'POS-2', failure: { code: 'timeout', seconds: 30 }, at: '2026-12-01T10:00:30.000Z' },
  {
    type: 'creating',
    reference: 'POS-3',
    amountCents: 700,
    note: 'Tisch 4',
    at: '2026-12-02T08:00:00.000Z',
    environment: 'production',
    sequence: { till: 'till-b', day: '20261202', seq: 1 }
  },
  {
    type: 'created',
    reference: 'POS-3',
    linkId: 102,
    payLink: 'https://pay.example/102',
    qrImg: null,
    at: '2026-12-02T08:00:01.000Z'
  },
  { type: 'cancelled', reference: 'POS-3', at: '2026-12-02T08:05:00.000Z' },
  { type: 'refund_requested', reference: 'POS-1', amountCents: 500, full: false, at: '2026-12-02T12:00:00.000Z' },
  { type: 'refund_sent', reference: 'POS-1', at: '2026-12-02T12:00:02.000Z' },
  { type: 'refund_requested', reference: 'POS-0', amountCents: 990, full: true, at: '2026-12-02T13:00:00.000Z' },
  {
    type: 'refund_refused',
    reference: 'POS-0',
    refusal: { code: 'refund_blocked_dispute' },
    at: '2026-12-02T13:00:01.000Z'
  },
  DAY_CLOSE,
  {
    type: 'creating',
    reference: 'POS-4',
    amountCents: 300,
    note: '',
    at: '2026-12-02T23:30:00.000Z',
    environment: 'production'
  }
]

/** What the journal holds for the period, computed here on its own: rows, and cents by status. */
export function expectedFromJournal(books: TempBooks, from: string, to: string, timeZone: string) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  const rows = (
    books.database.prepare('SELECT seq, line, hash FROM journal ORDER BY seq').all() as {
      seq: number
      line: string
      hash: string
    }[]
  ).filter((row) => {
    const local = day.format(new Date((JSON.parse(row.line) as { at: string }).at))
    return local >= from && local <= to
  })
  const centsByStatus: Record<string, number> = {}
  for (const row of rows) {
    const event = JSON.parse(row.line) as { type: string; amountCents?: number }
    if (event.amountCents !== undefined) {
      centsByStatus[event.type] = (centsByStatus[event.type] ?? 0) + event.amountCents
    }
  }
  return { rows, centsByStatus }
}
