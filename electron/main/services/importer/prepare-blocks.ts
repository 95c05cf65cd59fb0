import type { ContentBlock } from '../../../../shared/domain/content'
import { normaliseText } from '../../../../shared/text/normalise'
import { classifyBoilerplate } from './boilerplate'
import type { ParsedBlock } from './parsed-document'

/**
 * Parser blocks to stored blocks: each text normalised (and never holding a blank line, which
 * separates blocks), empty ones dropped, boilerplate marked as removed rather than deleted.
 */
export function prepareBlocks(parsed: readonly ParsedBlock[]): ContentBlock[] {
  const blocks = parsed
    .map((block) => ({ ...block, text: normaliseText(block.text).replace(/\n{2,}/g, '\n') }))
    .filter((block) => block.text !== '')
  const removals = classifyBoilerplate(blocks.map((block) => block.text))
  return blocks.map((block, i) => ({ kind: block.kind, text: block.text, page: block.page, removed: block.removed ?? removals[i] ?? null, ...(block.speaker ? { speaker: block.speaker } : {}) }))
}
