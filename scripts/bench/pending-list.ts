import { createSecPaidClient } from '../../src-main/secpaid/client'
import { log, progress, sleep } from './bench-log'
import { type Context, settle } from './counter-page'
import { ms, pass } from './figure-text'
import type { ProbeGlobal, SearchTimes } from './probes'
import type { Figure } from './report'
import { summarize } from './stats'

const SEARCH_DEBOUNCE_MS = 250
/** getMyUnusedLinks' largest `limit` (docs/secpaid.md). */
const SECPAID_MAX_LIMIT = 1000
/** What main asks SecPaid for on a search (counter-handlers.ts): more matches show as "200+". */
const SEARCH_LIMIT = 200

/** 1,000 unused links noted "lot 0001" … "lot 1000" in the page's simulator; `listed` is the count the list shows. */
export async function createLots(context: Context): Promise<{ unused: number; listed: string }> {
  const { simulator } = context
  simulator.setLatency(0)
  const client = createSecPaidClient({ baseUrl: simulator.baseUrl, getApiKey: () => 'demo-key', fetch })
  const notes = Array.from({ length: 1000 }, (_, index) => `lot ${String(index + 1).padStart(4, '0')}`)
  // Four at a time, in order, so link ids rise (nearly) with the lot number and "newest first" is predictable.
  for (let index = 0; index < notes.length; index += 4) {
    const batch = notes.slice(index, index + 4)
    const created = await Promise.all(
      batch.map((note, offset) =>
        client.createLink({ amountCents: 100 + index + offset, recipientNote: note, isQrLink: true })
      )
    )
    const failed = created.find((result) => !result.ok)
    if (failed !== undefined && !failed.ok) throw new Error(`could not create a link: ${failed.error.message}`)
  }
  const unused = simulator.links().filter((link) => link.status === 'Unused').length
  log(`  created 1000 "lot" links; the simulator holds ${unused} unused links`)
  // SecPaid answers at most 1,000 links: a full answer cannot tell whether there are more, and the list says so.
  const listed = unused < SECPAID_MAX_LIMIT ? String(unused) : `${SECPAID_MAX_LIMIT}+`

  return { unused, listed }
}

