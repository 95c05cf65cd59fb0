import { join } from 'node:path'

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
    textFile: (hash: string) => join(dir, 'documents', `${hash}.txt`),
    originalFile: (hash: string, extension: string) => join(dir, 'documents', `${hash}.original.${extension}`),
    /** Named by document and text hash, so the index's textHash picks text and blocks together. */
    contentFile: (documentId: string, hash: string) => join(dir, 'documents', `${hash}.${documentId}.blocks.json`),
    annotationFile: (documentId: string) => join(dir, 'annotations', `${documentId}.json`),
    sketchesFile: join(dir, 'near-duplicate-sketches.json'),
    /** The report builder's last choices for this library. */
    reportOptionsFile: join(dir, 'report-options.json'),
  }
}
export type LibraryPaths = ReturnType<typeof libraryPaths>
