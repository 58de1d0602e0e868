import { afterEach, describe, expect, it, vi } from 'vitest'

import { afterNextFrame } from '../../src-renderer/src/lib/browser/after-next-frame'

describe('afterNextFrame', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('runs the task after the next frame, not before it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
    const task = vi.fn()
    afterNextFrame(task)
    vi.advanceTimersByTime(0)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(17)
    expect(task).toHaveBeenCalledOnce()
    vi.advanceTimersByTime(1000)
    expect(task).toHaveBeenCalledOnce()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('runs the task at once on flush, once only, and leaves no timer behind', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
    const task = vi.fn()
    const flush = afterNextFrame(task)
    flush()
    expect(task).toHaveBeenCalledOnce()
    expect(vi.getTimerCount()).toBe(0)
    flush()
    vi.advanceTimersByTime(1000)
    expect(task).toHaveBeenCalledOnce()
  })

  it('does not wait for a frame that never comes (a hidden window draws none)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    vi.stubGlobal('requestAnimationFrame', () => 1)
    vi.stubGlobal('cancelAnimationFrame', () => undefined)
    const task = vi.fn()
    afterNextFrame(task)
    vi.advanceTimersByTime(99)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(task).toHaveBeenCalledOnce()
  })
})
