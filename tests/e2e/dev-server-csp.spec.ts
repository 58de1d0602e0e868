import { fileURLToPath } from 'node:url'

import type { Page } from '@playwright/test'
import { resolveConfig } from 'electron-vite'
import { createServer, type PluginOption, type ViteDevServer } from 'vite'

import { type CounterBridge, startCounterBridge, waitForAppReady } from '../support/counter-bridge'
import { expect, test } from './counter-fixture'

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DEV_CSP_PLUGIN = 'secpaid:dev-server-csp'

/** The renderer's dev server exactly as `npm run dev` configures it (electron.vite.config.ts), on a free port. */
async function startRendererDevServer(options: { withoutDevCsp?: boolean } = {}): Promise<ViteDevServer> {
  const resolved = await resolveConfig({ root: PROJECT_ROOT }, 'serve', 'development')
  const renderer = resolved.config?.renderer
  if (renderer === undefined) throw new Error('electron.vite.config.ts has no renderer config')
  const plugins = (renderer.plugins ?? []).flat(Infinity as 1) as PluginOption[]
  const kept = options.withoutDevCsp
    ? plugins.filter(
        (plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === DEV_CSP_PLUGIN)
      )
    : plugins
  const server = await createServer({
    ...renderer,
    plugins: kept,
    configFile: false,
    logLevel: 'silent',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: false }
  })
  await server.listen()
  return server
}

interface DevPage {
  violations: string[]
  consoleLines: string[]
}

/** Opens the dev server in the page, with `window.counter` bridged, and records every CSP violation it reports. */
async function openDevRenderer(page: Page, server: ViteDevServer, bridge: CounterBridge): Promise<DevPage> {
  const seen: DevPage = { violations: [], consoleLines: [] }
  await page.exposeFunction('reportCspViolation', (violation: string) => seen.violations.push(violation))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => Promise<void> }).reportCspViolation
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`)
    })
  })
  page.on('console', (message) => seen.consoleLines.push(message.text()))
  await bridge.attach(page)
  const url = server.resolvedUrls?.local[0]
  if (url === undefined) throw new Error('the dev server has no local URL')
  await page.goto(url)
  return seen
}

test.describe('npm run dev: the renderer on Vite’s dev server under its relaxed policy', () => {
  // Two dev servers at once share Vite's dependency cache (node_modules/.vite) and re-optimise it under each
  // other, reloading the page mid-test: one at a time.
  test.describe.configure({ mode: 'serial' })
  let bridge: CounterBridge
  test.beforeEach(async () => {
    bridge = await startCounterBridge()
  })
  test.afterEach(async () => {
    await bridge.close()
  })

  test('loads with 0 CSP violations, its styles applied and the HMR websocket connected', async ({ page }) => {
    // Vite transforms the whole renderer on first request: about 20 s on a busy 2-core machine.
    test.setTimeout(60_000)
    const server = await startRendererDevServer()
    try {
      const devPage = await openDevRenderer(page, server, bridge)
      await waitForAppReady(page)
      await expect.poll(() => devPage.consoleLines).toContain('[vite] connected.')

      const styles = await page.evaluate(() => {
        const chargeButton = getComputedStyle(document.querySelector('[data-testid="charge-button"]')!)
        return {
          primary: getComputedStyle(document.documentElement).getPropertyValue('--primary').trim(),
          chargeButton: { display: chargeButton.display, borderRadius: chargeButton.borderTopLeftRadius }
        }
      })
      expect(styles).toEqual({ primary: '#1546c8', chargeButton: { display: 'flex', borderRadius: '14px' } })
      expect(devPage.violations).toEqual([])
      expect(devPage.consoleLines.filter((line) => /Content Security Policy/i.test(line))).toEqual([])

      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
      expect(policy).toMatch(/default-src 'none'/)
      expect(policy).not.toContain('unsafe-inline')
      expect(policy).not.toContain('unsafe-eval')
    } finally {
      await server.close()
    }
  })

  test('without the dev-only plugin the strict policy blocks the dev server, so the check above can fail', async ({
    page
  }) => {
    const server = await startRendererDevServer({ withoutDevCsp: true })
    try {
      const devPage = await openDevRenderer(page, server, bridge)
      // Vite injects the app's styles as <style> elements and opens its HMR websocket: both refused.
      await expect
        .poll(() => [...new Set(devPage.violations.map((violation) => violation.split(' ')[0]))].sort())
        .toEqual(['connect-src', 'style-src-elem'])
    } finally {
      await server.close()
    }
  })
})
