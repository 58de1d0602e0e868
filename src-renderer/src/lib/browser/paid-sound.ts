type AudioContextConstructor = new () => AudioContext

/** One context for the app's lifetime: browsers limit how many may exist, and opening one takes a moment. */
let audioContext: AudioContext | null = null

function scheduleTone(context: AudioContext, frequencyHz: number, startAt: number, seconds: number): void {
  const oscillator = context.createOscillator()
  const gain = context.createGain()
  oscillator.type = 'sine'
  oscillator.frequency.setValueAtTime(frequencyHz, startAt)
  // Ramps in and out instead of switching the tone on and off, which would click.
  gain.gain.setValueAtTime(0.0001, startAt)
  gain.gain.exponentialRampToValueAtTime(0.25, startAt + 0.01)
  gain.gain.exponentialRampToValueAtTime(0.0001, startAt + seconds)
  oscillator.connect(gain).connect(context.destination)
  oscillator.start(startAt)
  oscillator.stop(startAt + seconds + 0.02)
}

/**
 * A rising two-tone chime of about 300 ms, synthesized on the spot: no audio file to ship, nothing fetched.
 * Silent where Web Audio is missing or fails: a counter without a sound device still takes payments.
 */
export function playPaidChime(): void {
  const Context = (globalThis as { AudioContext?: AudioContextConstructor }).AudioContext
  if (typeof Context !== 'function') return
  try {
    audioContext ??= new Context()
    if (audioContext.state === 'suspended') void audioContext.resume().catch(() => undefined)
    const now = audioContext.currentTime
    scheduleTone(audioContext, 880, now, 0.14)
    scheduleTone(audioContext, 1318.5, now + 0.14, 0.16)
  } catch {
    audioContext = null
  }
}

/** The sound played when a payment is confirmed; an object so tests can replace `play`. */
export const paidSound: { play: () => void } = { play: playPaidChime }
