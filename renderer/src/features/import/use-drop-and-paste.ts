import { useEffect, useState } from 'react'

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files')

/**
 * Files dropped anywhere on the window, and text or HTML pasted outside a text field, become
 * imports. Returns whether files are being dragged over the window, to show the drop target.
 */
export function useDropAndPaste(handlers: { onFiles: (files: File[]) => void; onPaste: (format: 'text' | 'html', content: string) => void }): boolean {
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
      const files = Array.from(event.dataTransfer?.files ?? [])
      if (files.length > 0) onFiles(files)
    }
    const onPasteEvent = (event: ClipboardEvent) => {
      if (isEditable(event.target) || !event.clipboardData) return
      const files = Array.from(event.clipboardData.files)
      const html = event.clipboardData.getData('text/html')
      const text = event.clipboardData.getData('text/plain')
      if (files.length > 0) onFiles(files)
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
