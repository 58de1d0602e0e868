import { describe, expect, it } from 'vitest'

import { onePerKey } from '../../src-main/one-per-key'

const deferred = <T>() => {
  let resolve!: (value: T) => void
  let reject!: (error: Error) => void
  const promise = new Promise<T>((ok, no) => {
    resolve = ok
    reject = no
  })
  return { promise, resolve, reject }
}

describe('onePerKey: one run in flight per key', () => {
  it('a second call for the same key while the first runs gets the first answer and starts nothing', async () => {
    const once = onePerKey<string>()
    const first = deferred<string>()
    let runs = 0
    const run = () => {
      runs += 1
      return first.promise
    }
    const a = once('ref-1', run)
    const b = once('ref-1', run)
    first.resolve('answer')
    expect(await Promise.all([a, b])).toEqual(['answer', 'answer'])
    expect(runs).toBe(1)
  })

  it('other keys run side by side, and the key is free again once its run settled, even after a rejection', async () => {
    const once = onePerKey<number>()
    const failing = deferred<number>()
    const a = once('ref-1', () => failing.promise)
    expect(await once('ref-2', () => Promise.resolve(2))).toBe(2)
    failing.reject(new Error('lost'))
    await expect(a).rejects.toThrow('lost')
    expect(await once('ref-1', () => Promise.resolve(3))).toBe(3)
  })
})
