// `npm test`: every check the project has, then one plain "N passed, N failed" line for CI,
// summed from the test runners' JSON reports (their own summary lines are not read by CI).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const OUTPUT = 'test-output'
mkdirSync(OUTPUT, { recursive: true })
const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }

let passed = 0
let failed = 0

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env })
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
function tests(label, command, args, reportPath, countReport) {
  rmSync(reportPath, { force: true })
  const exitedCleanly = run(label, command, args)
  if (!existsSync(reportPath)) {
    failed += 1
    console.log(`FAILED: ${label} wrote no report`)
    return
  }
  const counts = countReport(JSON.parse(readFileSync(reportPath, 'utf8')))
  passed += counts.passed
  failed += counts.failed
  if (!exitedCleanly && counts.failed === 0) {
    failed += 1
    console.log(`FAILED: ${label} exited with an error`)
  }
  console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed`)
}

/** A file that failed with none of its tests failing (say, it could not load) counts as one failure. */
const failedWithoutTests = (file) =>
  file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')

const countVitest = (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests + report.testResults.filter(failedWithoutTests).length
})

const countPlaywright = (report) => ({
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected
})

check('typecheck', 'npm', ['run', '--silent', 'typecheck'])
check('format', 'npm', ['run', '--silent', 'format:check'])
check('lint', 'npm', ['run', '--silent', 'lint'])
check('electron security audit', 'npm', ['run', '--silent', 'audit:electron'])
check('build', 'npx', ['electron-vite', 'build'])
tests(
  'unit and integration tests',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${OUTPUT}/vitest.json`],
  `${OUTPUT}/vitest.json`,
  countVitest
)
if (existsSync('tests/e2e/playwright.config.ts')) {
  tests(
    'end-to-end tests in Chromium',
    'npx',
    ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'],
    `${OUTPUT}/playwright.json`,
    countPlaywright
  )
}

console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
