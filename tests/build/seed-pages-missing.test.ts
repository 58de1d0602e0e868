import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { PROJECT_ROOT } from './built-output'

const SEED_TEST = 'tests/main/secpaid/fixtures-from-docs.test.ts'
const workFolder = mkdtempSync(join(tmpdir(), 'counter-clone-alone-'))
afterAll(() => rmSync(workFolder, { recursive: true, force: true }))

interface VitestReport {
  numPassedTests: number
  numFailedTests: number
  testResults: { assertionResults: { status: string; meta?: { skipReason?: string }; failureMessages: string[] }[] }[]
}

/** Runs the seed test as a clone alone would: with the seed folder pointing at an empty folder beside nothing. */
function runSeedTestWithoutPages(ci: string) {
  // The outer vitest's variables would make the inner one think it runs inside a worker.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')))
  const report = join(workFolder, `report-${ci || 'local'}.json`)
  const run = spawnSync('vitest', ['run', SEED_TEST, '--reporter=json', `--outputFile.json=${report}`], {
    cwd: PROJECT_ROOT,
    env: {
      ...env,
      PATH: [join(PROJECT_ROOT, 'node_modules', '.bin'), env.PATH].join(delimiter),
      SECPAID_SEED_PAGES: join(workFolder, 'no-shared-beside-this-clone'),
      CI: ci
    },
    encoding: 'utf8',
    shell: process.platform === 'win32'
  })
  const results = (JSON.parse(readFileSync(report, 'utf8')) as VitestReport).testResults.flatMap(
    (file) => file.assertionResults
  )
  return { code: run.status, results }
}

describe('the docs comparison in a clone without ../shared beside it', () => {
  it(
    'is skipped with the reason: which page is missing, where it was looked for, how to point at it',
    { timeout: 60_000 },
    () => {
      const { code, results } = runSeedTestWithoutPages('')
      expect(code).toBe(0)
      expect(results).toHaveLength(3)
      for (const result of results) {
        expect(result.status).toBe('skipped')
        expect(result.meta?.skipReason).toMatch(
          /^SecPaid's documentation page (createLink|getMyUnusedLinks)\.txt is not at .*no-shared-beside-this-clone .*set SECPAID_SEED_PAGES/
        )
      }
    }
  )

  it('fails under CI, so CI never passes without comparing', { timeout: 60_000 }, () => {
    const { code, results } = runSeedTestWithoutPages('true')
    expect(code).not.toBe(0)
    expect(results.map((result) => result.status)).toEqual(['failed', 'failed', 'failed'])
    expect(results[0]?.failureMessages.join('\n')).toContain('Under CI (CI=true) this test must run, not be skipped.')
  })
})
