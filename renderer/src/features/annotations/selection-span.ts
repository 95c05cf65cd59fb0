/** Maps DOM selections in the reader to offsets in the document's text, via the blocks' data-start. */

export function offsetAt(root: HTMLElement, node: Node, offset: number): number | null {
  const host = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
  const block = host?.closest<HTMLElement>('[data-start]')
  if (!block || !root.contains(block) || block.dataset.start === undefined) return null
  // The text between the block's start and the point; blocks hold only text and highlight marks.
  const range = document.createRange()
  range.setStart(block, 0)
  range.setEnd(node, offset)
  return Number(block.dataset.start) + range.toString().length
}

/** The selected span, trimmed of surrounding white space; null when nothing usable is selected. */
export function selectionSpan(root: HTMLElement, selection: Selection | null, text: string): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  let start = offsetAt(root, range.startContainer, range.startOffset)
  let end = offsetAt(root, range.endContainer, range.endOffset)
  if (start === null || end === null) return null
  if (start > end) [start, end] = [end, start]
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end > start ? { start, end } : null
}

/** The DOM point at a text offset, the inverse of offsetAt; null when no block holds it. */
export function pointAt(root: HTMLElement, offset: number): { node: Text; offset: number } | null {
  for (const block of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(block.dataset.start)
    if (offset < start || offset > Number(block.dataset.end)) continue
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
    let seen = start
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (offset <= seen + node.length) return { node, offset: offset - seen }
      seen += node.length
    }
  }
  return null
}

/** Selects `span` again after the text's elements were redrawn (new underlines, marks). */
export function reselect(root: HTMLElement, span: { start: number; end: number }): boolean {
  const from = pointAt(root, span.start)
  const to = pointAt(root, span.end)
  const selection = window.getSelection()
  if (!from || !to || !selection) return false
  const range = document.createRange()
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  selection.removeAllRanges()
  selection.addRange(range)
  return true
}
