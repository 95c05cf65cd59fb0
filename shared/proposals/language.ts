const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'it', 'with', 'as', 'was', 'he', 'said', 'by', 'be', 'at', 'from', 'his', 'are', 'have', 'has', 'an', 'they', 'not', 'this', 'will', 'would', 'who'])

/**
 * Whether claims can be proposed: the document's declared language when it has one, otherwise
 * the share of common English words (about a third of running English text; under 12% in
 * French, German, Arabic or Russian news).
 */
export function readsAsEnglish(text: string, declaredLanguage: string | null): boolean {
  if (declaredLanguage) return /^en\b/i.test(declaredLanguage)
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length < 20) return true
  const common = words.filter((w) => ENGLISH_WORDS.has(w)).length
  return common / words.length >= 0.12
}
