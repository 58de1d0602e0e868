import { spawnSync } from 'node:child_process'
import { delimiter, join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { PROJECT_ROOT } from './built-output'

const VITEST_FIXTURES = 'tests/fixtures/unhandled-errors'
const PLAYWRIGHT_FIXTURES = 'tests/e2e/unhandled-error-fixtures'

/** Runs a test runner from node_modules/.bin on the fixtures, as `npm test` would, outside this vitest run. */
function runRunner(command: string, args: string[]) {
  // The outer vitest's variables would make the inner one think it runs inside a worker.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')))
  return spawnSync(command, args, {
    cwd: PROJECT_ROOT,
    env: { ...env, PATH: [join(PROJECT_ROOT, 'node_modules', '.bin'), env.PATH].join(delimiter), FORCE_COLOR: '0' },
    encoding: 'utf8',
    shell: process.platform === 'win32'
  })
}

interface PlaywrightSpec {
  title: string
  tests: { results: { status: string; errors: { message?: string }[] }[] }[]
}
interface PlaywrightSuite {
  specs?: PlaywrightSpec[]
  suites?: PlaywrightSuite[]
}
const specsOf = (suite: PlaywrightSuite): PlaywrightSpec[] => [
  ...(suite.specs ?? []),
  ...(suite.suites ?? []).flatMap(specsOf)
]

describe('an unhandled rejection fails the test run', () => {
  it(
    'vitest: a passing test that leaves a rejection unhandled makes the run exit non-zero',
    { timeout: 60_000 },
    () => {
      const config = `${VITEST_FIXTURES}/vitest.config.ts`
      const lost = runRunner('vitest', ['run', '--config', config, 'lost-promise'])
      expect(lost.status).not.toBe(0)
      expect(lost.stdout + lost.stderr).toMatch(/Unhandled Rejection[\s\S]*rejected and never handled/)
      const clean = runRunner('vitest', ['run', '--config', config, 'clean'])
      expect(clean.status).toBe(0)
    }
  )

  it(
    'Playwright with the e2e fixture: an unhandled error in the page fails the test, and so does one in the worker',
    { timeout: 120_000 },
    () => {
      const run = runRunner('playwright', [
        'test',
        '-c',
        `${PLAYWRIGHT_FIXTURES}/playwright.config.ts`,
        '--reporter=json'
      ])
      const report = JSON.parse(run.stdout) as { suites: PlaywrightSuite[] }
      const outcome = Object.fromEntries(
        report.suites.flatMap(specsOf).map((spec) => {
          const result = spec.tests[0]?.results[0]
          return [spec.title, `${result?.status}: ${result?.errors[0]?.message?.split('\n')[0] ?? ''}`]
        })
      )
      expect(outcome).toEqual({
        'a page with nothing unhandled': 'passed: ',
        'a page that leaves a rejection unhandled': 'failed: Error: errors the page did not handle',
        'a test that leaves a rejection unhandled in the worker': 'failed: Error: rejected in the worker'
      })
      expect(run.status).not.toBe(0)
    }
  )
})
