import { progress } from './bench-log'
import { CHARGE_KEYS, type Context, settle } from './counter-page'
import { pass } from './figure-text'
import type { ProbeGlobal } from './probes'
import type { Figure } from './report'

// 7 — JS heap before and after 1,000 charge → QR → keypad cycles.
export async function measureHeap(context: Context) {
  const { page, simulator } = context
  simulator.setLatency(0)
  const cdp = await page.context().newCDPSession(page)
  const usedAfterGc = async () => {
    await settle(context)
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = await cdp.send('Runtime.getHeapUsage')
    const dom = await cdp.send('Memory.getDOMCounters')
    return { usedBytes: heap.usedSize, totalBytes: heap.totalSize, nodes: dom.nodes, listeners: dom.jsEventListeners }
  }
  const cycles = (count: number) =>
    page.evaluate(([keys, n]) => (globalThis as unknown as ProbeGlobal).__bench.cycles(keys, n), [
      CHARGE_KEYS,
      count
    ] as const)
  // Warm-up past 50 sales, so the pending list is at its limit of 50 before the first reading.
  await cycles(60)
  const before = await usedAfterGc()
  const total = context.counts.heapCycles
  const chunk = Math.max(1, Math.round(total / 10))
  for (let done = 0; done < total; done += chunk) {
    await cycles(Math.min(chunk, total - done))
    await settle(context)
    progress('heap cycles', Math.min(done + chunk, total), total)
  }
  const after = await usedAfterGc()
  await cdp.detach()
  return {
    cycles: total,
    before,
    after,
    growthMB: Math.round(((after.usedBytes - before.usedBytes) / 1_048_576) * 100) / 100
  }
}

type HeapResult = Awaited<ReturnType<typeof measureHeap>>

export const heapFigures = (heap: HeapResult): Figure[] => [
  {
    measure: `JS heap growth over ${heap.cycles} cycles`,
    value: `${heap.growthMB} MB (${(heap.before.usedBytes / 1_048_576).toFixed(2)} → ${(heap.after.usedBytes / 1_048_576).toFixed(2)} MB)`,
    target: '< 5 MB',
    verdict: pass(heap.growthMB < 5)
  }
]
