// The books at one and ten years of trade (issue 17 §4), the JSONL journal of the versions before against the books
// database, on the same generated history:
//   node scripts/launch.mjs scripts/bench-books.ts [years …]     (npm run bench:books; default: 0 1 10)
// For each store and size, a fresh Node process (`--expose-gc`) opens it as the app does (every sale folded into the
// index: ready to charge), then appends status changes durably. Not a test: it prints the table for
// docs/performance.md. The sources use extensionless imports (bundler style); this resolve hook finds their .ts files.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { register } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const resolveTypeScriptExtensions = `
export async function resolve(specifier, context, nextResolve) {
  const relativeWithoutExtension = /^\\.{1,2}\\//.test(specifier) && !/\\.[cm]?[jt]s$/.test(specifier)
  return nextResolve(relativeWithoutExtension ? specifier + '.ts' : specifier, context)
}`
register(`data:text/javascript,${encodeURIComponent(resolveTypeScriptExtensions)}`)

type Store = 'jsonl' | 'sqlite'
const APPENDS = 300

interface Measured {
  openMs: number
  sales: number
  rssMb: number
  heapMb: number
  appendP50: number
  appendP95: number
}

const megabytes = (bytes: number) => bytes / 1_048_576

/** In the child: open one store in `folder`, then append; prints one JSON line. */
async function measure(store: Store, folder: string): Promise<void> {
  const { summarize } = await import('./bench/stats')
  const { openSaleJournal } = await import('../src-main/journal/sale-journal')
  const { openJsonlJournal } = await import('../tests/support/jsonl-journal')
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
  gc()
  const before = process.memoryUsage()
  const startedAt = performance.now()
  const opened =
    store === 'jsonl'
      ? (() => {
          const journal = openJsonlJournal(join(folder, 'jsonl', 'sales-journal.jsonl'))
          return {
            sales: journal.index.all().length,
            append: (event: Parameters<typeof journal.appendDurably>[0]) => journal.appendDurably(event),
            close: () => journal.close()
          }
        })()
      : (() => {
          const journal = openSaleJournal(join(folder, 'books', 'books.sqlite'))
          return {
            sales: journal.allEnvironments().length,
            append: (event: Parameters<typeof journal.appendDurably>[0]) => journal.appendDurably(event).ok,
            close: () => journal.close()
          }
        })()
  const openMs = performance.now() - startedAt
  gc()
  const after = process.memoryUsage()
  const times: number[] = []
  for (let n = 0; n < APPENDS; n += 1) {
    const at = new Date().toISOString()
    const reference = `POS-bench-${store}-${process.pid}-${n}`
    const appendedAt = performance.now()
    if (
      !opened.append({
        type: 'creating',
        reference,
        amountCents: 100 + n,
        note: 'bench',
        at,
        environment: 'production'
      })
    )
      throw new Error('append refused')
    times.push(performance.now() - appendedAt)
  }
  opened.close()
  const { p50, p95 } = summarize(times)
  const result: Measured = {
    openMs,
    sales: opened.sales,
    rssMb: megabytes(after.rss - before.rss),
    heapMb: megabytes(after.heapUsed - before.heapUsed),
    appendP50: p50,
    appendP95: p95
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

async function main(): Promise<void> {
  const { generateHistory } = await import('./bench/books-history')
  const sizes = process.argv.slice(2).map(Number)
  const years = sizes.length > 0 ? sizes : [0, 1, 10]
  console.log(
    '| history | rows | store | file | open to ready | sales | RSS after open | heap after open | durable append p50 / p95 |'
  )
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const size of years) {
    const folder = mkdtempSync(join(tmpdir(), 'counter-bench-books-'))
    try {
      const generatedAt = performance.now()
      const history = generateHistory(folder, size)
      const generateS = ((performance.now() - generatedAt) / 1000).toFixed(0)
      console.error(`${size} years: ${history.rows} rows, ${history.sales} sales, generated in ${generateS} s`)
      for (const store of ['jsonl', 'sqlite'] as const) {
        const file = store === 'jsonl' ? history.jsonlPath : history.booksPath
        const figures = measured(store, folder)
        console.log(
          `| ${size} years | ${history.rows.toLocaleString('en')} | ${store === 'jsonl' ? 'JSONL (before)' : 'SQLite'} | ` +
            `${megabytes(statSync(file).size).toFixed(0)} MB | ${cell(figures, (m) => `${m.openMs.toFixed(0)} ms`)} | ` +
            `${cell(figures, (m) => String(m.sales))} | ${cell(figures, (m) => `${m.rssMb.toFixed(0)} MB`)} | ` +
            `${cell(figures, (m) => `${m.heapMb.toFixed(0)} MB`)} | ` +
            `${cell(figures, (m) => `${m.appendP50.toFixed(2)} / ${m.appendP95.toFixed(2)} ms`)} |`
        )
      }
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

if (process.argv[2] === '--measure') await measure(process.argv[3] as Store, process.argv[4]!)
else await main()
