import { powerSaveBlocker } from 'electron'

/** Keeps the display on while a QR is shown, so the screen never dims in front of a customer. */
export function createKeepAwake(): { start(): void; stop(): void } {
  let blockerId: number | null = null
  return {
    start() {
      if (blockerId === null) blockerId = powerSaveBlocker.start('prevent-display-sleep')
    },
    stop() {
      if (blockerId !== null) powerSaveBlocker.stop(blockerId)
      blockerId = null
    }
  }
}
