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
