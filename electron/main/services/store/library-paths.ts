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
    annotationFile: (documentId: string) => join(dir, 'annotations', `${documentId}.json`),
  }
}
export type LibraryPaths = ReturnType<typeof libraryPaths>
