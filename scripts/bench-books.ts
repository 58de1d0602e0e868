// The books at one and ten years of trade (issue 17 §4), the JSONL journal of the versions before against the books
// database, on the same generated history:
//   node scripts/launch.mjs scripts/bench-books.ts [years …]     (npm run bench:books; default: 0 1 10)
// The histories are generated once per generator version under test-output/bench-books/ (ten years take minutes) and
// copied for each run. For each store and size, a fresh Node process (`--expose-gc`) starts the journal as the app
// does (ready to charge: open, creating and open sales read), opens History, asks each question the screens ask many
// times, then appends status changes durably. Not a test: it prints the table for docs/performance.md. The sources use
// extensionless imports (bundler style); this resolve hook finds their .ts files.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { register } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'

const resolveTypeScriptExtensions = `
export async function resolve(specifier, context, nextResolve) {
  const relativeWithoutExtension = /^\\.{1,2}\\//.test(specifier) && !/\\.[cm]?[jt]s$/.test(specifier)
  return nextResolve(relativeWithoutExtension ? specifier + '.ts' : specifier, context)
}`
register(`data:text/javascript,${encodeURIComponent(resolveTypeScriptExtensions)}`)

import type { SaleEvent } from '../src-main/journal/sale-record'

type Store = 'jsonl' | 'sqlite'
const APPENDS = 300
const ASKS = 40
const QUERIES = ['newest page', 'one day', 'search amount', 'search reference', 'today', 'month close'] as const
type Query = (typeof QUERIES)[number]

interface Measured {
  startMs: number
  sales: number
  startRssMb: number
  startHeapMb: number
  historyRssMb: number
  historyHeapMb: number
  queries: Partial<Record<Query, { p50: number; p95: number }>>
  appendP50: number
  appendP95: number
  witnessP50: number
  witnessP95: number
}

const megabytes = (bytes: number) => bytes / 1_048_576

/** In the child: start one store in `folder`, ask, then append; prints one JSON line. */
async function measure(store: Store, folder: string): Promise<void> {
  const { summarize, seededRandom } = await import('./bench/stats')
  const { openSaleJournal } = await import('../src-main/journal/sale-journal')
  const { openJsonlJournal } = await import('../tests/support/jsonl-journal')
  const { createHistoryIndex } = await import('../src-main/books/history-index')
  const { journalDayClose } = await import('../src-main/books/day-close-journal')
  const { localSpanOf } = await import('../src-main/books/secpaid-dates')
  const { localDay, daysFromTo } = await import('../src-main/books/local-day')
  const { summarizeDay } = await import('../src-main/sale/sales-summary')
  const { saleDay } = await import('../src-main/sale/sale-reference')
  const { writeBooksHead } = await import('../src-main/journal/books-head')
  const { startedMsOf } = await import('../src-main/journal/sales-table')
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
  const random = seededRandom(5)
  gc()
  const before = process.memoryUsage()
  const startedAt = performance.now()
  const now = new Date()
  const today = localDay(now)
  const todaySpan = localSpanOf(today, today)
  const monthFrom = localDay(new Date(now.getTime() - 30 * 86_400_000))
  const monthSpan = localSpanOf(monthFrom, today)
  const pastDays = daysFromTo(localDay(new Date(now.getTime() - 300 * 86_400_000)), today)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const timed = (ask: () => unknown) => {
    const times: number[] = []
    for (let n = 0; n < ASKS; n += 1) {
      const askedAt = performance.now()
      ask()
      times.push(performance.now() - askedAt)
    }
    const { p50, p95 } = summarize(times)
    return { p50, p95 }
  }
  let opened: {
    sales: () => number
    history: () => unknown
    queries: Partial<Record<Query, () => unknown>>
    append: (event: SaleEvent) => boolean
    close: () => void
  }
  if (store === 'jsonl') {
    const journal = openJsonlJournal(join(folder, 'jsonl', 'sales-journal.jsonl'))
    // The version before: today's summary and the day close read every sale (all()); History had its own index.
    const all = () => journal.index.all('production')
    opened = {
      sales: () => journal.index.all().length,
      history: () => undefined,
      queries: {
        today: () => summarizeDay(all(), saleDay(now)),
        'month close': () => {
          const sales = all()
          const started = sales.filter((sale) => {
            const ms = startedMsOf(sale)
            return ms >= monthSpan.startMs && ms < monthSpan.endMs
          })
          return journalDayClose(sales, started, monthSpan)
        }
      },
      append: (event) => journal.appendDurably(event),
      close: () => journal.close()
    }
  } else {
    const journal = openSaleJournal(join(folder, 'books', 'books.sqlite'), { environment: () => 'production' })
    journal.creating()
    journal.awaitingPayment()
    const history = createHistoryIndex(journal)
    opened = {
      sales: () => Number.NaN,
      history: () => history.page({}),
      queries: {
        'newest page': () => history.page({}),
        'one day': () => history.page({ day: pick(pastDays) }),
        'search amount': () =>
          history.page({
            search: `${10 + Math.floor(random() * 190)},${String(Math.floor(random() * 100)).padStart(2, '0')}`
          }),
        'search reference': () =>
          history.page({ search: `-${String(Math.floor(random() * 1_000_000)).padStart(7, '0')}` }),
        today: () => summarizeDay(journal.activeIn(todaySpan), saleDay(now)),
        'month close': () => journalDayClose(journal.activeIn(monthSpan), journal.startedIn(monthSpan), monthSpan)
      },
      append: (event) => journal.appendDurably(event).ok,
      close: () => journal.close()
    }
  }
  const startMs = performance.now() - startedAt
  gc()
  const afterStart = process.memoryUsage()
  opened.history()
  gc()
  const afterHistory = process.memoryUsage()
  const queries: Measured['queries'] = {}
  for (const query of QUERIES) {
    const ask = opened.queries[query]
    if (ask !== undefined) queries[query] = timed(ask)
  }
  const times: number[] = []
  for (let n = 0; n < APPENDS; n += 1) {
    const at = new Date().toISOString()
    const reference = `POS-bench-${store}-${process.pid}-${n}`
    const appendedAt = performance.now()
    const appended = opened.append({
      type: 'creating',
      reference,
      amountCents: 100 + n,
      note: 'bench',
      at,
      environment: 'production'
    })
    if (!appended) throw new Error('append refused')
    times.push(performance.now() - appendedAt)
  }
  const sales = opened.sales()
  opened.close()
  // The head witness (books.head) alone, as each commit writes it: what of the append is not SQLite's commit.
  const witness: number[] = []
  for (let n = 0; n < 100; n += 1) {
    const writtenAt = performance.now()
    writeBooksHead(join(folder, 'books'), { seq: n, hash: '0'.repeat(64) }, { durable: false })
    witness.push(performance.now() - writtenAt)
  }
  const append = summarize(times)
  const head = summarize(witness)
  const result: Measured = {
    startMs,
    sales,
    startRssMb: megabytes(afterStart.rss - before.rss),
    startHeapMb: megabytes(afterStart.heapUsed - before.heapUsed),
    historyRssMb: megabytes(afterHistory.rss - before.rss),
    historyHeapMb: megabytes(afterHistory.heapUsed - before.heapUsed),
    queries,
    appendP50: append.p50,
    appendP95: append.p95,
    witnessP50: head.p50,
    witnessP95: head.p95
  }
  console.log(JSON.stringify(result))
}

