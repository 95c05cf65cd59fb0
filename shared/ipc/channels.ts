/**
 * Method name on `window.parley` -> IPC channel name. Kept free of zod so the sandboxed preload
 * bundles only this list; contract.ts attaches the schemas and result types.
 */
export const ipcChannels = {
  getLibraryInfo: 'library:get-info',
  listDocuments: 'documents:list',
  getDocument: 'documents:get',
  importFromDialog: 'documents:import-from-dialog',
} as const

export type IpcMethod = keyof typeof ipcChannels
