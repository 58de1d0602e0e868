import { defineConfig } from '@playwright/test'

/** Drives the real Electron app; needs a machine where Electron runs, so `npm test` leaves it out. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  outputDir: '../../test-output/electron-artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']]
})
