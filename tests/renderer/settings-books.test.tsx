import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import type { BackupStatus, Language } from '../../src-preload/contract'
import { type FakeCounter, fakeCounter, publicSettings } from './support/fake-counter'
import { renderApp, resetApp } from './support/render-app'

// Main's answers to these channels are tested through the real handlers in tests/main/books/books-care.test.ts; here
// the renderer words them (the renderer project cannot load node:sqlite).
afterEach(() => resetApp())

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9'

async function openBooksSection(language: Language, prepare: (counter: FakeCounter) => void = () => {}) {
  const counter = fakeCounter(publicSettings({ language }))
  prepare(counter)
  await renderApp(counter)
  fireEvent.click(screen.getByTestId('settings-button'))
  fireEvent.click(await screen.findByTestId('settings-section-books'))
  await screen.findByTestId('books-section')
  return counter
}

describe('Settings → Books', () => {
  it('says the books verify with rows and the short head, or names the first changed row (en and de)', async () => {
    const counter = await openBooksSection('en', (fake) =>
      fake.verifyBooks.mockResolvedValueOnce({ ok: true, value: { ok: true, rows: 6, head: HEAD } })
    )
    fireEvent.click(screen.getByTestId('books-verify'))
    expect((await screen.findByTestId('books-verify-result')).textContent).toBe(
      'The books verify: 6 rows, head a1b2c3d4e5f6.'
    )
    counter.verifyBooks.mockResolvedValueOnce({
      ok: true,
      value: { ok: false, problem: { code: 'row_mismatch', seq: 4, what: 'hash', rowsBefore: 3 } }
    })
    fireEvent.click(screen.getByTestId('books-verify'))
    await waitFor(() =>
      expect(screen.getByTestId('books-verify-result').textContent).toBe(
        'Row 4 was changed: its content does not match its hash. The 3 rows before it verify.'
      )
    )
    resetApp()
    await openBooksSection('de', (fake) =>
      fake.verifyBooks.mockResolvedValueOnce({
        ok: true,
        value: { ok: false, problem: { code: 'tail_cut', lastSeq: 5, witnessSeq: 6 } }
      })
    )
    fireEvent.click(screen.getByTestId('books-verify'))
    expect((await screen.findByTestId('books-verify-result')).textContent).toBe(
      'Die Bücher enden bei Zeile 5, der Kopf daneben sah aber Zeile 6: am Ende wurden Zeilen abgeschnitten.'
    )
  })

  it('exports the chosen period and says where and how many rows, or why nothing was exported', async () => {
    const counter = await openBooksSection('en', (fake) =>
      fake.exportForAudit.mockResolvedValueOnce({
        ok: true,
        value: { exported: true, folder: '/media/stick/secpaid-audit-2026-12-01_2026-12-31', rows: 6 }
      })
    )
    fireEvent.change(screen.getByTestId('books-export-from'), { target: { value: '2026-12-01' } })
    fireEvent.change(screen.getByTestId('books-export-to'), { target: { value: '2026-12-31' } })
    fireEvent.click(screen.getByTestId('books-export'))
    expect((await screen.findByTestId('books-export-result')).textContent).toBe(
      '6 rows exported to /media/stick/secpaid-audit-2026-12-01_2026-12-31.'
    )
    expect(counter.exportForAudit).toHaveBeenCalledWith({ from: '2026-12-01', to: '2026-12-31' })
    counter.exportForAudit.mockResolvedValueOnce({
      ok: false,
      error: { code: 'audit_export_failed', reason: 'disk_full' }
    })
    fireEvent.click(screen.getByTestId('books-export'))
    await waitFor(() =>
      expect(screen.getByTestId('books-export-result').textContent).toBe('Nothing was exported: the disk is full.')
    )
  })

  it('shows the backup folder and the last backup, also one that failed at quit (de)', async () => {
    const failedAtQuit: BackupStatus = {
      folder: '/media/stick',
      keep: 10,
      last: { ok: false, at: '2026-12-07T21:00:00.000Z', cause: 'quit', reason: 'folder_missing' }
    }
    const counter = await openBooksSection('de', (fake) =>
      fake.backupStatus.mockResolvedValue({ ok: true, value: failedAtQuit })
    )
    await waitFor(() =>
      expect(screen.getByTestId('books-backup-last').textContent).toMatch(
        /^Die letzte Sicherung \(.+\) ist fehlgeschlagen: der Ordner ist nicht da \(USB-Stick abgezogen\?\)\.$/
      )
    )
    expect(screen.getByTestId('books-backup-folder').textContent).toBe('Sicherungsordner: /media/stick')
    counter.backupNow.mockResolvedValueOnce({
      ok: true,
      value: {
        ...failedAtQuit,
        last: { ok: true, at: '2026-12-07T21:05:00.000Z', cause: 'owner', rows: 6, head: HEAD }
      }
    })
    fireEvent.click(screen.getByTestId('books-backup-now'))
    await waitFor(() =>
      expect(screen.getByTestId('books-backup-last').textContent).toMatch(
        /^Letzte Sicherung: .+ \(6 Zeilen, Kopf a1b2c3d4e5f6\)\.$/
      )
    )
    fireEvent.change(screen.getByTestId('books-backup-keep'), { target: { value: '3' } })
    await waitFor(() => expect(counter.setBackupKeep).toHaveBeenCalledWith({ keep: 3 }))
  })
})
