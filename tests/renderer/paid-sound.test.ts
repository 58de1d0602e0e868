import { afterEach, describe, expect, it, vi } from 'vitest'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

/** Records what the chime schedules, standing in for the Web Audio API jsdom lacks. */
class RecordingAudioContext {
  static instances = 0
  readonly tones: { frequencyHz: number; startAt: number; stopAt: number }[] = []
  readonly state = 'running'
  readonly currentTime = 10
  readonly destination = {}
  constructor() {
    RecordingAudioContext.instances += 1
  }
  createGain() {
    return {
      gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() },
      connect: (target: unknown) => target
    }
  }
  createOscillator() {
    const tone = { frequencyHz: 0, startAt: 0, stopAt: 0 }
    this.tones.push(tone)
    return {
      type: 'sine',
      frequency: { setValueAtTime: (hz: number) => (tone.frequencyHz = hz) },
      connect: (target: unknown) => target,
      start: (at: number) => (tone.startAt = at),
      stop: (at: number) => (tone.stopAt = at)
    }
  }
}

describe('paid chime', () => {
  it('does nothing, and does not throw, where there is no AudioContext', async () => {
    vi.stubGlobal('AudioContext', undefined)
    const { playPaidChime } = await import('../../src-renderer/src/lib/browser/paid-sound')
    expect(() => playPaidChime()).not.toThrow()
  })

  it('does not throw when the audio device fails', async () => {
    vi.stubGlobal(
      'AudioContext',
      class {
        constructor() {
          throw new Error('no audio device')
        }
      }
    )
    const { playPaidChime } = await import('../../src-renderer/src/lib/browser/paid-sound')
    expect(() => playPaidChime()).not.toThrow()
  })

  it('plays two rising tones of about 300 ms in all, reusing one audio context', async () => {
    let context: RecordingAudioContext | undefined
    RecordingAudioContext.instances = 0
    vi.stubGlobal(
      'AudioContext',
      class extends RecordingAudioContext {
        constructor() {
          super()
          // eslint-disable-next-line @typescript-eslint/no-this-alias -- the test reads what the chime scheduled
          context = this
        }
      }
    )
    const { playPaidChime } = await import('../../src-renderer/src/lib/browser/paid-sound')
    playPaidChime()
    const tones = context?.tones ?? []
    expect(tones).toHaveLength(2)
    const [first, second] = tones
    expect(second!.frequencyHz).toBeGreaterThan(first!.frequencyHz)
    expect(first!.startAt).toBe(10)
    expect(second!.startAt).toBeGreaterThanOrEqual(first!.startAt)
    expect(second!.stopAt - first!.startAt).toBeGreaterThan(0.25)
    expect(second!.stopAt - first!.startAt).toBeLessThan(0.4)
    playPaidChime()
    expect(RecordingAudioContext.instances).toBe(1)
  })
})
