import { describe, expect, it } from 'vitest'

import { createEventHub } from '../../../src-main/events/event-hub'
import type { CounterEvent } from '../../../src-preload/contract'

const OFFLINE: CounterEvent = { type: 'connection', online: false, problem: null, lastAnswerAt: null }

describe('event hub', () => {
  it('a listener that throws is reported and the others still hear the event', () => {
    const failures: unknown[] = []
    const hub = createEventHub((error) => failures.push(error))
    const heard: CounterEvent[] = []
    hub.subscribe(() => {
      throw new Error('window gone')
    })
    hub.subscribe((event) => heard.push(event))
    expect(() => hub.emit(OFFLINE)).not.toThrow()
    expect(heard).toEqual([OFFLINE])
    expect(failures).toEqual([new Error('window gone')])
  })

  it('a listener that unsubscribes while called does not make the next one miss the event', () => {
    const hub = createEventHub()
    const heard: string[] = []
    const stop = hub.subscribe(() => {
      heard.push('first')
      stop()
    })
    hub.subscribe(() => heard.push('second'))
    hub.emit(OFFLINE)
    hub.emit(OFFLINE)
    expect(heard).toEqual(['first', 'second', 'second'])
  })
})
