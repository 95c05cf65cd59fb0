import { contextBridge, ipcRenderer } from 'electron'
import { ipcChannels } from '../../shared/ipc/channels'
import { buildParleyApi } from '../../shared/ipc/build-api'

// One method per contract channel on window.parley; ipcRenderer itself never reaches the page.
contextBridge.exposeInMainWorld(
  'parley',
  buildParleyApi(Object.entries(ipcChannels), (channel, args) => ipcRenderer.invoke(channel, args)),
)
