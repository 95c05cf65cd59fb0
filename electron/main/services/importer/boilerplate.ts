import type { Removal } from '../../../../shared/domain/content'

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

interface Rule {
  reason: string
  /** Longer blocks are prose that merely mentions the words, never boilerplate. */
  maxWords: number
  pattern: RegExp
  /** A prompt or label, never a sentence: a long one ending in a full stop is prose. */
  prompt?: boolean
}

// Each rule names what the analyst sees in "Show removed text". These apply to blocks of every
// format; lines of plain text also go through the page-furniture rules (plain-text/).
const rules: Rule[] = [
  { reason: 'transcript artefact', maxWords: 1, pattern: /^[[(]\s*[\])]$/ },
  { reason: 'transcript artefact', maxWords: 6, pattern: /^[[(](?:(?:begin|end) (?:video|audio)(?:\s?tape)?(?: clip)?|commercial break|crosstalk|music|applause|laughter)[\])]$/i },
  { reason: 'disclaimer', maxWords: 80, pattern: /^disclaimer\s*:/i },
  { reason: 'disclaimer', maxWords: 60, pattern: /^\(?(?:this|the) (?:story|article|report|copy) (?:has not been|was not|is not) edited by\b/i },
  { reason: 'paywall', maxWords: 30, pattern: /you(?:(?:'|’)?ve| have) (?:reached|read|used) (?:your|the|all(?: of)? your) (?:limit|maximum|quota|\d+)\b.*\b(?:free )?(?:articles|stories)/i },
  { reason: 'paywall', maxWords: 30, pattern: /\bfree (?:articles?|stories) (?:left|remaining)\b/i },
  { reason: 'paywall', maxWords: 30, pattern: /^(?:this|the rest of this) (?:article|story|content) is (?:for|only (?:available )?(?:to|for)|exclusive to|reserved for) (?:paying )?(?:subscribers|members)/i },
  { reason: 'paywall', maxWords: 14, prompt: true, pattern: /^(?:subscribe|become a (?:subscriber|member)|start your (?:free )?trial|get (?:unlimited|full|digital|instant) access|unlock (?:this|unlimited|full|the full)|continue reading with|choose your (?:plan|subscription)|(?:see|view) (?:all )?(?:plans|subscription options))\b/i },
  { reason: 'paywall', maxWords: 14, pattern: /already (?:a )?(?:subscriber|subscribed|member|have an account)\s*[?,.]?\s*(?:log|sign)\s?in/i },
  { reason: 'paywall', maxWords: 12, pattern: /^(?:log|sign)\s?in to (?:continue|keep) reading/i },
  { reason: 'paywall', maxWords: 15, pattern: /(?:₹|\$|€|£|\brs\.?|\binr|\busd|\beur|\bgbp)\s?\d[\d,.]*\s*(?:\/|per\b|a\b|every\b)\s*(?:month|mo|year|yr|week|annum)\b/i },
  { reason: 'paywall', maxWords: 8, prompt: true, pattern: /^cancel (?:at )?any ?time\b/i },
  { reason: 'copyright', maxWords: 30, pattern: /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))/i },
  { reason: 'copyright', maxWords: 30, pattern: /\ball rights reserved\b/i },
  { reason: 'advertising', maxWords: 8, pattern: /^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below(?: this)? advert(?:isement)?)(?:\s*[-–—:]?\s*(?:scroll|continue reading) (?:down )?(?:to continue|below)?(?: with content)?)?\.?$/i },
  { reason: 'share prompt', maxWords: 10, prompt: true, pattern: /^(?:share(?: this)?(?: article| story| page| post)?(?: (?:on|via|to|with) [\w ]+)?|tweet(?: this)?|email this(?: article| story)?|print this(?: article| story| page)?|follow us(?: on [\w ,]+)?)[:!]?$/i },
  { reason: 'cookie notice', maxWords: 60, pattern: /\bwe use cookies\b|\b(?:this|our) (?:web)?site uses cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b/i },
  { reason: 'newsletter prompt', maxWords: 30, pattern: /\b(?:sign up|subscribe|register) (?:to|for) (?:our|the)\b.*\bnewsletters?\b|^newsletters?\b|^get (?:our|the) [\w ]*newsletter\b/i },
  { reason: 'newsletter prompt', maxWords: 30, pattern: /\b(?:to|in|into) your inbox\b/i },
  { reason: 'related links', maxWords: 25, pattern: /^(?:read more|related(?: stories| articles| coverage| content| news)?|also read|recommended(?: for you)?|more from|see also|read also|watch)\s*:/i },
]

/** The reason a block (or a line) is not the article, judged on its own text; null if it may be. */
export function boilerplateReason(text: string): string | null {
  const trimmed = text.trim()
  const words = wordCount(trimmed)
  const rule = rules.find((r) => words <= r.maxWords && r.pattern.test(trimmed) && !(r.prompt && words > 6 && /[.]["”’]?$/.test(trimmed)))
  return rule?.reason ?? null
}

/** A block that ends a paywall run: real prose, long enough to be part of an article. */
const PROSE_WORDS = 25

/**
 * Decides which blocks are not the article: paywall and subscription blocks, advertising,
 * share/cookie/newsletter prompts, disclaimers, copyright lines and transcript artefacts. Once a
 * paywall starts after the article's prose, the short lines after it (plan names, feature lists)
 * belong to it until prose resumes; a "Subscribe" button above the article starts no such run.
 */
export function classifyBoilerplate(texts: readonly string[]): Array<Removal | null> {
  let inPaywall = false
  let seenProse = false
  return texts.map((text) => {
    const words = wordCount(text)
    const reason = boilerplateReason(text)
    if (reason) {
      inPaywall = seenProse && (reason === 'paywall' || (inPaywall && words < PROSE_WORDS))
      return { reason, by: 'importer' }
    }
    if (inPaywall && words < PROSE_WORDS) return { reason: 'paywall', by: 'importer' }
    inPaywall = false
    if (words >= PROSE_WORDS) seenProse = true
    return null
  })
}
