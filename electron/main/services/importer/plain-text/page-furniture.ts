/**
 * Lines that only a whole web page carries around its article: menus, footer links, share
 * buttons, comment-section labels. They are judged as lines of plain text (a pasted page puts
 * each on its own line), never as blocks of other formats, where a lone "Home" may be a heading.
 */

const words = (text: string) => text.split(/\s+/).filter(Boolean).length

const NAVIGATION = /^(?:\d+\s*min(?:ute)?s?\s+read|open in app|get (?:the )?app|get started|follow|following|sign in\s*\/\s*sign up|log ?in\s*\/\s*(?:sign up|register)|next (?:story|article|post)|previous (?:story|article|post)|skip to (?:the )?(?:main )?(?:content|navigation|search|footer)|(?:main |site |open |close )?menu|toggle (?:navigation|menu)|open navigation|close|search(?: [\w ]+)?|home(?: ?page)?|back to (?:top|home)|go to top|sign in|log ?in|login|log out|sign out|sign up|register|my account|account|profile|sections|navigation|subscribe|donate|contribute|make a contribution|support us|(?:switch to|choose|select) (?:the )?[\w ]+ edition|[\w]+ edition|edition|more|show more|view all|see all|see more|next|previous|prev|load more|expand|collapse|latest|live|video|videos|podcasts?|photos|pictures|opinion|world|politics|business|sport|sports|culture|lifestyle|tech|technology|science|health|travel|weather|markets|entertainment|news|u\.?s\.?|uk|local|national|international)$/i

const FOOTER = /^(?:privacy(?: policy| notice| settings| center| centre)?|terms(?: of (?:use|service|sale))?|terms (?:and|&) conditions|cookies?(?: policy| settings| preferences)?|contact(?: us)?|about(?: us)?|about this (?:site|content)|advertise(?: with us)?|careers|work (?:with|for) us|jobs|sitemap|site map|accessibility(?: statement)?|help(?: center| centre)?|faqs?|rss(?: feeds?)?|feedback|corrections|code of (?:conduct|ethics)|editorial (?:guidelines|standards|policy)|masthead|press(?: room)?|newsroom|media kit|do not sell my (?:personal )?info(?:rmation)?|manage (?:cookies|preferences|consent)|your privacy choices|all topics|archives?|subscriptions?|licensing|syndication|reprints(?: (?:&|and) permissions)?|reuse this content|customer (?:service|support)|store|shop|events|partners|our team|staff)$/i

const SHARE = /^(?:share (?:by|via|on|to) [\w ]+|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email|e-mail|mail|print|telegram|messenger|copy link|copy url|link copied|flipboard|tumblr|vk|weibo|wechat|share|shares|\d+\s+shares?)$/i

const COMMENTS = /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^(?:view|show|hide|load|read)(?: all| more)? (?:\d+ )?(?:comments|replies)$|^(?:leave|post|add|write|submit) an? (?:comment|reply)\b|^(?:join|start) the (?:conversation|discussion)\b|^comments? (?:are|is) (?:closed|disabled)\b|^(?:reply|report|like|dislike|flag|permalink|upvote|downvote|recommend)(?:\s*\(?\d+\)?)?$|^sort by\b|^(?:\d+|an?) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago$|^(?:oldest|newest|best|top) (?:first|comments)$/i

const RELATED = /^(?:related(?: (?:stories|articles|news|content|coverage|posts|topics|links|videos|reading))?|more (?:on|about) this (?:story|topic)|more (?:from|in) [\w ]+|more (?:stories|news|like this|to read|to explore)|most (?:read|popular|viewed|shared|commented)|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|read (?:next|more)|what to read next|up next|trending(?: now| stories)?|latest (?:news|stories|headlines)|top stories|editor'?s picks|don'?t miss|explore more|topics|tags|filed under)\s*:?$/i

/** Several footer or menu items on one line, separated by bars, dots or bullets. */
const ITEM_SEPARATOR = /\s*[|•·]\s*|\s{2,}|\t/

/** A row of menu, footer or share links: named after what most of its items are. */
function itemRowReason(text: string): string | null {
  const items = text.split(ITEM_SEPARATOR).map((part) => part.trim()).filter(Boolean)
  if (items.length < 2) return null
  const kinds = items.map((item) => (FOOTER.test(item) ? 'page footer' : SHARE.test(item) ? 'share prompt' : NAVIGATION.test(item) ? 'navigation' : null))
  if (kinds.includes(null)) return null
  const count = (kind: string) => kinds.filter((k) => k === kind).length
  return (['page footer', 'share prompt', 'navigation'] as const).reduce((a, b) => (count(b) > count(a) ? b : a))
}

/** The page-furniture reason for one line, or null. Only short lines can be furniture. */
export function pageFurnitureReason(text: string): string | null {
  const trimmed = text.trim().replace(/[\s:›»>→↓]+$/u, '')
  if (words(trimmed) > 8 && !/[|•·\t]/.test(trimmed)) return null
  if (COMMENTS.test(trimmed)) return 'comments'
  if (RELATED.test(trimmed)) return 'related links'
  if (SHARE.test(trimmed)) return 'share prompt'
  if (FOOTER.test(trimmed)) return 'page footer'
  if (NAVIGATION.test(trimmed)) return 'navigation'
  return itemRowReason(trimmed)
}

/** Labels that open a section after the article: what follows them is not the article. */
export function opensTrailingSection(reason: string | null): boolean {
  return reason === 'comments' || reason === 'related links'
}
