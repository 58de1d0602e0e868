// `npm run restore-books -- <backup file> <data folder>`, with the app closed: puts a backup back as the books of the
// data folder (see README, "Books"). The backup's chain is verified first; the books it replaces are moved aside
// into books-replaced-<time>, never deleted. Exits 0 when restored, 1 when not, 2 without both arguments.
// The sources use extensionless imports (bundler style); this resolve hook lets Node find their .ts files.
import { register } from 'node:module'
import { resolve } from 'node:path'

const resolveTypeScriptExtensions = `
export async function resolve(specifier, context, nextResolve) {
  const relativeWithoutExtension = /^\\.{1,2}\\//.test(specifier) && !/\\.[cm]?[jt]s$/.test(specifier)
  return nextResolve(relativeWithoutExtension ? specifier + '.ts' : specifier, context)
}`
register(`data:text/javascript,${encodeURIComponent(resolveTypeScriptExtensions)}`)

const { restoreBooks } = await import('../src-main/journal/books-restore')

const REASONS = {
  backup_unreadable: 'the backup file cannot be read as a books database',
  backup_broken: 'the backup does not verify (run npm run verify-journal on a folder holding it to see where)',
  folder_missing: 'the data folder does not exist',
  folder_read_only: 'the data folder is read-only',
  disk_full: 'the disk of the data folder is full',
  restore_failed: 'the copy failed'
} as const

const [backup, folder] = process.argv.slice(2)
if (!backup || !folder) {
  console.error('Usage: npm run restore-books -- <backup file> <data folder>  (quit SecPaid Counter first)')
  process.exit(2)
}
const result = restoreBooks(resolve(backup), resolve(folder))
if (result.ok) {
  console.log(`restored: ${result.rows} rows, head ${result.head}`)
  if (result.setAside !== null) console.log(`the books it replaced are in ${result.setAside}`)
} else {
  console.error(`NOT restored: ${REASONS[result.reason]}`)
}
process.exitCode = result.ok ? 0 : 1
