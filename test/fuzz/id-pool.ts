import type { IpcDispatcher } from '../../electron/main/services/ipc/dispatch'

/** The ids a library holds, so generated calls reach real documents, annotations and registry entries. */
export interface IdPool {
  documents: string[]
  annotations: string[]
  /** Annotation ids by the document they belong to. */
  annotationsOf: Record<string, string[]>
  claims: string[]
  registries: string[]
}

/** The library's ids that fit a field named `key`: documents for documentId, claims for claimIds … */
export function idsForField(pool: IdPool, key: string): string[] {
  if (/^documentIds?$/.test(key)) return pool.documents
  if (/^claimIds?$/.test(key)) return pool.claims
  if (/^(id|ids)$/.test(key)) return [...pool.documents, ...pool.annotations, ...pool.registries]
  if (/^(batch|job)Id$/.test(key)) return []
  return pool.registries
}

/** Asks the library, through IPC, for every id it holds. */
export async function collectIds(dispatch: IpcDispatcher, sender: string): Promise<IdPool> {
  const call = async <T>(channel: string, args: unknown): Promise<T> => {
    const result = await dispatch(channel, sender, args)
    if (!result.ok) throw new Error(`${channel} failed while collecting ids: ${result.error.message}`)
    return result.value as T
  }
  const documents = (await call<Array<{ id: string }>>('documents:list', {})).map((document) => document.id)
  const annotations: Array<{ id: string; kind: string }> = []
  const annotationsOf: Record<string, string[]> = {}
  for (const documentId of documents) {
    const listed = await call<Array<{ id: string; kind: string }>>('annotations:list', { documentId })
    annotationsOf[documentId] = listed.map((annotation) => annotation.id)
    annotations.push(...listed)
  }
  const registries = await call<Record<string, Array<{ id: string }> | unknown>>('registries:get', {})
  const registryIds = ['sources', 'parties', 'issues', 'tags'].flatMap((name) => (registries[name] as Array<{ id: string }>).map((entry) => entry.id))
  return {
    documents,
    annotations: annotations.map((annotation) => annotation.id),
    annotationsOf,
    claims: annotations.filter((annotation) => annotation.kind === 'claim').map((annotation) => annotation.id),
    registries: registryIds,
  }
}

