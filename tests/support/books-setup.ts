import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, beforeEach } from 'vitest'

import { type BooksHandlers, createBooksHandlers } from '../../src-main/books/books-handlers'
import type { FileOutput } from '../../src-main/books/file-output'
import { createHistoryIndex } from '../../src-main/books/history-index'
import { createRefundService } from '../../src-main/books/refund-service'
import { openSaleJournal, type SaleJournal } from '../../src-main/journal/sale-journal'
import type { SaleSequence } from '../../src-main/journal/sale-record'
import { createSecPaidClient } from '../../src-main/secpaid/client'
import type { SecPaidClient } from '../../src-main/secpaid/types'
import { createSettingsLock } from '../../src-main/settings/settings-lock'
import type { Environment } from '../../src-preload/contract'
import { startTestSecPaid, type TestSecPaid } from './test-secpaid'

export interface TempJournal {
  journal: SaleJournal
  path: string
  /** Closes the journal and deletes its folder. */
  remove: () => void
}

/** A sale journal in a fresh folder of its own. */
export function openTempJournal(folderPrefix: string): TempJournal {
  const folder = mkdtempSync(join(tmpdir(), folderPrefix))
  const path = join(folder, 'books.sqlite')
  const journal = openSaleJournal(path)
  return {
    journal,
    path,
    remove: () => {
      journal.close()
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

/** The books' handlers as main builds them, with no PIN set; `output` stands in for Electron's dialogs. */
export const booksHandlersFor = (journal: SaleJournal, client: SecPaidClient, output?: FileOutput): BooksHandlers =>
  createBooksHandlers({
    journal,
    history: createHistoryIndex(journal),
    refunds: createRefundService({ getClient: () => client, journal, now: () => new Date() }),
    getClient: () => client,
    settingsLock: createSettingsLock({ storedPin: () => null }),
    pinSet: () => false,
    output
  })

export interface JournaledSale {
  reference: string
  /** What the journal says the sale is for (a test of differing amounts journals another than the link's). */
  amountCents: number
  note?: string
  /** ISO time the sale started and its link was created. */
  at: string
  linkId: number
  payLink: string
  sequence?: SaleSequence
  /** ISO time it was paid; not paid (here) when absent. */
  paidAt?: string
  /** The environment today's app records with every sale; absent, the sale is as an older version journaled it. */
  environment?: Environment
}

/** A sale journaled line by line as the app writes it: creating, created with its link, and paid when it was. */
export function journalSale(journal: SaleJournal, sale: JournaledSale): void {
  const { reference, at } = sale
  journal.append({
    type: 'creating',
    reference,
    amountCents: sale.amountCents,
    note: sale.note ?? '',
    at,
    ...(sale.sequence ? { sequence: sale.sequence } : {}),
    ...(sale.environment ? { environment: sale.environment } : {})
  })
  journal.append({ type: 'created', reference, linkId: sale.linkId, payLink: sale.payLink, qrImg: null, at })
  if (sale.paidAt !== undefined) journal.append({ type: 'paid', reference, at: sale.paidAt })
}

/** What each of the books' tests over HTTP works with; the hooks fill it in, so read it inside a test. */
export interface BooksAtTestSecPaid {
  secpaid: TestSecPaid
  journal: SaleJournal
  booksPath: string
  client: SecPaidClient
  books: BooksHandlers
}

/**
 * Registers the hooks the books' tests over HTTP share: one test SecPaid for the file, and for each test a fresh
 * SecPaid state, journal, client on key "demo-key" and handlers.
 */
export function booksAtTestSecPaid(folderPrefix: string, clientOptions: { timeoutMs?: number } = {}) {
  const bench: Partial<BooksAtTestSecPaid> = {}
  const filled = bench as BooksAtTestSecPaid
  beforeAll(async () => {
    bench.secpaid = await startTestSecPaid()
  })
  afterAll(() => filled.secpaid.close())
  beforeEach(() => {
    filled.secpaid.reset()
    const temp = openTempJournal(folderPrefix)
    bench.journal = temp.journal
    bench.booksPath = temp.path
    bench.client = createSecPaidClient({
      baseUrl: filled.secpaid.baseUrl,
      getApiKey: () => 'demo-key',
      fetch,
      ...clientOptions
    })
    bench.books = booksHandlersFor(temp.journal, bench.client)
    return temp.remove
  })
  return filled
}
