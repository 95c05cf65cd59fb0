import type { ImportFindings } from '../ipc/contract'
import { countOf } from '../text/plural'

/** "Gulf Observer · by Jane Doe · 2017-11-22 · 12 paragraphs, 3 speech blocks, 4 removed": what an import found. */
export function describeFindings(found: ImportFindings): string {
  const structure = [
    countOf(found.paragraphs, 'paragraph'),
    ...(found.speechBlocks > 0 ? [countOf(found.speechBlocks, 'speech block')] : []),
    `${found.removedBlocks.toLocaleString('en')} removed`,
  ].join(', ')
  return [found.outlet ?? 'no outlet', found.byline ? `by ${found.byline}` : 'no byline', found.publishedAt?.slice(0, 10) ?? 'no date', structure].join(' · ')
}
