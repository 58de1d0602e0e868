// `npm run audit:electron`: electronegativity over the app's sources; fails on any finding that
// security/electronegativity-justifications.json does not accept by check and file, on any accepted entry
// that no longer matches a finding, and on any source file the scanner could not parse.
// Offline by design: electronegativity's two network calls (translations, Electron's release list) are cut.
// `--project <dir>` audits another checkout (the tests use it on a planted insecure window).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const { values: options } = parseArgs({ options: { project: { type: 'string' } } })
const ROOT = options.project ? resolve(options.project) : join(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE_FOLDERS = ['src-main', 'src-preload', 'src-renderer'].filter((folder) => existsSync(join(ROOT, folder)))
const JUSTIFICATIONS_FILE = join(ROOT, 'security', 'electronegativity-justifications.json')
const OUTPUT_FOLDER = join(ROOT, 'test-output', 'electronegativity')
const SARIF_FILE = join(OUTPUT_FOLDER, 'findings.sarif')
const TRANSLATIONS_FAILED = 'Could not retrieve updated translations for the current locale'

const require = createRequire(import.meta.url)
const scannerRequire = createRequire(require.resolve('@doyensec/electronegativity/package.json'))

/** electronegativity fetches translations with `got` on every run; a `got` that always fails keeps it offline. */
function cutScannerNetwork() {
  const gotPath = scannerRequire.resolve('got')
  const offline = () => Promise.reject(new Error('network disabled by scripts/security-audit.mjs'))
  offline.head = offline
  const stub = new Module(gotPath)
  stub.filename = gotPath
  stub.loaded = true
  stub.exports = offline
  require.cache[gotPath] = stub
}

function readJustifications() {
  const file = JSON.parse(readFileSync(JUSTIFICATIONS_FILE, 'utf8'))
  const problems = []
  const hasReason = (entry) => typeof entry.why === 'string' && entry.why.trim().length >= 20
  for (const entry of file.excludedChecks ?? []) {
    if (typeof entry.check !== 'string' || !hasReason(entry)) {
      problems.push(`excluded check needs check and why: ${JSON.stringify(entry)}`)
    }
  }
  for (const entry of file.accepted ?? []) {
    if (typeof entry.check !== 'string' || typeof entry.file !== 'string' || !hasReason(entry)) {
      problems.push(`accepted finding needs check, file and why: ${JSON.stringify(entry)}`)
    }
  }
  return { excludedChecks: file.excludedChecks ?? [], accepted: file.accepted ?? [], problems }
}

/** The three source folders side by side in one input, so global checks (navigation, permissions, CSP) see them all. */
function stageSources() {
  const input = join(OUTPUT_FOLDER, 'input')
  rmSync(input, { recursive: true, force: true })
  for (const folder of SOURCE_FOLDERS) {
    cpSync(join(ROOT, folder), join(input, folder), {
      recursive: true,
      filter: (source) => !source.split(/[\\/]/).includes('node_modules')
    })
  }
  return input
}

async function scan(input, excludedChecks) {
  cutScannerNetwork()
  // English messages whatever the machine's locale; the scanner reads LANG to pick its language.
  process.env.LANG = 'en-US'
  const run = scannerRequire('./dist/runner.js')
  const printLine = console.log
  console.log = (...parts) => {
    if (parts[0] !== TRANSLATIONS_FAILED) printLine(...parts)
  }
  try {
    // The returned issues rather than the SARIF file: the scanner writes that file without waiting for it,
    // and only the returned result says which files could not be parsed. The SARIF stays for CI viewers.
    return await run({
      input,
      output: SARIF_FILE,
      isSarif: true,
      isRelative: true,
      excludeFromScan: excludedChecks.map((entry) => entry.check),
      electronVersionOverride: require('electron/package.json').version
    })
  } finally {
    console.log = printLine
  }
}

function printTable(rows) {
  const headings = ['status', 'check', 'severity', 'where']
  const widths = headings.map((heading, column) => Math.max(heading.length, ...rows.map((row) => row[column].length)))
  const line = (cells) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd()
  console.log(line(headings))
  console.log(line(widths.map((width) => '-'.repeat(width))))
  for (const row of rows) console.log(line(row))
}

async function main() {
  const startedAt = Date.now()
  mkdirSync(OUTPUT_FOLDER, { recursive: true })
  const justifications = readJustifications()
  const input = stageSources()
  const result = await scan(input, justifications.excludedChecks)

  const failures = [...justifications.problems]
  const matched = new Set()
  const rows = result.issues.map((issue) => {
    const acceptedBy = justifications.accepted.find((entry) => entry.check === issue.id && entry.file === issue.file)
    if (acceptedBy) matched.add(acceptedBy)
    else failures.push(`${issue.id} in ${issue.file}:${issue.location.line} is not justified: ${issue.description}`)
    return [
      acceptedBy ? 'justified' : 'FAILED',
      issue.id,
      `${issue.severity.name}/${issue.confidence.name}`,
      `${issue.file}:${issue.location.line}:${issue.location.column}`
    ]
  })
  for (const entry of justifications.accepted.filter((accepted) => !matched.has(accepted))) {
    failures.push(`${entry.check} in ${entry.file} is accepted but no longer found: remove it from the justifications`)
    rows.push(['STALE', entry.check, '-', entry.file])
  }
  for (const error of result.errors) {
    const file = relative(input, error.file)
    if (error.tolerable) console.log(`warning: ${file}: ${error.message}`)
    else failures.push(`${file} could not be parsed, so it was not checked: ${error.message}`)
  }

  const excluded = justifications.excludedChecks.map((entry) => entry.check).join(', ')
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
  console.log(
    `electronegativity: ${result.atomicChecks} atomic and ${result.globalChecks} global checks` +
      ` over ${SOURCE_FOLDERS.join(', ')} (${excluded} excluded), ${seconds} s`
  )
  if (rows.length > 0) printTable(rows)
  console.log(`SARIF: ${relative(ROOT, SARIF_FILE)}; justifications: ${relative(ROOT, JUSTIFICATIONS_FILE)}`)
  if (failures.length > 0) {
    console.error(`\nSecurity audit failed:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`)
    process.exitCode = 1
  } else {
    console.log(`Security audit passed: ${rows.length} finding(s), all justified.`)
  }
}

await main()
