import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { afterEach, describe, expect, it } from 'vitest'

import { openBooksDatabase } from '../../../src-main/journal/books-database'
import { writeBooksHead } from '../../../src-main/journal/books-head'
import type { AuditExportView, BackupStatus, BooksCheckView, DayCloseReport } from '../../../src-preload/contract'
import { appendRows, paidSale } from '../../support/books-rows'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'

const opened: DemoBackend[] = []
const scratch: string[] = []
afterEach(async () => {
  for (const till of opened.splice(0)) await till.close()
  for (const folder of scratch.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A folder the "system dialog" answers with; null stands for a cancelled dialog. */
function folderDialog() {
  const dialog = { answer: null as string | null, asked: [] as string[] }
  return { dialog, chooseFolder: async (purpose: string) => (dialog.asked.push(purpose), dialog.answer) }
}

const newFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'books-care-target-'))
  scratch.push(folder)
  return folder
}

/** A real backend whose data folder holds `books.sqlite` with two paid sales on 2026-12-07, and its head witness. */
async function tillWithBooks() {
  const { dialog, chooseFolder } = folderDialog()
  const till = await openDemoBackend({ chooseFolder })
  opened.push(till)
  const dataFolder = dirname(till.booksPath)
  const database = openBooksDatabase(join(dataFolder, 'books.sqlite'))
  appendRows(database, paidSale('POS-1', 1250, '2026-12-07T10:00:00.000Z'))
  const head = appendRows(database, paidSale('POS-2', 990, '2026-12-07T11:00:00.000Z'))
  database.close()
  writeBooksHead(dataFolder, head)
  return { till, dialog, dataFolder, head }
}

