import sanitizeHtml from 'sanitize-html'

/*
 * The article is reduced to a short list of text tags: no attributes except http/https/mailto link
 * targets and the importer's own boilerplate mark, and only the text of the result is kept.
 */

const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'blockquote', 'br', 'em', 'strong', 'i', 'b', 'a',
  'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'pre', 'code', 'span', 'div', 'section', 'article',
]

/**
 * Disallowed tags are normally dropped with their text kept (a <font> or <mark> still reads).
 * These go with everything inside them: active content, embedded resources, form controls and
 * markup whose text is not reading text (a <template>, an <svg> label, a <noscript> nag).
 */
const REMOVED_WITH_CONTENT = [
  'script', 'style', 'textarea', 'option', 'noscript', 'template',
  'iframe', 'frame', 'frameset', 'noframes', 'object', 'embed', 'applet', 'param',
  'form', 'input', 'button', 'select', 'datalist', 'meta', 'base', 'link', 'head', 'title',
  'svg', 'math', 'img', 'picture', 'video', 'audio', 'source', 'track', 'canvas', 'map', 'area',
  'noembed', 'xmp', 'plaintext', 'portal',
]

/**
 * Block-level tags outside the allowlist become a neutral block rather than vanishing, so their
 * text does not run into the next block ("Background" + "The round..." -> "BackgroundThe round...").
 */
const BLOCK_TO_DIV = ['main', 'header', 'footer', 'nav', 'aside', 'details', 'dl', 'center', 'hgroup', 'address', 'fieldset', 'dialog', 'menu', 'hr']
const BLOCK_TO_P = ['summary', 'dt', 'dd', 'caption', 'legend']
const transformTags: Record<string, string> = {}
for (const tag of BLOCK_TO_DIV) transformTags[tag] = 'div'
for (const tag of BLOCK_TO_P) transformTags[tag] = 'p'

/** The attribute marking article boilerplate (a caption, a related list) on its element; its value is the reason. */
export const REMOVED_MARK = 'data-parley-removed'
/** The reasons a mark may carry: anything else is dropped by the sanitizer. */
export const MARK_REASONS = ['caption', 'related links', 'newsletter prompt', 'share prompt', 'author bio', 'comments', 'advertising'] as const
export type MarkReason = (typeof MARK_REASONS)[number]

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  transformTags,
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: Object.fromEntries(ALLOWED_TAGS.map((tag) => [tag, [...(tag === 'a' ? ['href'] : []), { name: REMOVED_MARK, multiple: false, values: [...MARK_REASONS] }]])),
  allowedClasses: {},
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: REMOVED_WITH_CONTENT,
  parseStyleAttributes: false,
  allowVulnerableTags: false,
  // Deeper tags are dropped (their text kept), which bounds the recursion in the block walker.
  nestingLimit: 200,
}

/** Reduces untrusted article HTML to a strict allowlist of text tags. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS)
}
