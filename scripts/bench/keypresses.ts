import type { Context } from './counter-page'
import { ms, pass } from './figure-text'
import type { AmountTimes, ProbeGlobal } from './probes'
import type { Figure } from './report'
import { summarize } from './stats'

// 3 — Keypress → amount painted.
export async function measureKeypresses(context: Context) {
  const { page } = context
  await page.evaluate(() => (globalThis as unknown as ProbeGlobal).__bench.blur())
  const toPaint: number[] = []
  const toDom: number[] = []
  const cycle = ['1', '2', '3', '4', '5', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace']
  const total = context.counts.keypresses
  for (let index = -10; index < total; index += 1) {
    await page.evaluate(() => (globalThis as unknown as ProbeGlobal).__bench.armAmount())
    await page.keyboard.press(cycle[(index + 10) % cycle.length] ?? '1')
    const times = (await page.evaluate(() =>
      (globalThis as unknown as ProbeGlobal).__bench.awaitArmed()
    )) as AmountTimes
    if (index >= 0) {
      toPaint.push(times.paintedAt - times.keydownAt)
      toDom.push(times.changedAt - times.keydownAt)
    }
  }
  await page.keyboard.press('Escape')
  return { keydownToPainted: summarize(toPaint), keydownToDomChanged: summarize(toDom) }
}

type KeypressResult = Awaited<ReturnType<typeof measureKeypresses>>

export const keypressFigures = (keypress: KeypressResult): Figure[] => [
  {
    measure: 'Keypress → amount painted',
    value: ms(keypress.keydownToPainted),
    target: '≤ 16 ms p95',
    verdict: pass(keypress.keydownToPainted.p95 <= 16)
  },
  {
    measure: '  keydown → amount text changed',
    value: ms(keypress.keydownToDomChanged),
    target: '—',
    verdict: 'INFO'
  }
]
