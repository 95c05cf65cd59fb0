import { useEffect, useState, type RefObject } from 'react'
import { selectionSpan } from './selection-span'

export interface TextSelection {
  start: number
  end: number
  /** Where the selection is on screen, to place the toolbar. */
  rect: { top: number; left: number; width: number; bottom: number }
}

/** The analyst's current selection inside `root`, as offsets into `text`; null when there is none. */
export function useTextSelection(root: RefObject<HTMLElement | null>, text: string): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null)

  useEffect(() => {
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const element = root.current
        const current = window.getSelection()
        const span = element ? selectionSpan(element, current, text) : null
        if (!span || !current) return setSelection(null)
        const box = current.getRangeAt(0).getBoundingClientRect()
        setSelection({ ...span, rect: { top: box.top, left: box.left, width: box.width, bottom: box.bottom } })
      })
    }
    document.addEventListener('selectionchange', update)
    window.addEventListener('scroll', update, true)
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', update)
      window.removeEventListener('scroll', update, true)
    }
  }, [root, text])

  const clear = () => {
    window.getSelection()?.removeAllRanges()
    setSelection(null)
  }
  return [selection, clear]
}
