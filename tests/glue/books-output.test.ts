import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { BrowserWindow } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const dialogAnswer = { canceled: false, filePath: undefined as string | undefined }
const showSaveDialog = vi.fn(async () => dialogAnswer)
vi.mock('electron', () => ({ dialog: { showSaveDialog } }))

const { createBooksOutput } = await import('../../src-main/window/books-output')

describe('the books’ Electron glue: save dialog, print, PDF of the window', () => {
  let folder: string
  const print = vi.fn((_options: unknown, done: (printed: boolean) => void) => done(true))
  const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.4 test'))
  const window = { isDestroyed: () => false, webContents: { print, printToPDF } } as unknown as BrowserWindow

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'books-output-'))
  })
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  it('writes the bytes where the owner chose, proposing main’s file name', async () => {
    dialogAnswer.canceled = false
    dialogAnswer.filePath = join(folder, 'chosen.csv')
    const output = createBooksOutput(() => window)
    expect(await output.saveWithDialog('secpaid-sales-2026-11-01_2026-11-30.csv', Buffer.from('a;b\r\n'))).toEqual({
      saved: true
    })
    expect(showSaveDialog).toHaveBeenLastCalledWith(window, { defaultPath: 'secpaid-sales-2026-11-01_2026-11-30.csv' })
    expect(readFileSync(join(folder, 'chosen.csv'), 'utf8')).toBe('a;b\r\n')
  })

  it('writes nothing when the dialog is closed', async () => {
    dialogAnswer.canceled = true
    dialogAnswer.filePath = undefined
    expect(await createBooksOutput(() => window).saveWithDialog('x.csv', Buffer.from('x'))).toEqual({ saved: false })
  })

  it('prints the window with its backgrounds and makes an A4 PDF of it', async () => {
    const output = createBooksOutput(() => window)
    expect(await output.print()).toEqual({ printed: true })
    expect(print).toHaveBeenCalledWith({ printBackground: true }, expect.any(Function))
    expect(Buffer.from(await output.pageAsPdf()).toString()).toBe('%PDF-1.4 test')
    expect(printToPDF).toHaveBeenCalledWith({ printBackground: true, pageSize: 'A4' })
  })

  it('refuses when the window is gone, so main answers with a reason instead of crashing', async () => {
    await expect(createBooksOutput(() => null).print()).rejects.toThrow('the window is closed')
  })
})
