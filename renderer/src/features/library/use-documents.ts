import { useIpcQuery } from '../../ipc/use-ipc-query'

/** Every document's metadata, for the library table and the navigation. */
export const useDocuments = () => useIpcQuery('listDocuments', {}, 'all-documents')
export type DocumentsQuery = ReturnType<typeof useDocuments>
