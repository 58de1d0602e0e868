import { describe, expect, it, vi } from 'vitest'

import { type FileOutput, MAX_SAVED_BYTES } from '../../../src-main/books/file-output'
import { createSecPaidClient } from '../../../src-main/secpaid/client'
import { booksHandlersFor, openTempJournal } from '../../support/books-setup'

describe('main writes only what the books export: a CSV under a plain name, of bounded size', () => {
  const temp = openTempJournal('counter-save-file-')
  const client = createSecPaidClient({ baseUrl: 'http://127.0.0.1:9/', getApiKey: () => null, fetch })
  const handlers = (output?: FileOutput) => booksHandlersFor(temp.journal, client, output)
  const saveWithDialog = vi.fn<FileOutput['saveWithDialog']>(async () => ({ saved: true }))
  const output: FileOutput = {
    saveWithDialog,
    print: async () => ({ printed: true }),
    pageAsPdf: async () => new Uint8Array([37, 80, 68, 70])
  }

  it('passes a CSV to the save dialog as UTF-8 bytes', async () => {
    const books = handlers(output)
    expect(
      await books.saveFile({ fileName: 'secpaid-sales-2026-11-01_2026-11-30.csv', kind: 'csv', content: '\uFEFFä' })
    ).toEqual({
      ok: true,
      value: { saved: true }
    })
    expect(saveWithDialog).toHaveBeenLastCalledWith(
      'secpaid-sales-2026-11-01_2026-11-30.csv',
      Buffer.from('\uFEFFä', 'utf8')
    )
  })

  it('refuses a path, another type or an oversized file before any dialog opens', async () => {
    const books = handlers(output)
    saveWithDialog.mockClear()
    const refused = async (fileName: string, content = 'x') => {
      const answer = await books.saveFile({ fileName, kind: 'csv', content })
      return answer.ok ? null : answer.error
    }
    expect(await refused('../evil.csv')).toEqual({ code: 'file_refused', reason: 'name' })
    expect(await refused('.bashrc.csv')).toEqual({ code: 'file_refused', reason: 'name' })
    expect(await refused('sales.exe')).toEqual({ code: 'file_refused', reason: 'type' })
    expect(await refused('big.csv', 'x'.repeat(MAX_SAVED_BYTES + 1))).toEqual({ code: 'file_refused', reason: 'size' })
    expect(await books.savePageAsPdf({ fileName: 'report.html' })).toEqual({
      ok: false,
      error: { code: 'file_refused', reason: 'name' }
    })
    expect(saveWithDialog).not.toHaveBeenCalled()
  })

  it('answers with the operating system’s reason when writing fails, and says when there is no window', async () => {
    const failing: FileOutput = {
      ...output,
      saveWithDialog: async () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' })
      }
    }
    expect(await handlers(failing).saveFile({ fileName: 'a.csv', kind: 'csv', content: 'x' })).toEqual({
      ok: false,
      error: { code: 'output_failed', errno: 'EACCES' }
    })
    expect(await handlers().printPage({})).toEqual({ ok: false, error: { code: 'output_failed', errno: null } })
    expect(await handlers(output).savePageAsPdf({ fileName: 'day.pdf' })).toEqual({ ok: true, value: { saved: true } })
    temp.remove()
  })
})
