// `npm run verify-journal -- <data folder>`: recomputes the books' hash chain (books.sqlite in the folder) and checks
// its end against the head witness beside it (books.head). Prints "ok" with the row count and the head, or the first
// row that does not match; exits 0 when the books verify, 1 when they do not, 2 without a folder. Given a database
// file instead (a backup, an archived copy), it checks that file's chain on its own.
// The sources use extensionless imports (bundler style); this resolve hook lets Node find their .ts files.
import { statSync } from 'node:fs'
import { register } from 'node:module'
import { resolve } from 'node:path'

const resolveTypeScriptExtensions = `
export async function resolve(specifier, context, nextResolve) {
  const relativeWithoutExtension = /^\\.{1,2}\\//.test(specifier) && !/\\.[cm]?[jt]s$/.test(specifier)
  return nextResolve(relativeWithoutExtension ? specifier + '.ts' : specifier, context)
}`
register(`data:text/javascript,${encodeURIComponent(resolveTypeScriptExtensions)}`)

const { verifyBooks, verifyBooksFile } = await import('../src-main/journal/verify-books')
const { verifyReport } = await import('../src-main/journal/verify-report')

const [folder] = process.argv.slice(2)
if (folder === undefined || folder === '') {
  console.error('Usage: npm run verify-journal -- <data folder | books database file>')
  process.exit(2)
}

const target = resolve(folder)
const check = statSync(target, { throwIfNoEntry: false })?.isFile() ? verifyBooksFile(target) : verifyBooks(target)
const report = verifyReport(check)
if (check.ok) console.log(report)
else console.error(report)
process.exitCode = check.ok ? 0 : 1