/** Runs `measure` in a fresh process; answers its figures or why it failed. */
function measured(store: Store, folder: string): Measured | string {
  const child = spawnSync(
    process.execPath,
    [
      '--experimental-strip-types',
      '--disable-warning=ExperimentalWarning',
      '--expose-gc',
      '--max-old-space-size=8192',
      new URL(import.meta.url).pathname,
      '--measure',
      store,
      folder
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24 }
  )
  const last = child.stdout.trim().split('\n').at(-1) ?? ''
  if (child.status === 0 && last.startsWith('{')) return JSON.parse(last) as Measured
  const why = (child.stderr.split('\n').find((line) => /Error|error:/.test(line)) ?? `exit ${child.status}`).trim()
  return `fails: ${why.slice(0, 160)}`
}

const cell = (figures: Measured | string, pick: (m: Measured) => string) =>
  typeof figures === 'string' ? figures : pick(figures)
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0))
const pair = (figures: { p50: number; p95: number } | undefined) =>
  figures === undefined ? '—' : `${ms(figures.p50)} / ${ms(figures.p95)}`

async function main(): Promise<void> {
  const { cachedHistory } = await import('./bench/books-history')
  const sizes = process.argv.slice(2).map(Number)
  const years = sizes.length > 0 ? sizes : [0, 1, 10]
  const cacheRoot = resolve('test-output', 'bench-books')
  mkdirSync(cacheRoot, { recursive: true })
  console.log(
    '| history | rows | store | file | start to ready | RSS / heap after start | after History | ' +
      QUERIES.map((query) => `${query} p50 / p95`).join(' | ') +
      ' | durable append p50 / p95 | books.head write p50 / p95 |'
  )
  console.log(`|${'---|'.repeat(9 + QUERIES.length)}`)
  for (const size of years) {
    const generatedAt = performance.now()
    const history = cachedHistory(cacheRoot, size)
    const generateS = ((performance.now() - generatedAt) / 1000).toFixed(0)
    console.error(`${size} years: ${history.rows} rows, ${history.sales} sales, ready in ${generateS} s`)
    // A copy per run: the appends must not grow the cached history.
    const folder = mkdtempSync(join(tmpdir(), 'counter-bench-books-'))
    try {
      for (const [sub, file] of [
        ['jsonl', history.jsonlPath],
        ['books', history.booksPath]
      ] as const) {
        mkdirSync(join(folder, sub))
        copyFileSync(file, join(folder, sub, basename(file)))
      }
      for (const store of ['jsonl', 'sqlite'] as const) {
        const file = store === 'jsonl' ? history.jsonlPath : history.booksPath
        const figures = measured(store, folder)
        const m = (pick: (value: Measured) => string) => cell(figures, pick)
        console.log(
          `| ${size} years | ${history.rows.toLocaleString('en')} | ${store === 'jsonl' ? 'JSONL (before)' : 'books now'} | ` +
            `${megabytes(statSync(file).size).toFixed(0)} MB | ${m((v) => `${ms(v.startMs)} ms`)} | ` +
            `${m((v) => `${v.startRssMb.toFixed(0)} / ${v.startHeapMb.toFixed(0)} MB`)} | ` +
            `${m((v) => `${v.historyRssMb.toFixed(0)} / ${v.historyHeapMb.toFixed(0)} MB`)} | ` +
            QUERIES.map((query) => m((v) => pair(v.queries[query]))).join(' | ') +
            ` | ${m((v) => `${ms(v.appendP50)} / ${ms(v.appendP95)} ms`)} | ` +
            `${m((v) => (store === 'jsonl' ? '—' : `${ms(v.witnessP50)} / ${ms(v.witnessP95)} ms`))} |`
        )
      }
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

if (process.argv[2] === '--measure') await measure(process.argv[3] as Store, process.argv[4]!)
else await main()
