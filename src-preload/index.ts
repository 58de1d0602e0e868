import { contextBridge, ipcRenderer } from 'electron'

import { EVENT_CHANNEL, ipcChannelName } from './contract'
import { buildCounterApi } from './counter-api'

contextBridge.exposeInMainWorld(
  'counter',
  buildCounterApi(
    (channel, request) => ipcRenderer.invoke(ipcChannelName(channel), request),
    (deliver) => {
      // Only the payload crosses: the renderer never sees Electron's event object (it holds the sender).
      const onEvent = (_event: Electron.IpcRendererEvent, payload: unknown) => deliver(payload)
      ipcRenderer.on(EVENT_CHANNEL, onEvent)
      return () => {
        ipcRenderer.off(EVENT_CHANNEL, onEvent)
      }
    }
  )
)
