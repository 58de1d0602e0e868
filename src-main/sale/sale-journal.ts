import { appendFileSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { SaleFailure } from '../../src-preload/contract'
import type { SaleEvent, SaleRecord } from './sale-record'

export interface SaleJournal {
  append(event: SaleEvent): SaleRecord
  get(reference: string): SaleRecord | undefined
  byLinkId(linkId: number): SaleRecord | undefined
  /** Every sale, oldest first. */
  all(): SaleRecord[]
}

/**
 * Every status change of every sale, one JSON line each, appended to a file. A line is written before the
 * app acts on it, so a crash leaves at most a torn last line (skipped on reading) and never loses a sale.
 */
export function openSaleJournal(filePath: string): SaleJournal {
  const sales = new Map<string, SaleRecord>()
  const referenceByLinkId = new Map<number, string>()
  const record = (event: SaleEvent): SaleRecord => {
    const sale = apply(sales, event)
    if (sale.linkId !== null) referenceByLinkId.set(sale.linkId, sale.reference)
    return sale
  }
  const text = readText(filePath)
  for (const event of parseEvents(text)) record(event)
  mkdirSync(dirname(filePath), { recursive: true })
  // End a torn last line, so the next event starts a line of its own instead of joining the torn one.
  if (text !== '' && !text.endsWith('\n')) appendFileSync(filePath, '\n')

  return {
    append(event) {
      appendFileSync(filePath, `${JSON.stringify(event)}\n`, { mode: 0o600 })
      return record(event)
    },
    get: (reference) => sales.get(reference),
    byLinkId(linkId) {
      const reference = referenceByLinkId.get(linkId)
      return reference === undefined ? undefined : sales.get(reference)
    },
    all: () => [...sales.values()]
  }
}

function readText(filePath: string): string {
  try {
    return readFileSync(filePath, 'utf8')
  } catch {
    return ''
  }
}

function parseEvents(text: string): SaleEvent[] {
  const events: SaleEvent[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    try {
      events.push(JSON.parse(line) as SaleEvent)
    } catch {
      // A line torn by a crash mid-write: everything before it is intact.
    }
  }
  return events
}

function apply(sales: Map<string, SaleRecord>, event: SaleEvent): SaleRecord {
  const existing = sales.get(event.reference)
  const sale: SaleRecord =
    event.type === 'creating'
      ? { ...newSale(event.reference), amountCents: event.amountCents, note: event.note }
      : existing !== undefined
        ? { ...existing, history: [...existing.history] }
        : // A status change whose `creating` line was lost (hand-edited file): kept, so nothing disappears.
          newSale(event.reference)

  if (event.type === 'created')
    Object.assign(sale, { linkId: event.linkId, payLink: event.payLink, qrImg: event.qrImg })
  if (event.type === 'failed') sale.failure = failureOf(event)
  sale.status = event.type
  sale.history.push({ status: event.type, at: event.at })
  sales.set(sale.reference, sale)
  return sale
}

function newSale(reference: string): SaleRecord {
  return {
    reference,
    amountCents: 0,
    note: '',
    status: 'creating',
    linkId: null,
    payLink: null,
    qrImg: null,
    failure: null,
    history: []
  }
}

/** Journals written before failures were reason codes hold a sentence instead: kept as a failure without a reason. */
function failureOf(event: Extract<SaleEvent, { type: 'failed' }>): SaleFailure {
  return typeof event.failure === 'object' && event.failure !== null ? event.failure : { code: 'unexplained' }
}
