import { useEffect } from 'react'

/** What changed in main, so views that show it reload: registries, or annotations of documents. */
export interface LibraryChange {
  registries?: boolean
  /** Documents whose annotations changed; empty with `all` means any document. */
  documentIds?: string[]
  all?: boolean
}

const EVENT = 'parley:library-changed'

/** Tells every mounted view that something in the library changed (after undo, merges, imports…). */
export function announceLibraryChange(change: LibraryChange): void {
  window.dispatchEvent(new CustomEvent<LibraryChange>(EVENT, { detail: change }))
}

export function useLibraryChanges(onChange: (change: LibraryChange) => void): void {
  useEffect(() => {
    const listener = (event: Event) => onChange((event as CustomEvent<LibraryChange>).detail)
    window.addEventListener(EVENT, listener)
    return () => window.removeEventListener(EVENT, listener)
  }, [onChange])
}
