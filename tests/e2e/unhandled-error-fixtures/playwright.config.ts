import { defineConfig } from '@playwright/test'

import { CHROMIUM_LAUNCH_OPTIONS } from '../../support/chromium'

/** Runs only the fixture specs here, for tests/build/test-runners-fail-on-unhandled-errors.test.ts (not part of the e2e run). */
export default defineConfig({
  testDir: '.',
  testMatch: '*.fixture-spec.ts',
  outputDir: '../../../test-output/unhandled-errors-artifacts',
  workers: 1,
  retries: 0,
  timeout: 15_000,
  use: { headless: true, launchOptions: CHROMIUM_LAUNCH_OPTIONS }
})
