import { useIpcQuery } from '../../ipc/use-ipc-query'

/** One document's metadata and normalised text. */
export const useDocument = (id: string) => useIpcQuery('getDocument', { id }, id)
