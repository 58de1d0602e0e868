// `npm run export-audit -- <data folder | books database file> <from> <to> <target folder> [time zone]`: the export
// for a tax audit (README, "Books"), from the app's data folder or from a backup or archived copy, opened read-only.
// Days are YYYY-MM-DD, both included, local in the time zone (Europe/Berlin unless given). Prints the folder written;
// exits 0 when exported, 1 when not, 2 on wrong arguments.
// The sources use extensionless imports (bundler style); this resolve hook lets Node find their .ts files.
import { statSync } from 'node:fs'
import { register } from 'node:module'
import { join, resolve } from 'node:path'

const resolveTypeScriptExtensions = `
export async function resolve(specifier, context, nextResolve) {
  const relativeWithoutExtension = /^\\.{1,2}\\//.test(specifier) && !/\\.[cm]?[jt]s$/.test(specifier)
  return nextResolve(relativeWithoutExtension ? specifier + '.ts' : specifier, context)
}`
register(`data:text/javascript,${encodeURIComponent(resolveTypeScriptExtensions)}`)

const { DatabaseSync } = await import('node:sqlite')
const { exportForAudit } = await import('../src-main/journal/audit-export/export-audit')
const { BOOKS_DATABASE_FILE } = await import('../src-main/journal/books-database')

const REASONS = {
  invalid_period: 'the period is not two calendar days YYYY-MM-DD, the first not after the last',
  invalid_time_zone: 'the time zone is not one this system knows (e.g. Europe/Berlin)',
  folder_missing: 'the target folder does not exist',
  folder_read_only: 'the target folder is read-only',
  disk_full: 'the disk of the target folder is full',
  export_failed: 'the export failed'
} as const

const [source, from, to, target, timeZone] = process.argv.slice(2)
if (!source || !from || !to || !target) {
  console.error(
    'Usage: npm run export-audit -- <data folder | books database file> <from YYYY-MM-DD> <to YYYY-MM-DD> ' +
      '<target folder> [time zone]'
  )
  process.exit(2)
}
const books = statSync(resolve(source), { throwIfNoEntry: false })?.isFile()
  ? resolve(source)
  : join(resolve(source), BOOKS_DATABASE_FILE)
if (statSync(books, { throwIfNoEntry: false })?.isFile() !== true) {
  console.error(`NOT exported: no books database at ${books}`)
  process.exit(1)
}
const database = new DatabaseSync(books, { readOnly: true })
try {
  const result = exportForAudit(database, { from, to, folder: resolve(target), ...(timeZone ? { timeZone } : {}) })
  if (result.ok) console.log(`exported ${result.rows} rows to ${result.folder}`)
  else console.error(`NOT exported: ${REASONS[result.reason]}`)
  process.exitCode = result.ok ? 0 : 1
} finally {
  database.close()
}
