import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { quarantinePathOf } from '../../../src-main/journal/journal-quarantine'
import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import { journalText } from '../../support/journal-rows'

const line = (value: unknown) => JSON.stringify(value)
const at = (minute: number) => `2026-11-02T10:${String(minute).padStart(2, '0')}:00.000Z`

const paidSale = (reference: string, linkId: number) => [
  line({ type: 'creating', reference, amountCents: 1000, note: '', at: at(0) }),
  line({ type: 'created', reference, linkId, payLink: `https://p/${linkId}`, qrImg: null, at: at(1) }),
  line({ type: 'paid', reference, at: at(2) })
]

describe('the journal folds the way time went', () => {
  let folder: string
  let journalPath: string
  let booksPath: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'counter-fold-order-'))
    journalPath = join(folder, 'sales-journal.jsonl')
    booksPath = join(folder, 'books.sqlite')
  })
  /** The journal's lines as its rows hold them. */
  const storedText = () => journalText(booksPath)
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  const open = (lines: string[]) => {
    // Written as a JSONL journal of the version before, imported at the first start.
    writeFileSync(journalPath, `${lines.join('\n')}\n`)
    const journal = openSaleJournal(booksPath)
    journal.close()
    return journal
  }

  it('a refund request after SecPaid took the refund does not reopen it; the line is kept and shown', () => {
    const lines = [
      ...paidSale('R1', 11),
      line({ type: 'refund_requested', reference: 'R1', amountCents: 100, full: false, at: at(3) }),
      line({ type: 'refund_sent', reference: 'R1', at: at(4) }),
      line({ type: 'refund_requested', reference: 'R1', amountCents: 1000, full: true, at: at(5) })
    ]
    const journal = open(lines)
    expect(journal.get('R1')).toMatchObject({
      status: 'paid',
      refund: { amountCents: 100, full: false, state: 'sent' },
      outOfOrder: [{ step: 'refund_requested', at: at(5) }]
    })
    expect(journal.get('R1')?.history.map((change) => change.status)).toEqual([
      'creating',
      'created',
      'paid',
      'refund_requested',
      'refund_sent'
    ])
    expect(storedText()).toBe(`${lines.join('\n')}\n`)
    expect(journal.status().quarantined).toBeNull()
  })

  it('a `created` after `paid` does not make a paid sale wait again or change its link', () => {
    const lines = [
      ...paidSale('R1', 11),
      line({ type: 'created', reference: 'R1', linkId: 99, payLink: 'https://p/99', qrImg: null, at: at(3) })
    ]
    const journal = open(lines)
    expect(journal.get('R1')).toMatchObject({
      status: 'paid',
      linkId: 11,
      payLink: 'https://p/11',
      outOfOrder: [{ step: 'created', at: at(3) }]
    })
    expect(journal.byLinkId(99)).toBeUndefined()
    expect(journal.creating()).toEqual([])
    expect(storedText()).toBe(`${lines.join('\n')}\n`)
  })

  it('a second `paid` for a sale already paid (two paths saw one payment) adds no step: it was paid once', () => {
    const lines = [
      ...paidSale('R1', 11),
      line({ type: 'refund_requested', reference: 'R1', amountCents: 100, full: false, at: at(3) }),
      line({ type: 'paid', reference: 'R1', at: at(4) })
    ]
    const journal = open(lines)
    expect(journal.get('R1')?.history).toEqual([
      { status: 'creating', at: at(0) },
      { status: 'created', at: at(1) },
      { status: 'paid', at: at(2) },
      { status: 'refund_requested', at: at(3) }
    ])
    expect(journal.get('R1')).toMatchObject({ status: 'paid', refund: { amountCents: 100, state: 'requested' } })
    expect(storedText()).toBe(`${lines.join('\n')}\n`)
  })

  it('refund lines for a sale never paid change nothing and are shown as out of order', () => {
    const lines = [
      line({ type: 'creating', reference: 'R2', amountCents: 500, note: '', at: at(0) }),
      line({ type: 'created', reference: 'R2', linkId: 12, payLink: 'https://p/12', qrImg: null, at: at(1) }),
      line({ type: 'refund_requested', reference: 'R2', amountCents: 500, full: true, at: at(2) }),
      line({ type: 'refund_sent', reference: 'R2', at: at(3) })
    ]
    const journal = open(lines)
    const sale = journal.get('R2')
    expect(sale).toMatchObject({ status: 'created', linkId: 12 })
    expect(sale?.refund).toBeUndefined()
    expect(sale?.outOfOrder).toEqual([
      { step: 'refund_requested', at: at(2) },
      { step: 'refund_sent', at: at(3) }
    ])
    expect(storedText()).toBe(`${lines.join('\n')}\n`)
  })

  it('keeps a line of a type a newer version writes, untouched, even when bad lines are moved out', () => {
    const newer = line({ type: 'refund_approved', reference: 'R1', amountCents: 100, at: at(6), by: 'secpaid' })
    const bad = '{"type":"paid","reference":'
    const journal = open([...paidSale('R1', 11), newer, bad])
    expect(journal.get('R1')).toMatchObject({ status: 'paid' })
    expect(journal.status().quarantined).toEqual({ count: 1, file: quarantinePathOf(journalPath) })
    expect(storedText()).toBe(`${[...paidSale('R1', 11), newer].join('\n')}\n`)
    expect(readFileSync(quarantinePathOf(journalPath), 'utf8')).not.toContain('refund_approved')
    // And the next start leaves it where it is.
    const again = openSaleJournal(booksPath)
    again.close()
    expect(again.status().quarantined).toBeNull()
    expect(storedText()).toContain(newer)
  })
})
