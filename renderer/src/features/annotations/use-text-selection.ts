import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { reselect, selectionSpan } from './selection-span'

export interface TextSelection {
  start: number
  end: number
  /** Where the selection is on screen, to place the toolbar. */
  rect: { top: number; left: number; width: number; bottom: number }
}

/**
 * The analyst's current selection inside `root`, as offsets into `text`; null when there is none.
 * `redrawn` lists what changes whenever the text's elements are drawn anew (proposals arriving, new marks):
 * that replaces the nodes the browser's selection sat in, so the same span is selected again.
 */
export function useTextSelection(root: RefObject<HTMLElement | null>, text: string, redrawn: readonly unknown[] = []): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null)
  const held = useRef<TextSelection | null>(null)
  held.current = selection

  useLayoutEffect(() => {
    // Before the browser reports the lost selection: the next update then reads the same span.
    if (held.current && root.current) reselect(root.current, held.current)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the list is what redraws the text
  }, [root, ...redrawn])

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
