// Measures how fast the sales journal opens and hands out a sale number, on real files:
//   node --experimental-strip-types scripts/bench-journal.ts [lines]
// Not a test: it prints figures (docs/performance.md). The sources use extensionless imports (bundler style); this
// resolve hook lets Node find their .ts files.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { register } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const resolveTypeScriptExtensions = `
export async function resolve(specifier, context, nextResolve) {
  const relativeWithoutExtension = /^\\.{1,2}\\//.test(specifier) && !/\\.[cm]?[jt]s$/.test(specifier)
  return nextResolve(relativeWithoutExtension ? specifier + '.ts' : specifier, context)
}`
register(`data:text/javascript,${encodeURIComponent(resolveTypeScriptExtensions)}`)

const { openSaleJournal } = await import('../src-main/journal/sale-journal')
const { createSaleService } = await import('../src-main/sale/sale-service')
const { createSecPaidClient } = await import('../src-main/secpaid/client')
const { createJsonFileSettingsStorage } = await import('../src-main/settings/json-file-settings-storage')
const { createSettingsService } = await import('../src-main/settings/settings-service')
const { startSimulator } = await import('../src-main/simulator/index')
const { plainCipher } = await import('../tests/support/plain-cipher')

const LINES = Number(process.argv[2] ?? 200_000)
const folder = mkdtempSync(join(tmpdir(), 'counter-bench-journal-'))
const at = new Date(Date.now() - 86_400_000).toISOString()

/** A journal of `lines` lines as the app writes them: three per sale (creating, created, paid). */
function journalText(lines: number, reference: (sale: number) => string): string {
  const out: string[] = []
  for (let sale = 1; out.length < lines; sale += 1) {
    const ref = reference(sale)
    out.push(JSON.stringify({ type: 'creating', reference: ref, amountCents: 100 + sale, note: 'table 4', at }))
    out.push(
      JSON.stringify({ type: 'created', reference: ref, linkId: sale, payLink: `https://p/${sale}`, qrImg: null, at })
    )
    out.push(JSON.stringify({ type: 'paid', reference: ref, at }))
  }
  return `${out.slice(0, lines).join('\n')}\n`
}

/** Imports `text` as the JSONL journal of the version before (the first start), then times the next start. */
function timeOpen(label: string, text: string): void {
  const sub = join(folder, label.replace(/\W+/g, '-'))
  mkdirSync(sub)
  writeFileSync(join(sub, 'sales-journal.jsonl'), text)
  const booksPath = join(sub, 'books.sqlite')
  const importedAt = performance.now()
  const imported = openSaleJournal(booksPath)
  const importMs = performance.now() - importedAt
  imported.close()
  const started = performance.now()
  const journal = openSaleJournal(booksPath)
  const ms = performance.now() - started
  journal.close()
  const sizeMb = (statSync(booksPath).size / 1e6).toFixed(1)
  const quarantined = imported.status().quarantined?.count ?? 0
  console.log(
    `${label}: import ${importMs.toFixed(0)} ms, then open ${ms.toFixed(0)} ms ` +
      `(${journal.all().length} sales, books ${sizeMb} MB, ${quarantined} quarantined)`
  )
}

try {
  const reference = (sale: number) => `POS-k7q2m-20261121-${String(sale).padStart(4, '0')}`
  timeOpen(`open ${LINES} lines`, journalText(LINES, reference))
  // A bad line after every 10,000th good one: each is quarantined at the import.
  const bad = journalText(LINES, reference)
    .split('\n')
    .map((line, index) => (index % 10_000 === 9_999 ? `${line}\n{"type":"creating","amountCents":"500"}` : line))
    .join('\n')
  timeOpen(`open ${LINES} lines with bad lines among them`, bad)

  // The first charge of a day with a template without a date: every number up to 20,000 is taken already.
  const simulator = await startSimulator({ port: 0 })
  const settings = await createSettingsService({
    storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
    cipher: plainCipher
  })
  settings.update({ linkDefaults: { noteTemplate: 'POS-{seq}' } })
  const till = settings.getStored().tillId
  const noDate = join(folder, 'no-date')
  mkdirSync(noDate)
  writeFileSync(
    join(noDate, 'sales-journal.jsonl'),
    journalText(60_000, (sale) => `POS-${till}-${String(sale).padStart(4, '0')}`)
  )
  const journal = openSaleJournal(join(noDate, 'books.sqlite'))
  const sales = createSaleService({
    getClient: () => createSecPaidClient({ baseUrl: simulator.baseUrl, getApiKey: () => 'demo-key', fetch }),
    journal,
    settings,
    now: () => new Date()
  })
  for (const label of ['first charge of the day after 20,000 sales, template without a date', 'next charge']) {
    const started = performance.now()
    const charged = await sales.charge({ amountCents: 100 })
    const ms = performance.now() - started
    console.log(`${label}: ${ms.toFixed(1)} ms incl. createLink (${charged.ok ? charged.value.reference : 'failed'})`)
  }
  journal.close()
  await simulator.close()
} finally {
  rmSync(folder, { recursive: true, force: true })
}
