import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type BooksJobRunner, runOnThisThread, runOnWorker } from '../../src-main/books/books-job-runner'
import type { BooksJob } from '../../src-main/books/books-jobs'
import { openBooksDatabase } from '../../src-main/journal/books-database'
import { writeBooksHead } from '../../src-main/journal/books-head'
import type { SaleEvent } from '../../src-main/journal/sale-record'
import { appendRows, paidSale } from '../support/books-rows'
import { OUT_DIR, requireBuiltOutput } from './built-output'

/** How many times a 2 ms timer fired while `runner` ran `job`: none when the job holds the thread. */
async function ticksDuring(runner: BooksJobRunner, job: BooksJob) {
  let ticks = 0
  const timer = setInterval(() => (ticks += 1), 2)
  try {
    const result = await runner(job)
    return { ticks, result }
  } finally {
    clearInterval(timer)
  }
}

describe('Settings → Books verifies and exports on a worker thread (the built out/main/books-worker.js)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'books-worker-'))
  const target = mkdtempSync(join(tmpdir(), 'books-worker-target-'))
  const onWorker = runOnWorker(join(OUT_DIR, 'main', 'books-worker.js'))

  beforeAll(() => {
    requireBuiltOutput()
    // A few weeks of a busy shop: long enough that the chain check takes many timer periods.
    const database = openBooksDatabase(join(folder, 'books.sqlite'))
    let head = { seq: 0, hash: '' }
    for (let day = 1; day <= 28; day += 1) {
      const lines: SaleEvent[] = []
      for (let sale = 1; sale <= 300; sale += 1) {
        const at = new Date(Date.UTC(2026, 10, day, 8) + sale * 100_000).toISOString()
        lines.push(...paidSale(`POS-${day}-${sale}`, 250 + sale, at))
      }
      head = appendRows(database, lines)
    }
    database.close()
    writeBooksHead(folder, head)
  })
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true })
    rmSync(target, { recursive: true, force: true })
  })

  it('answers the chain check as this thread does, while the main thread keeps running its timers', async () => {
    const job: BooksJob = { kind: 'verify', dataFolder: folder }
    const here = await ticksDuring(runOnThisThread, job)
    const there = await ticksDuring(onWorker, job)
    expect(there.result).toEqual(here.result)
    expect(there.result).toMatchObject({ kind: 'verify', check: { ok: true, rows: 28 * 300 * 3 } })
    expect(here.ticks).toBe(0)
    expect(there.ticks).toBeGreaterThan(0)
  })

  it('exports a period into the chosen folder from the worker', async () => {
    const answer = await onWorker({
      kind: 'export',
      dataFolder: folder,
      from: '2026-11-01',
      to: '2026-11-30',
      folder: target,
      at: '2026-12-07T20:00:00.000Z'
    })
    expect(answer).toMatchObject({
      kind: 'export',
      result: { ok: true, folder: join(target, 'secpaid-audit-2026-11-01_2026-11-30'), rows: 28 * 300 * 3 }
    })
  })

  it('runs the job on this thread when the worker cannot start, and says why', async () => {
    const failures: unknown[] = []
    const missing = runOnWorker(join(OUT_DIR, 'main', 'no-such-worker.js'), (error) => failures.push(error))
    const answer = await missing({ kind: 'verify', dataFolder: folder })
    expect(answer).toMatchObject({ kind: 'verify', check: { ok: true, rows: 28 * 300 * 3 } })
    expect(failures).toHaveLength(1)
  })
})
