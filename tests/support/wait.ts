export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until `condition` holds, checking every `stepMs`; fails the test after `limitMs`. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  { limitMs = 3000, stepMs = 10 }: { limitMs?: number; stepMs?: number } = {}
): Promise<void> {
  for (let waited = 0; !(await condition()); waited += stepMs) {
    if (waited > limitMs) throw new Error(`condition not met within ${limitMs} ms`)
    await sleep(stepMs)
  }
}