// 4 — Pending list of 1,000 links: the app's windowed list, and search keystrokes.
export async function measurePendingList(context: Context) {
  const { page } = context
  const { unused, listed } = await createLots(context)

  const render = (search: string, count: string) =>
    page.evaluate(
      ([text, expected]) => (globalThis as unknown as ProbeGlobal).__bench.searchAndRender(text, expected),
      [search, count] as const
    )

  // What the app shows: every unused link (main reads them all, page by page), the rows in view in the DOM.
  const appRender: number[] = []
  const appDom: number[] = []
  let appItems = 0
  for (let index = 0; index < context.counts.listRenders; index += 1) {
    await render('zz', '0')
    const times = await render('', listed)
    appRender.push(times.paintedAt - times.answerAt)
    appDom.push(times.inDomAt - times.answerAt)
    appItems = await page.getByTestId('pending-list').locator('[data-testid^="pending-item-"]').count()
  }
  log(`  app list (${appItems} rows in the DOM of ${unused}): ${JSON.stringify(summarize(appRender))}`)

  // Keystrokes with the 1,000 links listed: " " and Backspace keep the (trimmed) search, so only the box changes.
  const search = page.getByTestId('pending-search')
  await search.focus()
  await page.keyboard.press('End')
  const typeSamples = async (keys: readonly string[], count: number, results: boolean) => {
    const value: number[] = []
    const resultsExDebounce: number[] = []
    const resultsRender: number[] = []
    for (let index = 0; index < count; index += 1) {
      await page.evaluate(
        (withResults) => (globalThis as unknown as ProbeGlobal).__bench.armSearch(withResults),
        results
      )
      await page.keyboard.press(keys[index % keys.length] ?? 'Backspace')
      const times = (await page.evaluate(() =>
        (globalThis as unknown as ProbeGlobal).__bench.awaitArmed()
      )) as SearchTimes
      value.push(times.valuePaintedAt - times.keydownAt)
      if (results && times.paintedAt !== undefined && times.answerAt !== undefined) {
        resultsExDebounce.push(times.paintedAt - times.keydownAt - SEARCH_DEBOUNCE_MS)
        resultsRender.push(times.paintedAt - times.answerAt)
      }
      if (results) progress('search keystrokes with results', index + 1, count)
    }
    return { value, resultsExDebounce, resultsRender }
  }
  const withThousand = await typeSamples([' ', 'Backspace'], Math.round(context.counts.searchKeystrokes * 0.3), false)
  await sleep(SEARCH_DEBOUNCE_MS * 2)

  // Keystrokes with a search: "lot 0" (the newest 200 of 999, SecPaid's search answer) ↔ "lot 0d" (d = 1…8, 100
  // each) change the links shown every time.
  await render('lot 0', `${SEARCH_LIMIT}+`)
  await search.focus()
  await page.keyboard.press('End')
  const digitsAndBackspace = [
    '1',
    'Backspace',
    '2',
    'Backspace',
    '3',
    'Backspace',
    '4',
    'Backspace',
    '5',
    'Backspace',
    '6',
    'Backspace',
    '7',
    'Backspace',
    '8',
    'Backspace'
  ]
  const typing = await typeSamples(digitsAndBackspace, context.counts.searchKeystrokes, false)
  await sleep(SEARCH_DEBOUNCE_MS * 2)
  await settle(context)
  const withResults = await typeSamples(digitsAndBackspace, context.counts.searchResults, true)

  await render('', listed)
  await page.evaluate(() => (globalThis as unknown as ProbeGlobal).__bench.blur())
  await settle(context)
  return {
    linksInSimulator: unused,
    rowsInTheDom: appItems,
    appListRender: summarize(appRender),
    appListToDom: summarize(appDom),
    searchKeystrokeValuePainted: summarize(typing.value),
    searchKeystrokeValuePaintedWith1000Rows: summarize(withThousand.value),
    searchResultsExcludingDebounce: summarize(withResults.resultsExDebounce),
    searchResultsRenderOnly: summarize(withResults.resultsRender)
  }
}

type PendingResult = Awaited<ReturnType<typeof measurePendingList>>

export const pendingFigures = (pending: PendingResult): Figure[] => [
  {
    measure: `Pending list of ${pending.linksInSimulator} links (${pending.rowsInTheDom} rows in view)`,
    value: ms(pending.appListRender),
    target: '≤ 50 ms',
    verdict: pass(pending.appListRender.p95 <= 50)
  },
  {
    measure: '  answer → rows in DOM (React)',
    value: ms(pending.appListToDom),
    target: '—',
    verdict: 'INFO'
  },
  {
    measure: 'Search keystroke → value painted',
    value: ms(pending.searchKeystrokeValuePainted),
    target: '≤ 16 ms p95',
    verdict: pass(pending.searchKeystrokeValuePainted.p95 <= 16)
  },
  {
    measure: '  same, 1,000 links listed',
    value: ms(pending.searchKeystrokeValuePaintedWith1000Rows),
    target: '≤ 16 ms p95',
    verdict: pass(pending.searchKeystrokeValuePaintedWith1000Rows.p95 <= 16)
  },
  {
    measure: `Search keystroke → results painted, minus ${SEARCH_DEBOUNCE_MS} ms debounce @0 ms`,
    value: ms(pending.searchResultsExcludingDebounce),
    target: '—',
    verdict: 'INFO'
  },
  {
    measure: '  of which answer → results painted',
    value: ms(pending.searchResultsRenderOnly),
    target: '≤ 50 ms',
    verdict: pass(pending.searchResultsRenderOnly.p95 <= 50)
  }
]
