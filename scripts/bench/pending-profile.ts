import type { Browser } from '@playwright/test'

import { log } from './bench-log'
import { type Context, settle } from './counter-page'
import { createLots } from './pending-list'
import type { ProbeGlobal } from './probes'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** The thread's CPU time in the event (µs): below `dur` when the thread was preempted (a busy machine). */
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: { frame?: string } }
}

/** Main-thread work of the renderer, by Chromium's name for it, inside the window [from, to] (µs). */
function workIn(events: readonly TraceEvent[], mainThread: { pid: number; tid: number }, from: number, to: number) {
  const byName = new Map<string, number>()
  const cpuByName = new Map<string, number>()
  // Only the top-level tasks' children one level down carry names worth reading; nested ones would count twice.
  const tasks = events.filter(
    (event) =>
      event.pid === mainThread.pid &&
      event.tid === mainThread.tid &&
      event.ph === 'X' &&
      event.dur !== undefined &&
      event.ts < to &&
      event.ts + (event.dur ?? 0) > from
  )
  const top = tasks.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask')
  let busy = 0
  for (const task of top) busy += Math.min(to, task.ts + (task.dur ?? 0)) - Math.max(from, task.ts)
  for (const event of tasks) {
    if (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') continue
    byName.set(
      event.name,
      (byName.get(event.name) ?? 0) + Math.min(to, event.ts + (event.dur ?? 0)) - Math.max(from, event.ts)
    )
  }
  const named = [...byName.entries()]
    .filter(([, micros]) => micros >= 500)
    .toSorted((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(
      ([name, micros]) =>
        `${name} ${(micros / 1000).toFixed(1)} (cpu ${((cpuByName.get(name) ?? 0) / 1000).toFixed(1)})`
    )
  // RunTask and ThreadControllerImpl::RunTask nest: each task is counted twice above.
  return { windowMs: (to - from) / 1000, busyMs: busy / 2000, named }
}

/**
 * `--profile-pending`: where the pending list's answer → painted time goes. The list of 1,000 links is rendered a few
 * times under Chromium's tracing; for each render, the renderer main thread's busy time between the answer and the
 * painted frame, by event (style, layout, paint, script), is printed beside the idle rest (waiting for a frame).
 */
export async function profilePendingList(browser: Browser, context: Context): Promise<void> {
  const { page } = context
  const { listed } = await createLots(context)
  const render = (search: string, count: string) =>
    page.evaluate(
      ([text, expected]) => (globalThis as unknown as ProbeGlobal).__bench.searchAndRender(text, expected),
      [search, count] as const
    )
  await render('zz', '0')
  await render('', listed)
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'toplevel',
      'blink',
      'blink.user_timing',
      'cc',
      'viz',
      'gpu'
    ]
  })
  // A mark joins the page's clock to the trace's: its startTime (page ms) and its trace event's ts (µs).
  const alignAt = await page.evaluate(() => performance.mark('bench-align').startTime)
  const renders: { answerAt: number; inDomAt: number; paintedAt: number }[] = []
  for (let index = 0; index < 6; index += 1) {
    await render('zz', '0')
    renders.push(await render('', listed))
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }
  await settle(context)
  const events = trace.traceEvents
  const mainName = events.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && event.ph === 'M'
  )
  // The page's main thread: the renderer main thread that ran the most work during the trace.
  const mains = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
  const workOf = (thread: TraceEvent) =>
    events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X').length
  const main = mains.toSorted((a, b) => workOf(b) - workOf(a))[0] ?? mainName
  if (main === undefined) throw new Error('no renderer main thread in the trace')
  const alignEvent = events.find((event) => event.name === 'bench-align')
  if (alignEvent === undefined) throw new Error('the alignment mark is not in the trace')
  log(`  trace: ${events.length} events; renderer main thread pid ${main.pid} tid ${main.tid}`)
  const threads = new Map<string, number>()
  for (const times of renders) {
    const toTrace = (pageMs: number) => alignEvent.ts + (pageMs - alignAt) * 1000
    // Every thread's work in the same window: what else ran (compositor, GPU, raster) while the page waited.
    for (const event of events) {
      if (event.ph !== 'X' || event.dur === undefined) continue
      const from = toTrace(times.inDomAt)
      const to = toTrace(times.paintedAt)
      if (event.ts >= to || event.ts + event.dur <= from) continue
      const key = `${event.pid}/${event.tid} ${event.name}`
      threads.set(key, (threads.get(key) ?? 0) + Math.min(to, event.ts + event.dur) - Math.max(from, event.ts))
    }
    const toDom = workIn(events, main, toTrace(times.answerAt), toTrace(times.inDomAt))
    const toPaint = workIn(events, main, toTrace(times.inDomAt), toTrace(times.paintedAt))
    log(
      `  answer → DOM ${toDom.windowMs.toFixed(1)} ms (busy ${toDom.busyMs.toFixed(1)}: ${toDom.named.join(', ')}); ` +
        `DOM → painted ${toPaint.windowMs.toFixed(1)} ms (busy ${toPaint.busyMs.toFixed(1)}: ${toPaint.named.join(', ')})`
    )
  }
  const names = new Map(
    events
      .filter((event) => event.name === 'thread_name' && event.ph === 'M')
      .map((event) => [`${event.pid}/${event.tid}`, event.args?.name ?? '?'])
  )
  log('  DOM → painted, all threads, summed over the renders (ms):')
  for (const [key, micros] of [...threads.entries()].toSorted((a, b) => b[1] - a[1]).slice(0, 25)) {
    const [thread = '', ...name] = key.split(' ')
    log(`    ${(micros / 1000).toFixed(1)}  ${names.get(thread) ?? thread}  ${name.join(' ')}`)
  }
}
