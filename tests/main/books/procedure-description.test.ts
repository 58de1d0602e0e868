import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { FileOutput } from '../../../src-main/books/file-output'
import { textPdf } from '../../../src-main/books/text-pdf'
import type { AboutApp, LinkView, PublicSettings } from '../../../src-preload/contract'
import { type DemoBackend, openDemoBackend } from '../../support/demo-backend'
import { pdfText } from '../../support/pdf-text'

const SHOP = { name: 'Café Blau', address: 'Hauptstraße 1\n10115 Berlin', vatId: 'DE123456789' }

describe('Settings → About and the procedure description, made from the shop’s settings', () => {
  let opened: DemoBackend
  let backupFolder: string
  let tillId: string
  const saved: { fileName: string; bytes: Uint8Array }[] = []
  const output: FileOutput = {
    saveWithDialog: async (fileName, bytes) => {
      saved.push({ fileName, bytes })
      return { saved: true }
    },
    print: async () => ({ printed: true }),
    pageAsPdf: async () => new Uint8Array()
  }
  const call = <T>(channel: string, request: unknown) => opened.call<T>(channel, request)
  /** The PDF's text with every run of white space one space, as a reader copies it out. */
  const exported = async (language: 'de' | 'en') => {
    const answer = await call('exportProcedureDescription', { language })
    expect(answer).toEqual({ ok: true, value: { saved: true } })
    const file = saved.at(-1)!
    return { fileName: file.fileName, text: (await pdfText(Buffer.from(file.bytes))).text.replace(/\s+/g, ' ') }
  }

  beforeAll(async () => {
    backupFolder = mkdtempSync(join(tmpdir(), 'counter-backups-'))
    opened = await openDemoBackend({ fileOutput: output, chooseFolder: async () => backupFolder, appVersion: '9.8.7' })
    const settings = await call<PublicSettings>('updateSettings', {
      shop: SHOP,
      tipKind: 'staff',
      tips: { enabled: true, percentPresets: [10], roundUp: false },
      tillsOnKey: 2
    })
    if (!settings.ok) throw new Error(settings.error.code)
    tillId = settings.value.tillId
    expect((await call('chooseBackupFolder', {})).ok).toBe(true)
    expect((await call('setBackupKeep', { keep: 7 })).ok).toBe(true)
    expect((await call<LinkView>('charge', { amountCents: 990 })).ok).toBe(true)
  })
  afterAll(async () => {
    await opened.close()
    rmSync(backupFolder, { recursive: true, force: true })
  })

  it('About names the version and the data folder', async () => {
    expect(await call<AboutApp>('aboutApp', {})).toEqual({
      ok: true,
      value: { version: '9.8.7', dataFolder: dirname(opened.booksPath) }
    })
  })

  it('in German: a PDF holding the shop, the till, the tip kind, backups, retention and the no-cash rule', async () => {
    const { fileName, text } = await exported('de')
    expect(fileName).toMatch(/^verfahrensdokumentation-\d{4}-\d{2}-\d{2}\.pdf$/)
    for (const expected of [
      'Verfahrensdokumentation (Entwurf)',
      'Betrieb: Café Blau.',
      'Anschrift: Hauptstraße 1, 10115 Berlin.',
      'DE123456789',
      `Kasse: Kennung ${tillId}, Gerätename counter1.`,
      'Kassen am selben SecPaid-Schlüssel (Einstellung): 2.',
      `Kassen mit Verkäufen in diesen Büchern: ${tillId}.`,
      'Umgebung: Demo',
      `Datenordner: ${dirname(opened.booksPath)}.`,
      'Trinkgeld ist nach der Einstellung für das Personal',
      `Sicherungen: in ${backupFolder}, die neuesten 7 werden behalten`,
      'zehn Jahre',
      'acht Jahre',
      'Kein Bargeld, keine Gutscheine, kein Guthaben',
      '§ 146a AO, KassenSichV',
      'SecPaid Counter 9.8.7',
      'PIN für Einstellungen und Erstattungen: nicht gesetzt.'
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('in English, and a change of the settings shows in the next one', async () => {
    expect((await call('updateSettings', { tipKind: 'shop', environment: 'development' })).ok).toBe(true)
    const { fileName, text } = await exported('en')
    expect(fileName).toMatch(/^procedure-description-\d{4}-\d{2}-\d{2}\.pdf$/)
    for (const expected of [
      'Procedure description (draft)',
      'Shop: Café Blau. Address: Hauptstraße 1, 10115 Berlin. VAT ID / tax number: DE123456789.',
      `Till: id ${tillId}, device name counter1.`,
      'Environment: Development',
      'Tips are, as set, for the shop: the shop’s revenue.',
      `Backups: in ${backupFolder}, the newest 7 are kept`,
      'No cash, no vouchers, no stored value',
      'ten years',
      'Export for a tax audit'
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('a cancelled dialog saves nothing, and says so', async () => {
    output.saveWithDialog = async () => ({ saved: false })
    expect(await call('exportProcedureDescription', { language: 'en' })).toEqual({ ok: true, value: { saved: false } })
    output.saveWithDialog = async () => {
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
    }
    expect(await call('exportProcedureDescription', { language: 'en' })).toEqual({
      ok: false,
      error: { code: 'output_failed', errno: 'ENOSPC' }
    })
  })
})

describe('the text PDF', () => {
  it('wraps long text onto lines and pages, and prints what WinAnsi lacks as “?”', async () => {
    const paragraph = 'Umsatzsteuer Trinkgeld Öffnungszeiten € „Anführung“ – '.repeat(40)
    const pdf = textPdf({
      title: 'Title 🍰',
      subtitle: 'sub (with parentheses) and a back\\slash',
      sections: Array.from({ length: 6 }, (_, index) => ({ heading: `Section ${index}`, paragraphs: [paragraph] }))
    })
    const { pages, text } = await pdfText(Buffer.from(pdf))
    expect(pages).toBeGreaterThan(1)
    expect(text).toContain('Title ?')
    expect(text).toContain('sub (with parentheses) and a back\\slash')
    expect(text.replace(/\s+/g, ' ')).toContain('Öffnungszeiten € „Anführung“ –')
  })
})
