import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { openSaleJournal, type SaleJournal } from '../../../src-main/journal/sale-journal'
import type { SaleEvent } from '../../../src-main/journal/sale-record'
import type { JournalStatus } from '../../../src-preload/contract'
import { insertRowFromOutside } from '../../support/journal-rows'
import { needsTmpfsMount } from '../../support/mount-probe'
import { mountSmallDisk, type SmallDisk, withoutFreeDescriptors } from '../../support/small-disk'
import { until } from '../../support/wait'

const at = new Date().toISOString()
const creating = (reference: string, amountCents = 1000): SaleEvent => ({
  type: 'creating',
  reference,
  amountCents,
  note: 'a note long enough that a line never fits into the few bytes a nearly full disk leaves',
  at
})
const created = (reference: string, linkId: number): SaleEvent => ({
  type: 'created',
  reference,
  linkId,
  payLink: `https://app.secpaid.com/payment?link_id=${Buffer.from(String(linkId)).toString('base64')}`,
  qrImg: null,
  at
})

const statuses = (journal: SaleJournal, reference: string) =>
  journal.get(reference)?.history.map((change) => change.status)

// A real full or read-only disk: a tmpfs this process mounts (see tests/support/mount-probe.ts).
needsTmpfsMount()

describe('books writes on a real disk that fills up, turns read-only, or runs out of file descriptors', () => {
  let disk: SmallDisk
  let booksPath: string
  const opened: SaleJournal[] = []
  const open = () => {
    const journal = openSaleJournal(booksPath, { retryIntervalMs: 20 })
    opened.push(journal)
    return journal
  }
  /** The journal as the next start reads it. */
  const reread = () => open()

  beforeEach(() => {
    // Room for the database and its WAL; the tests fill the rest.
    disk = mountSmallDisk(1024)
    booksPath = join(disk.folder, 'books.sqlite')
  })
  afterEach(() => {
    for (const journal of opened.splice(0)) journal.close()
    disk.unmount()
  })

  it('refuses a line that must be on disk first when the disk is full, and records nothing of it', () => {
    const journal = open()
    expect(journal.appendDurably(creating('R1')).ok).toBe(true)
    disk.fill()
    expect(journal.appendDurably(creating('R2'))).toEqual({ ok: false, errno: 'ENOSPC' })
    expect(journal.get('R2')).toBeUndefined()
    expect(journal.creating().map((sale) => sale.reference)).toEqual(['R1'])
    disk.free()
    expect(journal.appendDurably(creating('R3')).ok).toBe(true)
    expect(
      reread()
        .all()
        .map((sale) => sale.reference)
    ).toEqual(['R1', 'R3'])
  })

  it('keeps what already happened in memory when the disk is full, says so, and writes it once there is room', async () => {
    const journal = open()
    const changes: JournalStatus[] = []
    journal.onStatusChange((status) => changes.push(status))
    journal.appendDurably(creating('R1'))
    disk.fill()

    const sale = journal.append(created('R1', 501))
    expect(sale).toMatchObject({ status: 'created', linkId: 501 })
    expect(journal.byLinkId(501)?.reference).toBe('R1')
    expect(journal.status()).toEqual({
      writable: false,
      errno: 'ENOSPC',
      unwrittenLines: 1,
      quarantined: null,
      problem: null
    })
    journal.append({ type: 'paid', reference: 'R1', at })
    expect(journal.status().unwrittenLines).toBe(2)
    expect(statuses(reread(), 'R1')).toEqual(['creating'])

    disk.free()
    await until(() => journal.status().writable)
    expect(changes.map(({ writable, unwrittenLines }) => [writable, unwrittenLines])).toEqual([
      [false, 1],
      [false, 2],
      [true, 0]
    ])
    expect(statuses(reread(), 'R1')).toEqual(['creating', 'created', 'paid'])
  })

  it('a commit the full disk cut short leaves no half row, and the next rows follow it whole', async () => {
    const journal = open()
    journal.appendDurably(creating('R1'))
    disk.fill()
    journal.append(created('R1', 501))
    expect(journal.status()).toMatchObject({ writable: false, errno: 'ENOSPC' })
    disk.free()
    await until(() => journal.status().writable)
    expect(journal.appendDurably(creating('R2')).ok).toBe(true)

    const next = reread()
    expect(statuses(next, 'R1')).toEqual(['creating', 'created'])
    expect(statuses(next, 'R2')).toEqual(['creating'])
    // SQLite rolled the cut commit back: no torn row to set aside.
    expect(next.status().quarantined).toBeNull()
  })

  it('starts on a read-only folder: reads every sale, refuses to write, loses nothing, and recovers when writable', async () => {
    const journal = open()
    journal.appendDurably(creating('R1'))
    journal.append(created('R1', 501))
    journal.close()
    // A row no version of the app wrote (put there from outside): reported, never a reason not to start.
    insertRowFromOutside(booksPath, 'not a journal line')
    const before = readFileSync(booksPath)
    disk.readOnly()

    const readOnly = open()
    expect(readOnly.get('R1')).toMatchObject({ status: 'created', linkId: 501 })
    // The bad row stays where it was (rows are never removed), reported there.
    expect(readOnly.status()).toEqual({
      writable: false,
      errno: 'EROFS',
      unwrittenLines: 0,
      quarantined: { count: 1, file: booksPath },
      problem: null
    })
    expect(readOnly.appendDurably(creating('R2'))).toEqual({ ok: false, errno: 'EROFS' })
    expect(readFileSync(booksPath).equals(before)).toBe(true)

    disk.writable()
    await until(() => readOnly.status().writable)
    expect(readOnly.appendDurably(creating('R2')).ok).toBe(true)
  })

  it('keeps writing when the process has no file descriptor left (EMFILE), as the journal file stays open', () => {
    const journal = open()
    journal.appendDurably(creating('R1'))
    const written = withoutFreeDescriptors(() => [
      journal.append(created('R1', 501)).status,
      journal.appendDurably(creating('R2')).ok,
      journal.status().writable
    ])
    expect(written).toEqual(['created', true, true])
    expect(statuses(reread(), 'R1')).toEqual(['creating', 'created'])
  })
})
