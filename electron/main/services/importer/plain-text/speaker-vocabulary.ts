/**
 * Words that begin or make up a role in a transcript's speaker header ("RUSSIAN PRESIDENT",
 * "UN SPECIAL ENVOY FOR SYRIA", "OPPOSITION NEGOTIATOR"): titles, offices, their modifiers,
 * bodies and nationality adjectives. General vocabulary, never the names of people.
 */
const ROLE_WORDS = `
president presidents vice prime minister ministers secretary general premier chancellor king queen prince princess
emir sheikh sultan pope ayatollah cardinal bishop imam rabbi patriarch
spokesman spokeswoman spokesperson spokespeople envoy negotiator negotiators ambassador diplomat consul delegate
delegation representative official officials adviser advisor aide counsellor counselor commissioner chairman chairwoman
chair chairperson director head leader leaders chief commander general colonel major captain lieutenant sergeant
admiral marshal officer soldier fighter rebel rebels militant militia activist protester resident residents refugee
witness survivor victim mother father student teacher doctor nurse engineer farmer worker shopkeeper
analyst expert researcher professor scholar fellow economist historian lawyer attorney judge prosecutor
mayor governor senator congressman congresswoman lawmaker legislator deputy mp mep member speaker
correspondent reporter editor producer anchor host presenter journalist columnist author writer
founder ceo executive manager chairman spokesperson coordinator organiser organizer monitor observer
foreign defence defense interior finance justice health energy economy trade security intelligence
opposition government military army navy police ruling state national senior junior former acting special
top chief deputy assistant permanent interim transitional high supreme joint first second
un u.n. eu e.u. nato us u.s. uk u.k. opec who unhcr unicef icrc red crescent cross
ministry office council committee commission party movement front coalition forces council's
kremlin pentagon elysee élysée vatican cabinet parliament parliamentary presidential palace
for of the to and on at in
`
const NATIONALITIES = `
afghan albanian algerian american arab arabian argentine armenian australian austrian azerbaijani bahraini belgian
brazilian british bulgarian canadian chinese colombian croatian cuban cypriot czech danish dutch egyptian emirati
english estonian ethiopian european finnish french georgian german greek hungarian indian indonesian iranian iraqi
irish israeli italian japanese jordanian kazakh kenyan korean kurdish kuwaiti lebanese libyan lithuanian malaysian
mexican moroccan nigerian norwegian omani pakistani palestinian polish portuguese qatari romanian russian saudi
scottish serbian slovak somali spanish sudanese swedish swiss syrian tunisian turkish turkmen ukrainian welsh yemeni
western eastern northern southern international regional local
`

const ROLE_SET = new Set(ROLE_WORDS.split(/\s+/).filter(Boolean))
const NATIONALITY_SET = new Set(NATIONALITIES.split(/\s+/).filter(Boolean))

/** Words that connect the parts of a role and never start one. */
export const CONNECTIVES = new Set(['for', 'of', 'the', 'to', 'and', 'on', 'at', 'in'])

/** Whether a header word starts or belongs to a role. A possessive ("IRAN'S") always does. */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase()
  const bare = lower.replace(/[,.;:]$/, '')
  return [lower, bare].some((w) => ROLE_SET.has(w) || NATIONALITY_SET.has(w)) || /['’]s$/.test(bare) || /^(?:ex|vice|co)-/.test(bare) || isAcronym(word)
}

/** Name particles that stay in lower case: "Staffan de Mistura", "Nasr al-Hariri". */
export const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ibn', 'bin', 'bint', 'abu', 'de', 'del', 'della', 'der', 'di', 'da', 'dos', 'du', 'la', 'le', 'van', 'von', 'den', 'ten', 'ter', 'y', 'e'])

/** Acronyms that stay in capitals in a role: "UN Special Envoy", "US Secretary of State". */
export const isAcronym = (word: string) => /^(?:[A-Z]\.){2,}$/.test(word) || (/^[A-Z]{2,5}$/.test(word) && (!/[AEIOU]/.test(word) || ['UN', 'EU', 'US', 'UK', 'NATO', 'OPEC', 'WHO', 'UNHCR', 'UNICEF', 'ICRC', 'IAEA', 'OSCE', 'AU', 'ASEAN'].includes(word)))
