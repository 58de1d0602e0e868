import { contextBridge, ipcRenderer } from 'electron'
import { ipcChannelName } from './contract'
import { buildCounterApi } from './counter-api'

contextBridge.exposeInMainWorld(
  'counter',
  buildCounterApi((channel, request) => ipcRenderer.invoke(ipcChannelName(channel), request))
)
