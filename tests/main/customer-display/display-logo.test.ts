import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { chromium } from '@playwright/test'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Backend, createBackend } from '../../../src-main/backend'
import { checkLogo, LOGO_LIMITS } from '../../../src-main/customer-display/display-logo'
import { dispatchCounterCall } from '../../../src-main/ipc/counter-handlers'
import { createJsonFileSettingsStorage } from '../../../src-main/settings/json-file-settings-storage'
import type { CustomerDisplayInfo, IpcResult } from '../../../src-preload/contract'
import type { CustomerViewAnswer } from '../../../src-preload/contract/customer-view'
import { CHROMIUM_LAUNCH_OPTIONS, chromiumMissing } from '../../support/chromium'
import { BUILT_DISPLAY_PAGE } from '../../support/display-page'
import { needs } from '../../support/needs'
import { plainCipher } from '../../support/plain-cipher'
import { displayRequest } from './display-http'

function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height })
  image.data.fill(200)
  return PNG.sync.write(image)
}

/** The start of a baseline JPEG: SOI, a JFIF APP0 segment, then a SOF0 frame header with its size. */
function jpegHeader(width: number, height: number): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3]
  return Buffer.from([0xff, 0xd8, ...app0, ...sof0, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9])
}

describe('the logo check reads the bytes, not the name', () => {
  it('takes a PNG or JPEG with its size in pixels', () => {
    expect(checkLogo(png(400, 200))).toMatchObject({ ok: true, logo: { type: 'png', width: 400, height: 200 } })
    expect(checkLogo(jpegHeader(640, 480))).toMatchObject({ ok: true, logo: { type: 'jpeg', width: 640, height: 480 } })
  })

  it('refuses SVG (it can carry script), other files, too large files and sides out of range', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    expect(checkLogo(svg)).toEqual({ ok: false, problem: 'type' })
    expect(checkLogo(Buffer.from('GIF89a....'))).toEqual({ ok: false, problem: 'type' })
    expect(checkLogo(Buffer.alloc(LOGO_LIMITS.bytes + 1))).toEqual({ ok: false, problem: 'size' })
    expect(checkLogo(png(LOGO_LIMITS.side.max + 1, 100))).toEqual({ ok: false, problem: 'dimensions' })
    expect(checkLogo(jpegHeader(8, 300))).toEqual({ ok: false, problem: 'dimensions' })
  })
})

describe(
  'Settings → Customer display → logo, through the real handlers and the display server',
  { timeout: 60_000 },
  () => {
    let folder: string
    let backend: Backend
    let chosen: string | null = null
    const call = <T>(channel: string, request: unknown) =>
      dispatchCounterCall(backend.handlers, channel, request) as Promise<IpcResult<T>>
    const ownWindow = () => {
      const [base, secret] = (backend.customerDisplay.windowUrl() ?? '').split('#window=')
      return { base: base ?? '', secret: secret ?? '', port: Number(new URL(base ?? '').port) }
    }
    const customerSees = async () => {
      const { base, secret } = ownWindow()
      return (await (
        await fetch(`${base}state`, { headers: { 'X-Display-Token': secret } })
      ).json()) as CustomerViewAnswer
    }

    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'counter-logo-'))
      backend = await createBackend({
        storage: createJsonFileSettingsStorage(join(folder, 'settings.json')),
        booksPath: join(folder, 'books.sqlite'),
        cipher: plainCipher,
        fetch,
        customerDisplayPage: BUILT_DISPLAY_PAGE,
        chooseImage: async () => chosen
      })
      expect((await call('updateSettings', { customerWindow: true })).ok).toBe(true)
    })
    afterAll(async () => {
      await backend.close()
      rmSync(folder, { recursive: true, force: true })
    })

    it('a chosen PNG shows on the idle screen, served as image/png; an SVG is refused and changes nothing', async () => {
      expect(await call('customerDisplayInfo', {})).toMatchObject({ ok: true, value: { logo: null } })
      expect((await displayRequest(ownWindow().port, '/logo')).status).toBe(404)
      const logoPath = join(folder, 'logo.png')
      writeFileSync(logoPath, png(400, 200))
      chosen = logoPath
      const taken = await call<CustomerDisplayInfo>('chooseDisplayLogo', {})
      expect(taken).toMatchObject({ ok: true, value: { logo: { width: 400, height: 200 } } })
      const idle = await customerSees()
      expect(idle).toMatchObject({ screen: 'idle', logoVersion: expect.stringMatching(/^[0-9a-f]{16}$/) })
      const served = await fetch(`${ownWindow().base}logo`)
      expect(served.headers.get('content-type')).toBe('image/png')
      expect(served.headers.get('x-content-type-options')).toBe('nosniff')
      expect(Buffer.from(await served.arrayBuffer()).equals(png(400, 200))).toBe(true)

      const svgPath = join(folder, 'logo.svg')
      writeFileSync(svgPath, '<svg xmlns="http://www.w3.org/2000/svg"/>')
      chosen = svgPath
      expect(await call('chooseDisplayLogo', {})).toMatchObject({
        ok: false,
        error: { code: 'logo_refused', problem: 'type', maxBytes: LOGO_LIMITS.bytes }
      })
      expect((await customerSees()) as unknown).toMatchObject({
        logoVersion: (idle as { logoVersion: string }).logoVersion
      })
      // Cancelled dialog: nothing changes.
      chosen = null
      expect(await call('chooseDisplayLogo', {})).toMatchObject({ ok: true, value: { logo: { width: 400 } } })
    })

    it('the page in Chromium shows the logo above the welcome, and no logo once it is removed', async (context) => {
      needs(context, chromiumMissing())
      const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS)
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
        await page.goto(backend.customerDisplay.windowUrl() ?? '')
        await page.getByTestId('idle-logo').waitFor()
        await page.waitForFunction(() => {
          const image = (
            globalThis as unknown as {
              document: { querySelector(s: string): { complete: boolean; naturalWidth: number } | null }
            }
          ).document.querySelector('.idle-logo')
          return image !== null && image.complete && image.naturalWidth === 400
        })
        expect(await call('removeDisplayLogo', {})).toMatchObject({ ok: true, value: { logo: null } })
        await page.getByTestId('idle-logo').waitFor({ state: 'hidden' })
        expect((await displayRequest(ownWindow().port, '/logo')).status).toBe(404)
      } finally {
        await browser.close()
      }
    })
  }
)
