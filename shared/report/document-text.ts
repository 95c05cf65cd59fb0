import { composeText, type ContentBlock, type PlacedBlock } from '../domain/content'

/** A kept block of a document's reading text, numbered as the report cites it. */
export interface KeptBlock extends PlacedBlock {
  start: number
  end: number
  /** 1-based position among the kept blocks: the "¶ N" of a citation. */
  paragraph: number
}

/** A document's reading text (what annotations anchor into) and its kept blocks in order. */
export interface DocumentText {
  text: string
  blocks: KeptBlock[]
}

export function documentText(blocks: readonly ContentBlock[]): DocumentText {
  const { text, placed } = composeText(blocks)
  const kept: KeptBlock[] = []
  for (const block of placed) {
    if (block.start === null || block.end === null) continue
    kept.push({ ...block, start: block.start, end: block.end, paragraph: kept.length + 1 })
  }
  return { text, blocks: kept }
}

/**
 * The index (into `blocks`) of the kept block holding `offset`. An offset on the blank line
 * between two blocks belongs to the next block; -1 when the offset is past the text.
 */
export function blockIndexAt(blocks: readonly KeptBlock[], offset: number): number {
  let low = 0
  let high = blocks.length - 1
  let found = -1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (blocks[mid]!.end > offset) {
      found = mid
      high = mid - 1
    } else low = mid + 1
  }
  return found
}

/** "p. 3" when the block carries a page (paged originals), else "¶ 4". */
export const citationOf = (block: Pick<KeptBlock, 'page' | 'paragraph'>): string =>
  block.page !== null ? `p. ${block.page}` : `¶ ${block.paragraph}`

/** Where a span starts, as a citation; null when it does not fall in the text. */
export function citationAt(text: DocumentText, start: number): string | null {
  const index = blockIndexAt(text.blocks, start)
  return index < 0 ? null : citationOf(text.blocks[index]!)
}
