// The bench's clock and its progress lines on the console.

export const started = performance.now()
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
export const log = (message: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`)
export const progress = (label: string, done: number, total: number) => {
  if (done === total || done % Math.max(1, Math.round(total / 4)) === 0) log(`  ${label}: ${done}/${total}`)
}
