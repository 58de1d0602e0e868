/** A frame is 16.7 ms at 60 Hz; later than this, no frame is coming soon. */
const LATEST_MS = 100

/**
 * Runs `task` once the next frame has been drawn, so that frame carries only what the cashier must see at once.
 * Returns `flush`, which runs the task now if it has not run yet (for anything that needs its result earlier).
 */
export function afterNextFrame(task: () => void): () => void {
  let frame: number | undefined
  let afterFrame: ReturnType<typeof setTimeout> | undefined
  let done = false
  const run = () => {
    if (done) return
    done = true
    if (frame !== undefined) cancelAnimationFrame(frame)
    clearTimeout(afterFrame)
    clearTimeout(latest)
    task()
  }
  // A task queued from a frame callback runs once that frame's style, layout and paint are done.
  if (typeof requestAnimationFrame === 'function') {
    frame = requestAnimationFrame(() => {
      frame = undefined
      afterFrame = setTimeout(run, 0)
    })
  }
  // A hidden window draws no frames: the task must not wait for one.
  const latest = setTimeout(run, LATEST_MS)
  return run
}
