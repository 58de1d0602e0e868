import { defineConfig } from '@playwright/test'

import { CHROMIUM_LAUNCH_OPTIONS } from '../support/chromium'

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-output/e2e-artifacts',
  // Every test has its own backend, SecPaid and renderer server on free ports: they run side by side.
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: '../../test-output/playwright.json' }]],
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    launchOptions: CHROMIUM_LAUNCH_OPTIONS
  }
})
