/**
 * Method name on `window.parley` -> IPC channel name. Kept free of zod so the sandboxed preload
 * bundles only this list; contract.ts attaches the schemas and result types.
 */
export const ipcChannels = {
  getLibraryInfo: 'library:get-info',
  listDocuments: 'documents:list',
  getDocument: 'documents:get',
  setBlockRemoved: 'documents:set-block-removed',
  updateDocumentDetails: 'documents:update-details',
  replaceWithNewerVersion: 'documents:replace-with-newer-version',
  pickImportFiles: 'import:pick-files',
  importPickedFile: 'import:picked-file',
  importDroppedFile: 'import:dropped-file',
  importPasted: 'import:pasted',
  listAnnotations: 'annotations:list',
  createAnnotation: 'annotations:create',
  updateAnnotation: 'annotations:update',
  deleteAnnotation: 'annotations:delete',
  exportAnnotations: 'annotations:export',
  importAnnotations: 'annotations:import',
  getRegistries: 'registries:get',
  saveSource: 'registries:save-source',
  saveParty: 'registries:save-party',
  saveIssue: 'registries:save-issue',
  saveTag: 'registries:save-tag',
  deleteRegistryEntry: 'registries:delete',
  mergeRegistryEntries: 'registries:merge',
  undo: 'history:undo',
  redo: 'history:redo',
  getHistoryState: 'history:get-state',
  search: 'search:query',
  getPositions: 'positions:get',
  getEvidence: 'positions:get-evidence',
  getCellEvidence: 'positions:get-cell-evidence',
  getIssueClaims: 'positions:get-issue-claims',
  getStatement: 'statements:get',
  linkSameStatement: 'statements:link',
  unlinkSameStatement: 'statements:unlink',
} as const

export type IpcMethod = keyof typeof ipcChannels
