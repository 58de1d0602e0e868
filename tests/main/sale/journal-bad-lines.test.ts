import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createBackend } from '../../../src-main/backend'
import { localDay } from '../../../src-main/books/local-day'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { quarantinePathOf } from '../../../src-main/journal/journal-quarantine'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import { saleDay } from '../../../src-main/sale/sale-reference'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { SalesRow, TodaySummary } from '../../../src-preload/contract'
import { journalRows } from '../../support/journal-rows'
import { plainCipher } from '../../support/plain-cipher'
import { startTestSecPaid } from '../../support/test-secpaid'

const now = new Date()
const at = now.toISOString()
const line = (value: unknown) => JSON.stringify(value)

/** Lines the app itself wrote (this version and the one before), which must all be read. */
const GOOD_LINES = [
  line({ type: 'creating', reference: 'R1', amountCents: 1999, note: 'Table 4', at }),
  line({ type: 'created', reference: 'R1', linkId: 11, payLink: 'https://p/11', qrImg: null, at }),
  line({ type: 'paid', reference: 'R1', at }),
  line({ type: 'creating', reference: 'R2', amountCents: 500, note: '', at }),
  line({ type: 'created', reference: 'R2', linkId: 12, payLink: 'https://p/12', qrImg: null, at }),
  // The previous version wrote a sentence as the reason.
  line({ type: 'creating', reference: 'R3', amountCents: 700, note: '', at }),
  line({ type: 'failed', reference: 'R3', reason: 'SecPaid refused: Amount is required', at }),
  // An extra field nothing reads cannot change a total: tolerated.
  line({ type: 'creating', reference: 'R4', amountCents: 301, note: '', at, device: 'till-2' }),
  line({ type: 'created', reference: 'R4', linkId: 14, payLink: 'https://p/14', qrImg: null, at }),
  // A type a newer version writes: kept as written (not read), never quarantined away.
  line({ type: 'refunded', reference: 'R1', at })
]

/** Every kind of line the issue found breaking start-up, totals or the CSV export, and then some. */
const BAD_LINES = [
  'null',
  '[1,2,3]',
  '42',
  '"just a string"',
  '{"type":"creating","reference":"X1","amou',
  line({ type: 'creating', reference: 'X2', amountCents: '500', note: '', at }),
  line({ type: 'creating', reference: 'X3', amountCents: -500, note: '', at }),
  line({ type: 'creating', reference: 'X4', amountCents: 12.5, note: '', at }),
  line({ type: 42, reference: 'R1', at }),
  line({ type: 'paid', at }),
  line({ type: 'creating', reference: 'X5', amountCents: 100, note: '', at: 'yesterday' }),
  line({ type: 'created', reference: 'R2', linkId: 'abc', payLink: '', qrImg: null, at }),
  line({ type: 'creating', reference: '', amountCents: 100, note: '', at }),
  '\u0000\u0001binary junk'
]

/** The journal's text: bad lines between the good ones, so every good line's neighbours are bad. */
const mixed = (): { text: string; badLineNumbers: number[] } => {
  const lines: string[] = []
  const badLineNumbers: number[] = []
  GOOD_LINES.forEach((good, index) => {
    lines.push(good)
    const bad = BAD_LINES[index]
    if (bad !== undefined) {
      lines.push(bad)
      badLineNumbers.push(lines.length)
    }
  })
  for (const bad of BAD_LINES.slice(GOOD_LINES.length)) {
    lines.push(bad)
    badLineNumbers.push(lines.length)
  }
  return { text: `${lines.join('\n')}\n`, badLineNumbers }
}

const EXPECTED_TODAY: TodaySummary = {
  day: saleDay(now),
  count: 3,
  totalCents: 1999 + 500 + 301,
  paidCount: 1,
  paidCents: 1999,
  pendingCount: 2,
  pendingCents: 500 + 301,
  cancelledCount: 0,
  refundCount: 0,
  refundCents: 0
}

