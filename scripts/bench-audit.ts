// `npm run bench:audit [-- years]`: times the books' audit work on a generated history of real files (default 1
// year, ~330,000 rows: ~300 sales a day on two tills in two environments, ~3 rows a sale, some refunds):
// chain verification of the whole journal, the audit export of its last year, and one backup.
// Not a test: it prints figures (README, "Books"). The sources use extensionless and folder imports (bundler style);
// this resolve hook lets Node find their .ts files.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { register } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const resolveTypeScriptExtensions = `
export async function resolve(specifier, context, nextResolve) {
  const relativeWithoutExtension = /^\\.{1,2}\\//.test(specifier) && !/\\.[cm]?[jt]s$/.test(specifier)
  return nextResolve(relativeWithoutExtension ? specifier + '.ts' : specifier, context)
}`
register(`data:text/javascript,${encodeURIComponent(resolveTypeScriptExtensions)}`)

const { openBooksDatabase } = await import('../src-main/journal/books-database')
const { FIRST_PREVIOUS_HASH, rowHash } = await import('../src-main/journal/row-hash')
const { verifyBooks } = await import('../src-main/journal/verify-books')
const { writeBooksHead } = await import('../src-main/journal/books-head')
const { exportForAudit } = await import('../src-main/journal/audit-export/export-audit')
const { backupBooks } = await import('../src-main/journal/books-backup')
const { createBooksCare } = await import('../src-main/books/books-care')
const { runOnThisThread, runOnWorker } = await import('../src-main/books/books-job-runner')

const YEARS = Number(process.argv[2] ?? 1)
const SALES_PER_DAY = 300
const folder = mkdtempSync(join(tmpdir(), 'counter-bench-audit-'))

let cpuAtStart = process.cpuUsage()
/** Wall time since `started`, and this process's CPU time over the same span (the machine may be busy). */
const seconds = (started: number) => {
  const cpu = process.cpuUsage(cpuAtStart)
  cpuAtStart = process.cpuUsage()
  const wall = ((performance.now() - started) / 1000).toFixed(1)
  return `${wall} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`
}

try {
  const database = openBooksDatabase(join(folder, 'books.sqlite'))
  const insert = database.prepare(
    'INSERT INTO journal (seq, at, type, reference, environment, line, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)'
  )
  let seq = 0
  let hash = FIRST_PREVIOUS_HASH
  const append = (
    event: { type: string; reference: string; at: string; [field: string]: unknown },
    environment: string
  ) => {
    seq += 1
    const line = JSON.stringify(event)
    const previous = hash
    hash = rowHash(previous, seq, line)
    insert.run(seq, event.at, event.type, event.reference, environment, line, previous, hash)
  }
  const generating = performance.now()
  cpuAtStart = process.cpuUsage()
  const firstDay = Date.UTC(2027 - YEARS, 0, 1)
  const days = Math.round(YEARS * 365)
  for (let day = 0; day < days; day += 1) {
    database.exec('BEGIN')
    const stamp = new Date(firstDay + day * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '')
    for (let sale = 1; sale <= SALES_PER_DAY; sale += 1) {
      const till = sale % 2 === 0 ? 'till-a' : 'till-b'
      const environment = sale % 50 === 0 ? 'demo' : 'production'
      const reference = `POS-${till}-${stamp}-${String(sale).padStart(4, '0')}`
      const at = (offset: number) => new Date(firstDay + day * 86_400_000 + 8 * 3_600_000 + sale * 100_000 + offset)
      const amountCents = 250 + ((sale * 37) % 5000)
      const items = [{ productId: 'p-1', name: 'Kaffee', unitCents: amountCents, quantity: 1, totalCents: amountCents }]
      const sequence = { till, day: stamp, seq: sale }
      append(
        {
          type: 'creating',
          reference,
          amountCents,
          note: '',
          at: at(0).toISOString(),
          sequence,
          environment,
          items,
          tipCents: 0
        },
        environment
      )
      append(
        {
          type: 'created',
          reference,
          linkId: seq,
          payLink: `https://pay.example/${seq}`,
          qrImg: null,
          at: at(900).toISOString()
        },
        environment
      )
      append({ type: sale % 40 === 0 ? 'cancelled' : 'paid', reference, at: at(60_000).toISOString() }, environment)
      if (sale % 97 === 0) {
        append(
          { type: 'refund_requested', reference, amountCents, full: true, at: at(90_000).toISOString() },
          environment
        )
        append({ type: 'refund_sent', reference, at: at(91_000).toISOString() }, environment)
      }
    }
    database.exec('COMMIT')
  }
  writeBooksHead(folder, { seq, hash })
  const sizeMb = (statSync(join(folder, 'books.sqlite')).size / 1e6).toFixed(0)
  console.log(`generated ${YEARS} year(s): ${seq} rows, ${sizeMb} MB in ${seconds(generating)}`)

  cpuAtStart = process.cpuUsage()
  let started = performance.now()
  const check = verifyBooks(folder)
  console.log(`verify the chain of ${seq} rows: ${seconds(started)} (${check.ok ? 'ok' : 'NOT OK'})`)

  const exports = join(folder, 'exports')
  mkdirSync(exports)
  cpuAtStart = process.cpuUsage()
  started = performance.now()
  const exported = exportForAudit(database, { from: '2026-01-01', to: '2026-12-31', folder: exports })
  console.log(
    `export 2026 for the auditor: ${seconds(started)} (${exported.ok ? `${exported.rows} rows` : exported.reason})`
  )

  const backups = join(folder, 'backups')
  mkdirSync(backups)
  cpuAtStart = process.cpuUsage()
  started = performance.now()
  const backup = backupBooks(database, backups)
  console.log(`backup (VACUUM INTO): ${seconds(started)} (${backup.ok ? `${backup.rows} rows` : backup.reason})`)
  database.close()

  // Settings → Books runs the same work through main's handlers: how long is the main thread's event loop blocked,
  // on this thread and (after `electron-vite build`) on the worker thread the app uses?
  const longestBlock = async (work: () => Promise<unknown>) => {
    let last = performance.now()
    let longest = 0
    const tick = setInterval(() => {
      longest = Math.max(longest, performance.now() - last)
      last = performance.now()
    }, 5)
    await new Promise((resolve) => setTimeout(resolve, 20))
    const started = performance.now()
    await work()
    const took = performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 20))
    clearInterval(tick)
    return `longest block ${(longest / 1000).toFixed(2)} s of ${(took / 1000).toFixed(1)} s`
  }
  const builtWorker = join(import.meta.dirname, '..', 'out', 'main', 'books-worker.js')
  const runners = [
    { name: 'this thread', runJob: runOnThisThread },
    ...(existsSync(builtWorker) ? [{ name: 'worker thread', runJob: runOnWorker(builtWorker) }] : [])
  ]
  for (const { name, runJob } of runners) {
    const care = createBooksCare({ dataFolder: folder, chooseFolder: async () => backups, runJob })
    console.log(`Settings "Verify books" on ${name}: ${await longestBlock(() => care.handlers.verifyBooks())}`)
    const year = { from: '2026-01-01', to: '2026-12-31' }
    console.log(`Settings "Export" of 2026 on ${name}: ${await longestBlock(() => care.handlers.exportForAudit(year))}`)
  }
  const care = createBooksCare({ dataFolder: folder, chooseFolder: async () => backups })
  await care.handlers.chooseBackupFolder()
  console.log(`Settings "Back up now" (main thread): ${await longestBlock(() => care.handlers.backupNow())}`)
} finally {
  rmSync(folder, { recursive: true, force: true })
}
