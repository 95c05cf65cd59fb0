import fc from 'fast-check'

/**
 * Random HTML for the importer fuzz: real and made-up tags, unclosed and stray end tags, odd
 * attributes, entities, comments, CDATA and deep nesting, the things Readability, linkedom and
 * the sanitizer must all survive.
 */

const TAGS = ['html', 'head', 'body', 'title', 'meta', 'base', 'article', 'main', 'section', 'div', 'p', 'span', 'a', 'b', 'i', 'h1', 'h2', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'blockquote', 'br', 'img', 'script', 'style', 'template', 'noscript', 'iframe', 'svg', 'math', 'form', 'select', 'option', 'textarea', 'plaintext', 'xmp', 'frameset', 'x-y', 'p:q']
const ATTRIBUTES = ['class', 'id', 'href', 'src', 'style', 'lang', 'charset', 'content', 'property', 'name', 'onload', 'onerror', 'srcdoc', 'itemprop', 'datetime', 'xmlns', '"', "'", '=', '/']
const TEXT = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('&amp;', '&lt;', '&#x0;', '&#xD800;', '&#99999999;', '&nbsp;', '&unknown;', '<!--', '-->', '<![CDATA[x]]>', '<!DOCTYPE html>', '<?xml version="1.0"?>', '\u0000', '\ufeff', 'Lavrov said on Tuesday.'),
)

const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.oneof(TEXT, fc.constantFrom('javascript:alert(1)', 'text/html; charset=utf-16', 'application/ld+json', '{"@type":"NewsArticle"', 'og:title', '2017-13-45')))
  .map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`)

const element: fc.Memo<string> = fc.memo((depth) => {
  const children = depth <= 1 ? fc.array(TEXT, { maxLength: 3 }) : fc.array(fc.oneof(TEXT, element(depth - 1)), { maxLength: 4 })
  return fc
    .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), children, fc.constantFrom('close', 'open', 'stray', 'self'))
    .map(([tag, attributes, inner, ending]) => {
      const open = `<${tag}${attributes.map((a) => ` ${a}`).join('')}${ending === 'self' ? '/' : ''}>`
      const close = ending === 'close' ? `</${tag}>` : ending === 'stray' ? `</${TAGS[(tag.length * 7) % TAGS.length]}>` : ''
      return `${open}${inner.join('')}${close}`
    })
})

/** A deep run of one tag, open only or closed, as saved pages sometimes are. */
const deepNesting = fc.tuple(fc.constantFrom('div', 'p', 'b', 'table', 'li', 'svg'), fc.integer({ min: 100, max: 5000 }), fc.boolean()).map(([tag, depth, closed]) => `<${tag}>`.repeat(depth) + 'deep' + (closed ? `</${tag}>`.repeat(depth) : ''))

export const tagSoup: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: fc.array(element(4), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')) }, { weight: 1, arbitrary: deepNesting })
