import { ipcMain, type WebFrameMain } from 'electron'

import { CHANNEL_NAMES, ipcChannelName } from '../../src-preload/contract'
import { fail } from '../result'
import type { CounterHandlers } from './counter-handlers'

/** The only place that touches ipcMain: one handler per contract channel, refusing frames that are not the app's. */
export function registerIpcHandlers(
  handlers: CounterHandlers,
  isAppFrame: (frame: WebFrameMain | null) => boolean
): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(ipcChannelName(channel), (event, request: unknown) =>
      isAppFrame(event.senderFrame) ? handlers[channel](request) : fail({ code: 'invalid_request', field: null })
    )
  }
}
