import { readFileSync, statfsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { openSaleJournal } from '../../../src-main/journal/sale-journal'
import { journalRows } from '../../support/journal-rows'
import { needsTmpfsMount } from '../../support/mount-probe'
import { mountSmallDisk, type SmallDisk } from '../../support/small-disk'

const at = new Date().toISOString()

/** A JSONL journal of `sales` paid sales, as the version before wrote them. */
function jsonlJournal(sales: number): string {
  const lines: string[] = []
  for (let sale = 1; sale <= sales; sale += 1) {
    const reference = `POS-k7q2m-20261207-${String(sale).padStart(4, '0')}`
    lines.push(JSON.stringify({ type: 'creating', reference, amountCents: 100 + sale, note: 'Tisch 4', at }))
    lines.push(
      JSON.stringify({ type: 'created', reference, linkId: sale, payLink: `https://p/${sale}`, qrImg: null, at })
    )
    lines.push(JSON.stringify({ type: 'paid', reference, at }))
  }
  return `${lines.join('\n')}\n`
}

// A real full disk: a tmpfs this process mounts (see tests/support/mount-probe.ts).
needsTmpfsMount()

describe('an import the disk has no room for', () => {
  let disk: SmallDisk
  beforeEach(() => {
    disk = mountSmallDisk(8 * 1024)
  })
  afterEach(() => disk.unmount())

  it('is rolled back whole: the JSONL journal untouched, its sales shown, charges refused; imported once there is room', () => {
    const jsonlPath = join(disk.folder, 'sales-journal.jsonl')
    const booksPath = join(disk.folder, 'books.sqlite')
    // About 600 KB: the rows it becomes do not fit into the 256 KiB a filler leaves free (a filler, not a remount
    // to a smaller size: a user namespace may not resize the tmpfs, and npm test runs these tests in one).
    const text = jsonlJournal(2_400)
    writeFileSync(jsonlPath, text)
    const { bavail, bsize } = statfsSync(disk.folder)
    writeFileSync(join(disk.folder, 'filler'), Buffer.alloc(bavail * bsize - 256 * 1024))

    const journal = openSaleJournal(booksPath)
    expect(journal.status()).toEqual({
      writable: false,
      errno: null,
      unwrittenLines: 0,
      quarantined: null,
      problem: { code: 'import_failed', reason: 'not_written', file: jsonlPath }
    })
    expect(journal.all()).toHaveLength(2_400)
    expect(journal.appendDurably({ type: 'creating', reference: 'N1', amountCents: 1, note: '', at }).ok).toBe(false)
    journal.close()
    expect(readFileSync(jsonlPath, 'utf8')).toBe(text)
    expect(journalRows(booksPath)).toEqual([])

    disk.free()
    const next = openSaleJournal(booksPath)
    next.close()
    expect(next.status()).toMatchObject({ writable: true, problem: null })
    expect(journalRows(booksPath)).toHaveLength(3 * 2_400)
    expect(readFileSync(`${jsonlPath}.migrated-${at.slice(0, 10)}`, 'utf8')).toBe(text)
  })
})
