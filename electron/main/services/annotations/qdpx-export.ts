import JSZip from 'jszip'
import { userInfo } from 'node:os'
import { buildQdaProject } from '../../../../shared/refi-qda/project-xml'
import type { Annotation } from '../../../../shared/domain/annotation'
import type { ParleyDocument } from '../../../../shared/domain/document'
import type { LibraryStore } from '../store/library-store'

/** A stable user GUID per analyst name, so successive exports name the same person alike. */
function userGuid(name: string): string {
  let hash = 0x811c9dc5
  const bytes: number[] = []
  for (let round = 0; round < 16; round++) {
    for (const char of `${round}:${name}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
    bytes.push(hash & 0xff)
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function analystName(): string {
  try {
    return userInfo().username || 'Parley analyst'
  } catch {
    return 'Parley analyst'
  }
}

/**
 * A REFI-QDA project file (.qdpx: a zip of project.qde and Sources/), for QualCoder, NVivo,
 * MAXQDA and ATLAS.ti: the documents as text sources, the codebook, and every anchored
 * annotation as a coded selection.
 */
export async function exportQdpx(
  store: LibraryStore,
  documents: readonly ParleyDocument[],
  annotations: readonly Annotation[],
  options: { now: Date; newGuid: () => string; analyst?: string },
): Promise<Uint8Array> {
  const name = options.analyst ?? analystName()
  const texts = await Promise.all(documents.map(async (document) => ({ id: document.id, title: document.title, importedAt: document.importedAt, text: await store.readText(document) })))
  const data = store.data
  const project = buildQdaProject({
    name: `Parley library, ${options.now.toISOString().slice(0, 10)}`,
    createdAt: options.now.toISOString(),
    user: { guid: userGuid(name), name },
    documents: texts,
    annotations,
    tags: data.tags,
    sources: data.sources,
    parties: data.parties,
    issues: data.issues,
    newGuid: options.newGuid,
  })
  const zip = new JSZip()
  zip.file('project.qde', project.xml)
  for (const source of project.sources) zip.file(source.path, source.text)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
