import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { exportForAudit } from '../../../src-main/journal/audit-export/export-audit'
import { backupBooks } from '../../../src-main/journal/books-backup'
import { appendRows, openTempBooks, paidSale, type TempBooks } from '../../support/books-rows'
import { needsTmpfsMount } from '../../support/mount-probe'
import { mountSmallDisk, type SmallDisk } from '../../support/small-disk'

// A real read-only or full backup folder: a tmpfs this process mounts (see tests/support/mount-probe.ts).
needsTmpfsMount()

describe('a backup or an audit export into a folder it cannot fill (a real tmpfs)', () => {
  let books: TempBooks
  let disk: SmallDisk
  beforeEach(() => {
    books = openTempBooks('books-backup-faults-')
    // Enough rows that the copy needs more room than a nearly full disk has (160 KiB: the books with their sales table).
    const lines = Array.from({ length: 20 }, (_, sale) =>
      paidSale(`POS-${sale + 1}`, 100 + sale, '2026-12-07T10:00:00.000Z', { note: 'n'.repeat(300) })
    ).flat()
    appendRows(books.database, lines)
    disk = mountSmallDisk(160)
  })
  afterEach(() => {
    disk.unmount()
    books.remove()
  })

  it('says the folder is read-only and leaves it as it was', () => {
    writeFileSync(join(disk.folder, 'books-backup-20261201-100000-000.sqlite'), 'an earlier backup')
    disk.readOnly()
    expect(backupBooks(books.database, disk.folder)).toEqual({ ok: false, reason: 'folder_read_only' })
    expect(readdirSync(disk.folder)).toEqual(['books-backup-20261201-100000-000.sqlite'])
  })

  it('says the disk is full, removes its partial copy and keeps the earlier backups', () => {
    writeFileSync(join(disk.folder, 'books-backup-20261201-100000-000.sqlite'), 'an earlier backup')
    disk.fill(join(disk.folder, 'padding'))
    expect(backupBooks(books.database, disk.folder)).toEqual({ ok: false, reason: 'disk_full' })
    const ours = readdirSync(disk.folder).filter((name) => name !== 'filler' && name !== 'padding')
    expect(ours).toEqual(['books-backup-20261201-100000-000.sqlite'])
    disk.free()
    expect(backupBooks(books.database, disk.folder)).toMatchObject({ ok: true, rows: 60 })
  })

  const exportTo = (folder: string) => exportForAudit(books.database, { from: '2026-12-07', to: '2026-12-07', folder })

  it('exports nothing into a read-only folder, and says so', () => {
    disk.readOnly()
    expect(exportTo(disk.folder)).toEqual({ ok: false, reason: 'folder_read_only' })
    expect(readdirSync(disk.folder)).toEqual([])
  })

  it('says the disk is full and leaves no half export behind', () => {
    disk.fill(join(disk.folder, 'padding'))
    expect(exportTo(disk.folder)).toEqual({ ok: false, reason: 'disk_full' })
    expect(readdirSync(disk.folder).filter((name) => name !== 'filler' && name !== 'padding')).toEqual([])
    disk.free()
    expect(exportTo(disk.folder)).toMatchObject({ ok: true, rows: 60 })
  })
})
