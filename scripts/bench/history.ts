// The sales history at a year of trade: a journal of 200,000 lines (creating, created, paid per sale over 365 days),
// opened as the app opens it, then the history's list and search timed through the same index the app queries.
// Run by `npm run bench` before the page benchmark; alone: `node --experimental-strip-types scripts/bench/run.ts --history`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { createHistoryIndex } from '../../src-main/books/history-index'
import { localDay } from '../../src-main/books/local-day'
import { openSaleJournal } from '../../src-main/journal/sale-journal'
import { seededRandom, summarize, type Summary } from './stats'

const LINES = 200_000
const DAYS = 365
const SAMPLES = 200
/** The bar for list and search at this size. */
const LIMIT_MS = 100
const NOTES = ['table 4', 'Kaffee', 'Zimmer 12', 'takeaway', 'Grüner Tee', '']

function yearOfTrade(): string {
  const salesCount = Math.ceil(LINES / 3)
  const start = Date.now() - DAYS * 86_400_000
  const step = (DAYS * 86_400_000) / salesCount
  const random = seededRandom(11)
  const lines: string[] = []
  for (let sale = 0; lines.length < LINES; sale += 1) {
    const at = new Date(start + sale * step).toISOString()
    const reference = `POS-counter-${at.slice(0, 10).replaceAll('-', '')}-abcde-${String(sale).padStart(6, '0')}`
    const amountCents = 100 + Math.floor(random() * 20_000)
    const note = NOTES[sale % NOTES.length]
    lines.push(JSON.stringify({ type: 'creating', reference, amountCents, note, at }))
    lines.push(
      JSON.stringify({ type: 'created', reference, linkId: sale + 1, payLink: `https://p/${sale}`, qrImg: null, at })
    )
    lines.push(JSON.stringify({ type: random() < 0.9 ? 'paid' : 'cancelled', reference, at }))
  }
  return `${lines.slice(0, LINES).join('\n')}\n`
}

function time(samples: number, run: (sample: number) => unknown): Summary {
  const times: number[] = []
  for (let sample = 0; sample < samples; sample += 1) {
    const started = performance.now()
    run(sample)
    times.push(performance.now() - started)
  }
  return summarize(times)
}

const show = (name: string, summary: Summary) =>
  `${name.padEnd(44)} p50 ${summary.p50.toFixed(2)} ms  p95 ${summary.p95.toFixed(2)} ms  max ${summary.max.toFixed(2)} ms`

/** Prints the figures; answers 1 when a p95 is over the bar. */
export function runHistoryBench(): number {
  const folder = mkdtempSync(join(tmpdir(), 'counter-bench-history-'))
  try {
    // Written as the JSONL journal of the version before the books database, imported at the first start; the
    // start timed is the next one, as every start after the first is.
    writeFileSync(join(folder, 'sales-journal.jsonl'), yearOfTrade())
    const booksPath = join(folder, 'books.sqlite')
    openSaleJournal(booksPath).close()
    const openedAt = performance.now()
    const journal = openSaleJournal(booksPath)
    const journalMs = performance.now() - openedAt
    const indexedAt = performance.now()
    const history = createHistoryIndex(journal)
    const indexMs = performance.now() - indexedAt
    const days = Array.from({ length: DAYS }, (_, index) => localDay(new Date(Date.now() - index * 86_400_000)))
    const random = seededRandom(7)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
    let cursor: string | null = null

    const figures: [string, Summary][] = [
      ['list: newest page (50)', time(SAMPLES, () => history.page({}))],
      [
        'list: next page by cursor',
        time(SAMPLES, () => {
          const page = history.page(cursor === null ? {} : { cursor })
          cursor = page.nextCursor
        })
      ],
      ['list: one day, random', time(SAMPLES, () => history.page({ day: pick(days) }))],
      ['search: note (many matches)', time(SAMPLES, () => history.page({ search: 'kaffee' }))],
      ['search: amount "12,34" (few)', time(SAMPLES, () => history.page({ search: '12,34' }))],
      [
        'search: reference of one sale',
        time(SAMPLES, () => history.page({ search: `-${String(pick([5, 500, 50_000])).padStart(6, '0')}` }))
      ],
      ['search: no match (whole year scanned)', time(SAMPLES, () => history.page({ search: 'no such sale' }))]
    ]
    journal.close()
    history.close()
    console.log(`history bench: ${LINES} journal lines, ${Math.ceil(LINES / 3)} sales over ${DAYS} days`)
    console.log(`  journal opened in ${journalMs.toFixed(0)} ms; history index built in ${indexMs.toFixed(1)} ms`)
    for (const [name, summary] of figures) console.log(`  ${show(name, summary)}`)
    const over = figures.filter(([, summary]) => summary.p95 > LIMIT_MS)
    for (const [name] of over) console.log(`  OVER ${LIMIT_MS} ms at p95: ${name}`)
    return over.length === 0 ? 0 : 1
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
