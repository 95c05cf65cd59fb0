import type { Removal } from '../../../../shared/domain/content'

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

interface Rule {
  reason: string
  /** Longer blocks are prose that merely mentions the words, never boilerplate. */
  maxWords: number
  pattern: RegExp
}

// Each rule names what the analyst sees in "Show removed text".
const rules: Rule[] = [
  { reason: 'transcript artefact', maxWords: 1, pattern: /^[[(]\s*[\])]$/ },
  { reason: 'disclaimer', maxWords: 80, pattern: /^disclaimer\s*:/i },
  { reason: 'paywall', maxWords: 30, pattern: /you(?:'|’)?ve (?:reached|read|used) (?:your|the|all(?: of)? your) (?:limit|maximum|quota|\d+)\b.*\b(?:free )?(?:articles|stories)/i },
  { reason: 'paywall', maxWords: 30, pattern: /\bfree (?:articles?|stories) (?:left|remaining)\b/i },
  { reason: 'paywall', maxWords: 12, pattern: /^(?:subscribe|become a (?:subscriber|member)|start your (?:free )?trial)\b/i },
  { reason: 'paywall', maxWords: 12, pattern: /already (?:a )?(?:subscriber|subscribed|member)\s*\??\s*(?:log|sign)\s?in/i },
  { reason: 'paywall', maxWords: 12, pattern: /^(?:log|sign)\s?in to (?:continue|keep) reading/i },
  { reason: 'paywall', maxWords: 15, pattern: /(?:₹|\$|€|£|\brs\.?|\binr|\busd)\s?\d[\d,.]*\s*(?:\/|per\b|a\b)\s*(?:month|mo|year|yr|week)\b/i },
  { reason: 'advertising', maxWords: 6, pattern: /^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below(?: this)? advert(?:isement)?)\.?$/i },
  { reason: 'share prompt', maxWords: 10, pattern: /^(?:share(?: this)?(?: article| story| on)?|tweet(?: this)?|email this|print this|follow us on)\b/i },
  { reason: 'cookie notice', maxWords: 60, pattern: /\bwe use cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b/i },
  { reason: 'newsletter prompt', maxWords: 30, pattern: /\b(?:sign up|subscribe) (?:to|for) (?:our|the)\b.*\bnewsletters?\b|^newsletters?\b/i },
  { reason: 'related links', maxWords: 25, pattern: /^(?:read more|related(?: stories| articles| coverage)?|also read|recommended(?: for you)?|more from)\s*:/i },
]

/** A block that ends a paywall run: real prose, long enough to be part of an article. */
const PROSE_WORDS = 25

/**
 * Decides which blocks are not the article: paywall and subscription blocks, advertising,
 * share/cookie/newsletter prompts, disclaimers and transcript artefacts. Once a paywall starts,
 * the short lines after it (plan names, feature lists) belong to it until prose resumes.
 */
export function classifyBoilerplate(texts: readonly string[]): Array<Removal | null> {
  let inPaywall = false
  return texts.map((text) => {
    const trimmed = text.trim()
    const words = wordCount(trimmed)
    const rule = rules.find((r) => words <= r.maxWords && r.pattern.test(trimmed))
    if (rule) {
      inPaywall = rule.reason === 'paywall' || (inPaywall && words < PROSE_WORDS)
      return { reason: rule.reason, by: 'importer' }
    }
    if (inPaywall && words < PROSE_WORDS) return { reason: 'paywall', by: 'importer' }
    inPaywall = false
    return null
  })
}
