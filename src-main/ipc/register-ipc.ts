import { ipcMain, type WebFrameMain } from 'electron'
import { CHANNELS, ipcChannelName } from '../../src-preload/contract'
import type { CounterHandlers } from './counter-handlers'
import { fail } from './ipc-result'

/** The only place that touches ipcMain: one handler per contract channel, refusing frames that are not the app's. */
export function registerIpcHandlers(
  handlers: CounterHandlers,
  isAppFrame: (frame: WebFrameMain | null) => boolean
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), (event, request: unknown) =>
      isAppFrame(event.senderFrame) ? handlers[channel](request) : fail({ code: 'invalid_request', field: null })
    )
  }
}
