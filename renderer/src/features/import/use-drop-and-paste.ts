import { useEffect, useState } from 'react'

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files')

/**
 * A dropped folder arrives as a File whose bytes cannot be read. Its entry says it is a folder, so
 * it can be named as one rather than failing with the browser's "could not be found".
 */
function splitFolders(transfer: DataTransfer): { files: File[]; folders: string[] } {
  const files = Array.from(transfer.files)
  const entries = Array.from(transfer.items ?? []).filter((item) => item.kind === 'file')
  // Items and files list the same dropped things in the same order; without items, all are files.
  if (entries.length !== files.length) return { files, folders: [] }
  const isFolder = entries.map((item) => item.webkitGetAsEntry?.()?.isDirectory === true)
  return { files: files.filter((_, i) => !isFolder[i]), folders: files.filter((_, i) => isFolder[i]).map((f) => f.name) }
}

/**
 * Files dropped anywhere on the window, and text or HTML pasted outside a text field, become
 * imports; dropped folders are passed by name, to be told apart. Returns whether files are being
 * dragged over the window, to show the drop target.
 */
export function useDropAndPaste(handlers: { onFiles: (files: File[], folders: string[]) => void; onPaste: (format: 'text' | 'html', content: string) => void }): boolean {
  const [dragging, setDragging] = useState(false)
  const { onFiles, onPaste } = handlers

  useEffect(() => {
    let depth = 0
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth++
      setDragging(true)
    }
    const onDragOver = (event: DragEvent) => {
      // Without this the browser would open the file in place of the app.
      if (carriesFiles(event)) event.preventDefault()
    }
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth = 0
      setDragging(false)
      if (!event.dataTransfer) return
      const { files, folders } = splitFolders(event.dataTransfer)
      if (files.length > 0 || folders.length > 0) onFiles(files, folders)
    }
    const onPasteEvent = (event: ClipboardEvent) => {
      if (isEditable(event.target) || !event.clipboardData) return
      const files = Array.from(event.clipboardData.files)
      const html = event.clipboardData.getData('text/html')
      const text = event.clipboardData.getData('text/plain')
      if (files.length > 0) onFiles(files, [])
      else if (html.trim()) onPaste('html', html)
      else if (text.trim()) onPaste('text', text)
      else return
      event.preventDefault()
    }
    window.addEventListener('dragenter', onDragEnter)
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('dragleave', onDragLeave)
    window.addEventListener('drop', onDrop)
    window.addEventListener('paste', onPasteEvent)
    return () => {
      window.removeEventListener('dragenter', onDragEnter)
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('dragleave', onDragLeave)
      window.removeEventListener('drop', onDrop)
      window.removeEventListener('paste', onPasteEvent)
    }
  }, [onFiles, onPaste])

  return dragging
}