describe('Settings → Books: verify, export for the auditor, back up (through the real handlers)', () => {
  it('verifies the data folder’s chain and names the first row that does not match', async () => {
    const { till, dataFolder, head } = await tillWithBooks()
    expect(await till.call<BooksCheckView>('verifyBooks', {})).toEqual({
      ok: true,
      value: { ok: true, rows: 6, head: head.hash }
    })
    // An edit that bypasses the triggers, as someone with a SQLite tool could make it.
    const raw = new DatabaseSync(join(dataFolder, 'books.sqlite'))
    raw.exec('DROP TRIGGER journal_rows_are_never_updated')
    raw.exec(`UPDATE journal SET line = replace(line, '990', '90') WHERE seq = 4`)
    raw.close()
    expect(await till.call<BooksCheckView>('verifyBooks', {})).toEqual({
      ok: true,
      value: { ok: false, problem: { code: 'row_mismatch', seq: 4, what: 'hash', rowsBefore: 3 } }
    })
  })

  it('a fresh till’s books are the empty database the store made: they verify, with no rows', async () => {
    const till = await openDemoBackend()
    opened.push(till)
    const answer = await till.call<BooksCheckView>('verifyBooks', {})
    expect(answer).toMatchObject({ ok: true, value: { ok: true, rows: 0 } })
    expect(readdirSync(dirname(till.booksPath))).toContain('books.sqlite')
  })

  it('exports the days into the folder the dialog chose, and exports nothing when it was cancelled', async () => {
    const { till, dialog } = await tillWithBooks()
    expect(await till.call<AuditExportView>('exportForAudit', { from: '2026-12-01', to: '2026-12-31' })).toEqual({
      ok: true,
      value: { exported: false }
    })
    dialog.answer = newFolder()
    const answer = await till.call<AuditExportView>('exportForAudit', { from: '2026-12-01', to: '2026-12-31' })
    const folder = join(dialog.answer, 'secpaid-audit-2026-12-01_2026-12-31')
    expect(answer).toEqual({ ok: true, value: { exported: true, folder, rows: 6 } })
    expect(readdirSync(folder)).toEqual(expect.arrayContaining(['index.xml', 'status_changes.csv', 'chain_heads.csv']))
    expect(dialog.asked).toEqual(['audit_export', 'audit_export'])
  })

  it('backs up into the chosen folder keeping the last N, and remembers the outcome across a restart', async () => {
    const { till, dialog, head, dataFolder } = await tillWithBooks()
    const none = await till.call<BackupStatus>('backupNow', {})
    expect(none.ok && none.value.last).toMatchObject({ ok: false, cause: 'owner', reason: 'no_folder' })

    dialog.answer = newFolder()
    expect(await till.call<BackupStatus>('chooseBackupFolder', {})).toMatchObject({
      ok: true,
      value: { folder: dialog.answer }
    })
    expect(await till.call('setBackupKeep', { keep: 2 })).toMatchObject({ ok: true, value: { keep: 2 } })
    for (let made = 0; made < 3; made += 1) {
      const status = await till.call<BackupStatus>('backupNow', {})
      expect(status.ok && status.value.last).toMatchObject({ ok: true, cause: 'owner', rows: 6, head: head.hash })
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    expect(readdirSync(dialog.answer).filter((name) => name.endsWith('.sqlite'))).toHaveLength(2)

    // The stick is unplugged: the failure is remembered and shown after a restart.
    rmSync(dialog.answer, { recursive: true })
    const failed = await till.call<BackupStatus>('backupNow', {})
    expect(failed.ok && failed.value.last).toMatchObject({ ok: false, reason: 'folder_missing' })
    const again = await openDemoBackend({ booksPath: join(dataFolder, 'books.sqlite') })
    try {
      expect(await again.call<BackupStatus>('backupStatus', {})).toMatchObject({
        ok: true,
        value: { folder: dialog.answer, keep: 2, last: { ok: false, reason: 'folder_missing' } }
      })
    } finally {
      await again.backend.close()
    }
  })

  it('shows the chain head at closing and backs up after each day close, not again at quit', async () => {
    const { till, dialog, dataFolder, head } = await tillWithBooks()
    dialog.answer = newFolder()
    await till.call('chooseBackupFolder', {})
    const closed = await till.call<DayCloseReport>('dayClose', { from: '2026-12-07', to: '2026-12-07' })
    // The head at closing is the closing row's, appended after the six sale rows and chained to their head.
    const books = new DatabaseSync(join(dataFolder, 'books.sqlite'), { readOnly: true })
    const closing = books.prepare('SELECT type, prev_hash, hash FROM journal WHERE seq = 7').get()
    books.close()
    expect(closing).toMatchObject({ type: 'day_closed', prev_hash: head.hash })
    expect(closed.ok && closed.value.chainHead).toEqual({ rows: 7, head: (closing as { hash: string }).hash })
    const status = await till.call<BackupStatus>('backupStatus', {})
    expect(status.ok && status.value.last).toMatchObject({ ok: true, cause: 'day_close', rows: 7 })
    // Nothing new since the day close's backup: quitting does not copy the same books again.
    await till.backend.close()
    expect(readdirSync(dialog.answer).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1)
  })

  it('backs up at quit when sales came after the last backup', async () => {
    const { till, dialog, dataFolder } = await tillWithBooks()
    dialog.answer = newFolder()
    await till.call('chooseBackupFolder', {})
    await till.call('backupNow', {})
    const database = openBooksDatabase(join(dataFolder, 'books.sqlite'))
    const head = appendRows(database, paidSale('POS-3', 500, '2026-12-07T18:00:00.000Z'))
    database.close()
    writeBooksHead(dataFolder, head)
    await till.backend.close()
    expect(readdirSync(dialog.answer).filter((name) => name.endsWith('.sqlite'))).toHaveLength(2)
    const again = await openDemoBackend({ booksPath: join(dataFolder, 'books.sqlite') })
    try {
      expect(await again.call<BackupStatus>('backupStatus', {})).toMatchObject({
        ok: true,
        value: { last: { ok: true, cause: 'quit', rows: 9, head: head.hash } }
      })
    } finally {
      await again.backend.close()
    }
  })
})
