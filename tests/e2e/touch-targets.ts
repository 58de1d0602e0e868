import type { Page } from '@playwright/test'

/** What a finger can tap: buttons, text fields, and the whole label of a checkbox or a choice. */
const TOUCH_TARGETS = [
  'button',
  'input:not([type="checkbox"]):not([type="radio"])',
  'label.checkbox-field',
  'label.segment',
  'a[href]'
].join(', ')

/** Keys and Charge are hit most often and fastest: they get more room than the rest. */
const BIG_TARGETS = new Set(['charge-button'])
const isBig = (name: string) => BIG_TARGETS.has(name) || name.startsWith('key-')

export interface TouchProblems {
  tooSmall: string[]
  tooClose: string[]
}

/**
 * Every visible touch target on the page, measured: keys and Charge ≥ 64 px, all others ≥ 56 px in both directions,
 * and no two targets closer than 8 px (a target nested in another counts as one).
 */
export async function touchProblems(page: Page): Promise<TouchProblems> {
  const targets = await page.locator(TOUCH_TARGETS).evaluateAll((elements) =>
    elements
      .filter((element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: false }))
      .map((element, index) => {
        const rect = element.getBoundingClientRect()
        const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)
        return {
          index,
          name: element.getAttribute('data-testid') ?? `${element.tagName.toLowerCase()} "${label}"`,
          left: rect.left,
          top: rect.top,
          right: rect.right,
          bottom: rect.bottom,
          inside: elements.some((other) => other !== element && other.contains(element))
        }
      })
      .filter((target) => target.right - target.left > 0 && target.bottom - target.top > 0 && !target.inside)
  )
  const tooSmall = targets
    .filter((target) => {
      const min = isBig(target.name) ? 64 : 56
      return target.right - target.left < min - 0.5 || target.bottom - target.top < min - 0.5
    })
    .map(
      (target) =>
        `${target.name} is ${Math.round(target.right - target.left)}×${Math.round(target.bottom - target.top)}`
    )
  const tooClose: string[] = []
  for (const [position, a] of targets.entries()) {
    for (const b of targets.slice(position + 1)) {
      const gapX = Math.max(b.left - a.right, a.left - b.right)
      const gapY = Math.max(b.top - a.bottom, a.top - b.bottom)
      const gap = Math.max(gapX, gapY)
      if (gap < 7.5) tooClose.push(`${a.name} and ${b.name} are ${Math.round(gap)} px apart`)
    }
  }
  return { tooSmall, tooClose }
}
