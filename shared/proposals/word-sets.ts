/** Lower-case words of a phrase, without accents (Erdoğan → erdogan), possessives or punctuation. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/\.$/, ''))
}

export const STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'its', 'his', 'her', 'their', 'mr', 'mrs', 'ms', 'dr'])

/** A crude singular: enough to let "talks" meet "talk" and "zones" meet "zone". */
export const singular = (word: string): string => (word.length > 4 && word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word)

/**
 * Country names by the adjectives and short forms the press uses, so "Turkish President" and
 * "the U.S. envoy" lead to the parties named Turkey and United States.
 */
export const COUNTRY_OF: Record<string, string> = {
  american: 'united states', us: 'united states', 'u.s': 'united states', usa: 'united states', america: 'united states', washington: 'united states',
  russian: 'russia', moscow: 'russia', kremlin: 'russia', turkish: 'turkey', ankara: 'turkey', turkiye: 'turkey', iranian: 'iran', tehran: 'iran', syrian: 'syria', damascus: 'syria',
  iraqi: 'iraq', israeli: 'israel', saudi: 'saudi arabia', qatari: 'qatar', emirati: 'united arab emirates', uae: 'united arab emirates', egyptian: 'egypt', jordanian: 'jordan',
  lebanese: 'lebanon', kurdish: 'kurds', kurd: 'kurds', british: 'united kingdom', uk: 'united kingdom', 'u.k': 'united kingdom', britain: 'united kingdom', london: 'united kingdom', french: 'france', paris: 'france',
  german: 'germany', berlin: 'germany', chinese: 'china', beijing: 'china', japanese: 'japan', indian: 'india', pakistani: 'pakistan', afghan: 'afghanistan', ukrainian: 'ukraine', kyiv: 'ukraine',
  kazakh: 'kazakhstan', astana: 'kazakhstan', italian: 'italy', spanish: 'spain', dutch: 'netherlands', polish: 'poland', canadian: 'canada', mexican: 'mexico', cuban: 'cuba',
  venezuelan: 'venezuela', brazilian: 'brazil', korean: 'korea', 'north korean': 'north korea', libyan: 'libya', yemeni: 'yemen', palestinian: 'palestine', sudanese: 'sudan', ethiopian: 'ethiopia',
  european: 'european union', eu: 'european union', nato: 'nato', un: 'united nations', 'u.n': 'united nations', 'united nations': 'united nations', democratic: 'democrats', republican: 'republicans', gop: 'republicans',
}