describe('journal lines are checked when read; bad ones are quarantined, never a reason not to start', () => {
  let folder: string
  /** The JSONL journal of the version before the books database: imported at the first start. */
  let journalPath: string
  let booksPath: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'counter-bad-lines-'))
    journalPath = join(folder, 'sales-journal.jsonl')
    booksPath = join(folder, 'books.sqlite')
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('moves each bad line, with its line number, to the quarantine file and imports the journal without them', () => {
    const { text, badLineNumbers } = mixed()
    writeFileSync(journalPath, text)
    const journal = openSaleJournal(booksPath)
    journal.close()

    const quarantinePath = join(folder, 'sales-journal.quarantine.jsonl')
    expect(quarantinePathOf(journalPath)).toBe(quarantinePath)
    expect(journal.status()).toMatchObject({ quarantined: { count: BAD_LINES.length, file: quarantinePath } })
    const quarantined = readFileSync(quarantinePath, 'utf8')
      .trimEnd()
      .split('\n')
      .map((entry) => JSON.parse(entry) as { quarantinedAt: string; lineNumber: number; text: string })
    expect(quarantined.map((entry) => entry.text)).toEqual(BAD_LINES)
    expect(quarantined.map((entry) => entry.lineNumber)).toEqual(badLineNumbers)
    for (const entry of quarantined) expect(Number.isNaN(Date.parse(entry.quarantinedAt))).toBe(false)
    // The good lines stay exactly as written, extra field included: one row each.
    expect(journalRows(booksPath).map((row) => row.line)).toEqual(GOOD_LINES)
  })

  it('reads every good line around the bad ones: totals stay integer cents, an old failure stays explained as such', () => {
    writeFileSync(journalPath, mixed().text)
    const journal = openSaleJournal(booksPath)
    journal.close()
    expect(journal.all().map((sale) => [sale.reference, sale.status, sale.amountCents])).toEqual([
      ['R1', 'paid', 1999],
      ['R2', 'created', 500],
      ['R3', 'failed', 700],
      ['R4', 'created', 301]
    ])
    expect(journal.get('R3')?.failure).toEqual({ code: 'unexplained' })
    expect(journal.get('R2')?.linkId).toBe(12)
  })

  it('tells about quarantined lines once: the next start finds a clean journal', () => {
    writeFileSync(journalPath, mixed().text)
    const first = openSaleJournal(booksPath)
    first.close()
    const second = openSaleJournal(booksPath)
    second.close()
    expect(first.status().quarantined?.count).toBe(BAD_LINES.length)
    expect(second.status().quarantined).toBeNull()
    expect(second.all()).toEqual(first.all())
  })

  it('never lets a repeated `creating` line reset a sale or its history', () => {
    writeFileSync(
      journalPath,
      [
        line({ type: 'creating', reference: 'R1', amountCents: 1999, note: 'first', at }),
        line({ type: 'created', reference: 'R1', linkId: 11, payLink: 'https://p/11', qrImg: null, at }),
        line({ type: 'creating', reference: 'R1', amountCents: 5, note: 'again', at }),
        ''
      ].join('\n')
    )
    const journal = openSaleJournal(booksPath)
    journal.close()
    expect(journal.get('R1')).toMatchObject({ status: 'created', amountCents: 1999, note: 'first', linkId: 11 })
    expect(journal.get('R1')?.history.map((change) => change.status)).toEqual(['creating', 'created'])
  })

  it('the backend starts on such a journal; totals, CSV export and the status query all answer', async () => {
    writeFileSync(journalPath, mixed().text)
    const demo = await startTestSecPaid()
    const backend = await createBackend({
      storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
      booksPath,
      cipher: plainCipher,
      fetch,
      testing: {
        startDemoSecPaid: async () => demo
      }
    })
    try {
      const call = (channel: string, request = {}) => dispatchCounterCall(backend.handlers, channel, request)
      expect(await call('todaySummary')).toEqual({ ok: true, value: EXPECTED_TODAY })
      const exported = await call('salesRows', { from: localDay(now), to: localDay(now) })
      if (!exported.ok) throw new Error(exported.error.code)
      const rows = [...(exported.value as { rows: SalesRow[] }).rows].sort((a, b) =>
        a.reference.localeCompare(b.reference)
      )
      expect(rows.map((row) => [row.reference, row.linkId, row.amountCents, row.status])).toEqual([
        ['R1', 11, 1999, 'paid'],
        ['R2', 12, 500, 'waiting'],
        ['R3', null, 700, 'failed'],
        ['R4', 14, 301, 'waiting']
      ])
      expect(rows[2]?.failure).toBe('unexplained')
      expect(await call('journalStatus')).toEqual({
        ok: true,
        value: {
          writable: true,
          errno: null,
          unwrittenLines: 0,
          quarantined: { count: BAD_LINES.length, file: quarantinePathOf(journalPath) },
          problem: null
        }
      })
    } finally {
      await backend.close()
    }
  })
})
