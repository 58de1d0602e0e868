import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'

import { expect, type Page, test } from '@playwright/test'

import { dispatchCounterCall } from '../../src-main/ipc/counter-handlers'
import type { CounterFixture } from './counter-fixture'

/** The window sizes the counter must fit (issue 11 §7): laptops, a small tablet, a monitor and a portrait screen. */
export const SCREEN_SIZES = [
  { width: 1024, height: 600 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 800, height: 1280 }
] as const

export const LANGUAGES = ['en', 'de'] as const
export type ScreenLanguage = (typeof LANGUAGES)[number]

export const sizeName = (size: { width: number; height: number }) => `${size.width}x${size.height}`

/** The owner switches the language in Settings; main announces it, and the page follows by its event. */
export async function useLanguage(counter: CounterFixture, language: ScreenLanguage): Promise<void> {
  const answer = await dispatchCounterCall(counter.backend.handlers, 'updateSettings', { language })
  expect(answer).toMatchObject({ ok: true })
  await counter.page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' })
}

/** A full-window screenshot for people to look at, in test-output/screenshots/<folder>/ (gitignored). */
export async function saveScreenshot(page: Page, folder: string, name: string): Promise<void> {
  const configFile = test.info().config.configFile
  const projectRoot = configFile === undefined ? process.cwd() : join(dirname(configFile), '../..')
  const target = join(projectRoot, 'test-output/screenshots', folder)
  mkdirSync(target, { recursive: true })
  await page.screenshot({ path: join(target, `${name}.png`), animations: 'disabled' })
}

/** A box as the page lays it out, in CSS pixels. */
export interface Box {
  name: string
  left: number
  top: number
  right: number
  bottom: number
}

/** The boxes of every element matching `selector`, named by its test id (or tag and text). */
export async function boxesOf(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect()
      const name =
        element.getAttribute('data-testid') ??
        `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim()}"`
      return { name, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }
    })
  )
}

/** The parts of each box that lie outside a viewport of this size (empty when it is fully inside). */
export function outsideViewport(boxes: Box[], size: { width: number; height: number }): string[] {
  return boxes
    .filter(
      (box) => box.left < -0.5 || box.top < -0.5 || box.right > size.width + 0.5 || box.bottom > size.height + 0.5
    )
    .map(
      (box) =>
        `${box.name} at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`
    )
}
