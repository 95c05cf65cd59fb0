import { isAbsolute, join, relative, resolve } from 'node:path'
import { ParleyError } from '../../../../shared/ipc/errors'

/** What may stand in a file name built from data: ids and hashes the library made itself. */
const SAFE_NAME_PART = /^[A-Za-z0-9_-]{1,100}$/
const HASH = /^[0-9a-f]{64}$/
const EXTENSION = /^[a-z0-9]{1,10}$/

function checked(value: string, pattern: RegExp, what: string): string {
  if (!pattern.test(value)) throw new ParleyError('invalid-arguments', `Refused a library path: the ${what} is not in the form Parley creates.`)
  return value
}

/**
 * Joins inside the library folder and verifies that the result stays there, so no id, hash or
 * name that reaches a path can lead outside it (“../”, absolute paths, separators).
 */
export function insideLibrary(dir: string, ...parts: string[]): string {
  const root = resolve(dir)
  const path = resolve(root, ...parts)
  const rel = relative(root, path)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new ParleyError('invalid-arguments', 'Refused a path that would leave the library folder.')
  return path
}

/** Where each part of a library lives inside its folder. */
export function libraryPaths(dir: string) {
  return {
    dir,
    dataFile: join(dir, 'library.json'),
    lockFile: join(dir, 'library.lock'),
    backupsDir: join(dir, 'backups'),
    damagedDir: join(dir, 'damaged'),
    documentsDir: join(dir, 'documents'),
    annotationsDir: join(dir, 'annotations'),
    textFile: (hash: string) => insideLibrary(dir, 'documents', `${checked(hash, HASH, 'text hash')}.txt`),
    originalFile: (hash: string, extension: string) =>
      insideLibrary(dir, 'documents', `${checked(hash, HASH, 'text hash')}.original.${checked(extension, EXTENSION, 'file extension')}`),
    /** Named by document and text hash, so the index's textHash picks text and blocks together. */
    contentFile: (documentId: string, hash: string) =>
      insideLibrary(dir, 'documents', `${checked(hash, HASH, 'text hash')}.${checked(documentId, SAFE_NAME_PART, 'document id')}.blocks.json`),
    /** The document's index record, kept beside its text so a restore can bring it back. */
    recordFile: (documentId: string) => insideLibrary(dir, 'documents', `${checked(documentId, SAFE_NAME_PART, 'document id')}.document.json`),
    annotationFile: (documentId: string) => insideLibrary(dir, 'annotations', `${checked(documentId, SAFE_NAME_PART, 'document id')}.json`),
    /** Append-only log of every change to the document's annotations; a damaged file is rebuilt from it. */
    annotationJournal: (documentId: string) => insideLibrary(dir, 'annotations', `${checked(documentId, SAFE_NAME_PART, 'document id')}.journal`),
    sketchesFile: join(dir, 'near-duplicate-sketches.json'),
    /** The report builder's last choices for this library. */
    reportOptionsFile: join(dir, 'report-options.json'),
    /** Attributed statements found in each document, and the proposals the analyst dismissed. */
    proposalsDir: join(dir, 'proposals'),
    proposalFile: (documentId: string) => insideLibrary(dir, 'proposals', `${checked(documentId, SAFE_NAME_PART, 'document id')}.json`),
    /** Imported annotations whose document or words were not found, waiting for the analyst. */
    unplacedFile: join(dir, 'unplaced-annotations.json'),
  }
}
export type LibraryPaths = ReturnType<typeof libraryPaths>
