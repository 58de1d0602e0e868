// `npm test`: every check the project has, then one plain "N passed, N failed, N skipped" line for CI, summed from the
// test runners' JSON reports (their own summary lines are not read by CI), with why anything was skipped above it.
// Tests that need what a contributor's machine may lack (a tmpfs mount, Chromium, SecPaid's pages beside the clone)
// are skipped there with the reason; under CI (CI=true) a skipped test is a failure, so CI never passes without them.
// `npm test -- --faults-only` runs only the real disk fault tests (as .ci/run does as an ordinary user too).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const OUTPUT = 'test-output'
mkdirSync(OUTPUT, { recursive: true })
const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }
const underCi = !['', '0', 'false'].includes((process.env.CI ?? '').trim().toLowerCase())

let passed = 0
let failed = 0
/** Why tests were skipped, with how many each reason skipped. */
const skipped = new Map()

function skip(reason, count = 1) {
  skipped.set(reason, (skipped.get(reason) ?? 0) + count)
}

function run(label, command, args, extraEnv = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
    shell: process.platform === 'win32'
  })
  return result.status === 0
}

/** A step without a JSON report counts as one check. */
function check(label, command, args) {
  if (run(label, command, args)) passed += 1
  else {
    failed += 1
    console.log(`FAILED: ${label}`)
  }
}

/** A test runner counts its tests from its JSON report; a run that wrote no report counts as one failure. */
function tests(label, command, args, reportPath, countReport, extraEnv = {}) {
  rmSync(reportPath, { force: true })
  const exitedCleanly = run(label, command, args, extraEnv)
  if (!existsSync(reportPath)) {
    failed += 1
    console.log(`FAILED: ${label} wrote no report`)
    return
  }
  const counts = countReport(JSON.parse(readFileSync(reportPath, 'utf8')))
  passed += counts.passed
  failed += counts.failed
  for (const reason of counts.skipReasons) {
    if (underCi) {
      failed += 1
      console.log(`FAILED: ${label}: a test was skipped under CI (${reason})`)
    } else skip(reason)
  }
  if (!exitedCleanly && counts.failed === 0) {
    failed += 1
    console.log(`FAILED: ${label} exited with an error`)
  }
  console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipReasons.length} skipped`)
}

const NO_REASON = 'skipped by the test file itself, without a reason given (it.skip, runIf)'

/** A file that failed with none of its tests failing (say, it could not load) counts as one failure. */
const failedWithoutTests = (file) =>
  file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')

const countVitest = (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests + report.testResults.filter(failedWithoutTests).length,
  skipReasons: report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => ['skipped', 'pending', 'todo'].includes(test.status))
      .map((test) => test.meta?.skipReason ?? NO_REASON)
  )
})

const playwrightTests = (suite) => [
  ...(suite.specs ?? []).flatMap((spec) => spec.tests),
  ...(suite.suites ?? []).flatMap(playwrightTests)
]

const countPlaywright = (report) => ({
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected,
  skipReasons: report.suites
    .flatMap(playwrightTests)
    .filter((test) => test.status === 'skipped')
    .map((test) => test.annotations.find((note) => note.type === 'skip')?.description ?? NO_REASON)
})

/** Test files whose tests mount a tmpfs (they call needsTmpfsMount()): the real full and read-only disk faults. */
function faultTestFiles(folder = 'tests') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return faultTestFiles(path)
    return /\.test\.tsx?$/.test(entry.name) && readFileSync(path, 'utf8').includes('needsTmpfsMount()') ? [path] : []
  })
}

const NAMESPACE = ['unshare', '--user', '--map-root-user', '--mount']

/** Whether an ordinary user may mount a tmpfs in a user and mount namespace of its own: null if so, else why not. */
function namespaceRefused() {
  if (process.platform !== 'linux') return `user and mount namespaces are Linux only (this is ${process.platform})`
  const [command, ...args] = NAMESPACE
  const probe = spawnSync(command, [...args, 'mount', '-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', tmpdir()], {
    encoding: 'utf8'
  })
  if (probe.status === 0) return null
  return `\`${NAMESPACE.join(' ')}\`: ${probe.error?.message ?? probe.stderr.trim().split('\n')[0]}`
}

const faultsOnly = process.argv.includes('--faults-only')
if (!faultsOnly) {
  check('typecheck', 'npm', ['run', '--silent', 'typecheck'])
  check('format', 'npm', ['run', '--silent', 'format:check'])
  check('lint', 'npm', ['run', '--silent', 'lint'])
  check('electron security audit', 'npm', ['run', '--silent', 'audit:electron'])
  check('build', 'npx', ['electron-vite', 'build'])
}

const vitest = (report) => ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
const faultFiles = faultTestFiles()
const isRoot = process.getuid?.() === 0
const refused = isRoot ? null : namespaceRefused()
if (isRoot) console.log('\nRunning as root: the disk fault tests mount their tmpfs themselves.')
else if (refused === null)
  console.log(`\nThe disk fault tests run in a user and mount namespace: ${NAMESPACE.join(' ')}.`)
else console.log(`\nThe disk fault tests cannot run in a user and mount namespace here (${refused}).`)

// In a namespace, only the fault tests run there; otherwise they run with the rest (as root they mount their tmpfs
// themselves, and where nothing may mount they are skipped saying why).
const inNamespace = !isRoot && refused === null
if (!(faultsOnly && inNamespace)) {
  const selection = faultsOnly ? faultFiles : inNamespace ? faultFiles.flatMap((file) => ['--exclude', file]) : []
  tests(
    faultsOnly ? 'disk fault tests' : 'unit and integration tests',
    'npx',
    [...vitest(`${OUTPUT}/vitest.json`), ...selection],
    `${OUTPUT}/vitest.json`,
    countVitest,
    { COUNTER_NO_MOUNT_NAMESPACE: refused ?? '' }
  )
}
if (inNamespace) {
  tests(
    `disk fault tests as root of a user and mount namespace (${NAMESPACE.join(' ')})`,
    NAMESPACE[0],
    [...NAMESPACE.slice(1), 'npx', ...vitest(`${OUTPUT}/vitest-faults.json`), ...faultFiles],
    `${OUTPUT}/vitest-faults.json`,
    countVitest
  )
}

if (!faultsOnly && existsSync('tests/e2e/playwright.config.ts')) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (existsSync(chromium)) {
    tests(
      'end-to-end tests in Chromium',
      'npx',
      ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'],
      `${OUTPUT}/playwright.json`,
      countPlaywright
    )
  } else {
    const reason = `Chromium is not at ${chromium}: install it (e.g. \`apt-get install chromium\`) or set CHROMIUM_PATH`
    const listed = spawnSync('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', '--list'], {
      encoding: 'utf8',
      env,
      shell: process.platform === 'win32'
    })
    const count = Number(/Total: (\d+) tests?/.exec(listed.stdout ?? '')?.[1] ?? 1)
    console.log(`\n=== end-to-end tests in Chromium: not run, ${reason}.`)
    if (underCi) {
      failed += count
      console.log(`FAILED: end-to-end tests in Chromium: ${count} not run under CI`)
    } else skip(reason, count)
  }
}

const skippedCount = [...skipped.values()].reduce((sum, count) => sum + count, 0)
if (skippedCount > 0) {
  console.log(`\nSkipped here (CI runs them all):`)
  for (const [reason, count] of skipped) console.log(`  ${count} skipped: ${reason}`)
}
console.log(`\n${passed} passed, ${failed} failed, ${skippedCount} skipped`)
process.exit(failed === 0 ? 0 : 1)
