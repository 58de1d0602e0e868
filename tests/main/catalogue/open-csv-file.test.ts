import { afterEach, describe, expect, it } from 'vitest'

import { type FileOutput, MAX_OPENED_BYTES } from '../../../src-main/books/file-output'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'

const outputOpening = (bytes: Uint8Array | null): FileOutput => ({
  saveWithDialog: async () => ({ saved: true }),
  print: async () => ({ printed: true }),
  pageAsPdf: async () => new Uint8Array(),
  openWithDialog: async () => bytes
})

describe('openCsvFile: the catalogue import reads the file the owner picks, and only reads it', () => {
  let bench: DemoBackend | null = null
  afterEach(async () => {
    await bench?.close()
    bench = null
  })

  it('answers its text without the byte-order mark, umlauts intact', async () => {
    bench = await openDemoBackend({ fileOutput: outputOpening(Buffer.from('\uFEFFID;Name\r\n;Käse\r\n', 'utf8')) })
    expect(await bench.call('openCsvFile', {})).toEqual({ ok: true, value: { content: 'ID;Name\r\n;Käse\r\n' } })
  })

  it('answers null when the owner cancels the dialog', async () => {
    bench = await openDemoBackend({ fileOutput: outputOpening(null) })
    expect(await bench.call('openCsvFile', {})).toEqual({ ok: true, value: { content: null } })
  })

  it('refuses a file larger than it opens, and says so', async () => {
    bench = await openDemoBackend({ fileOutput: outputOpening(new Uint8Array(MAX_OPENED_BYTES + 1)) })
    expect(await bench.call('openCsvFile', {})).toEqual({ ok: false, error: { code: 'file_refused', reason: 'size' } })
  })
})
