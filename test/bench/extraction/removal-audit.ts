import type { CorpusPage } from './corpus'
import { scoreBody } from './scores'
import { expectedBody, type Extracted } from './subjects'

/**
 * What the boilerplate marks cost against the reference. expected.html is Readability's own
 * output, which keeps captions, related links, bios and the like; every such block the importer
 * marks as removed lowers recall there even when removing it is right. This tallies, per reason,
 * the reference's tokens that sit in removed blocks, so a person can judge the removals.
 */
export class RemovalAudit {
  private readonly byReason = new Map<string, { tokens: number; pages: Set<string>; examples: string[] }>()
  private referenceTokens = 0

  add(page: CorpusPage, extracted: Extracted): void {
    const expected = expectedBody(page).join('\n')
    const kept = extracted.paragraphs.join('\n')
    const base = scoreBody(kept, expected)
    this.referenceTokens += base.expectedTokens
    for (const reason of new Set(extracted.removed.map((block) => block.reason))) {
      const blocks = extracted.removed.filter((block) => block.reason === reason)
      const gained = scoreBody(`${kept}\n${blocks.map((block) => block.text).join('\n')}`, expected).overlap - base.overlap
      if (gained <= 0) continue
      const entry = this.byReason.get(reason) ?? { tokens: 0, pages: new Set<string>(), examples: [] }
      entry.tokens += gained
      entry.pages.add(page.name)
      if (entry.examples.length < 4) entry.examples.push(`${page.name}: “${blocks[0]!.text.replace(/\s+/g, ' ').slice(0, 70)}”`)
      this.byReason.set(reason, entry)
    }
  }

  print(): void {
    console.log('\n(a) text removed as boilerplate that the reference (Readability\'s output) keeps:')
    for (const [reason, entry] of [...this.byReason].sort((a, b) => b[1].tokens - a[1].tokens)) {
      console.log(`  ${reason.padEnd(18)} ${String(entry.tokens).padStart(5)} tokens (${((entry.tokens / Math.max(1, this.referenceTokens)) * 100).toFixed(2)}% of the reference) on ${entry.pages.size} pages, e.g. ${entry.examples.join('; ')}`)
    }
  }

  figures(): Record<string, number> {
    return Object.fromEntries([...this.byReason].map(([reason, entry]) => [reason, entry.tokens]))
  }
}
