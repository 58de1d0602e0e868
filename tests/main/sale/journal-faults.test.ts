import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openSaleJournal, type SaleJournal } from '../../../src-main/journal/sale-journal'
import type { SaleEvent } from '../../../src-main/sale/sale-record'
import type { JournalStatus } from '../../../src-preload/contract'
import { mountSmallDisk, withoutFreeDescriptors, type SmallDisk } from '../../support/small-disk'
import { needsTmpfsMount } from '../../support/mount-probe'
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

describe('journal writes on a real disk that fills up, turns read-only, or runs out of file descriptors', () => {
  let disk: SmallDisk
  let journalPath: string
  const opened: SaleJournal[] = []
  const open = () => {
    const journal = openSaleJournal(journalPath, { retryIntervalMs: 20 })
    opened.push(journal)
    return journal
  }
  /** The journal as the next start reads it. */
  const reread = () => open()

  beforeEach(() => {
    disk = mountSmallDisk()
    journalPath = join(disk.folder, 'sales-journal.jsonl')
  })
  afterEach(() => {
    for (const journal of opened.splice(0)) journal.close()
    disk.unmount()
  })

  it('refuses a line that must be on disk first when the disk is full, and records nothing of it', () => {
    const journal = open()
    expect(journal.appendDurably(creating('R1')).ok).toBe(true)
    disk.fill(journalPath)
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
    disk.fill(journalPath)

    const sale = journal.append(created('R1', 501))
    expect(sale).toMatchObject({ status: 'created', linkId: 501 })
    expect(journal.byLinkId(501)?.reference).toBe('R1')
    expect(journal.status()).toEqual({ writable: false, errno: 'ENOSPC', unwrittenLines: 1, quarantined: null })
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

  it('a line torn by a disk filling up mid-write never swallows the next one', async () => {
    const journal = open()
    journal.appendDurably(creating('R1'))
    disk.fill(journalPath, { leaveBytes: 24 })
    journal.append(created('R1', 501))
    // The first 24 bytes of the line went out before the disk was full.
    expect(readFileSync(journalPath, 'utf8').endsWith('\n')).toBe(false)
    disk.free()
    await until(() => journal.status().writable)
    expect(journal.appendDurably(creating('R2')).ok).toBe(true)

    const next = reread()
    expect(statuses(next, 'R1')).toEqual(['creating', 'created'])
    expect(statuses(next, 'R2')).toEqual(['creating'])
    // The torn start of the line is set aside like any unreadable line, not silently dropped.
    expect(next.status().quarantined?.count).toBe(1)
  })

  it('starts on a read-only folder: reads every sale, refuses to write, loses nothing, and recovers when writable', async () => {
    const journal = open()
    journal.appendDurably(creating('R1'))
    journal.append(created('R1', 501))
    journal.close()
    writeFileSync(journalPath, `${readFileSync(journalPath, 'utf8')}not a journal line\n`)
    const before = readFileSync(journalPath, 'utf8')
    disk.readOnly()

    const readOnly = open()
    expect(readOnly.get('R1')).toMatchObject({ status: 'created', linkId: 501 })
    // The bad line cannot be moved: it stays where it was, reported there.
    expect(readOnly.status()).toEqual({
      writable: false,
      errno: 'EROFS',
      unwrittenLines: 0,
      quarantined: { count: 1, file: journalPath }
    })
    expect(readOnly.appendDurably(creating('R2'))).toEqual({ ok: false, errno: 'EROFS' })
    expect(readFileSync(journalPath, 'utf8')).toBe(before)

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

  it('a file archived away while no descriptor is free: the line waits (EMFILE) and goes to a new journal after', async () => {
    const journal = open()
    journal.appendDurably(creating('R1'))
    renameSync(journalPath, join(disk.folder, 'archived.jsonl'))
    const status = withoutFreeDescriptors(() => {
      journal.append(created('R1', 501))
      return journal.status()
    })
    expect(status).toMatchObject({ writable: false, errno: 'EMFILE', unwrittenLines: 1 })
    await until(() => journal.status().writable)
    expect(readFileSync(journalPath, 'utf8')).toBe(`${JSON.stringify(created('R1', 501))}\n`)
  })
})
