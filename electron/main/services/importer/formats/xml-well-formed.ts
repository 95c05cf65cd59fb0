/**
 * Whether an XML text is well-formed as far as its tags go: every element closed in order, no
 * stray closing tag, one root. A linear scan, so a damaged document.xml is refused in
 * milliseconds instead of stalling mammoth's XML parser (found by fuzzing: a 5 KB file took
 * minutes). Comments, CDATA, processing instructions and the doctype are skipped.
 */
export function isWellFormedXml(xml: string): boolean {
  const stack: string[] = []
  let roots = 0
  let at = xml.indexOf('<')
  while (at !== -1) {
    if (xml.startsWith('<!--', at)) at = skipTo(xml, at, '-->')
    else if (xml.startsWith('<![CDATA[', at)) at = skipTo(xml, at, ']]>')
    else if (xml.startsWith('<?', at)) at = skipTo(xml, at, '?>')
    else if (xml.startsWith('<!', at)) at = skipTo(xml, at, '>')
    else {
      const end = tagEnd(xml, at)
      if (end === -1) return false
      const tag = xml.slice(at + 1, end)
      const closing = tag.startsWith('/')
      const name = /^\/?([A-Za-z_][\w:.-]*)/.exec(tag)?.[1]
      if (!name) return false
      if (closing) {
        if (stack.pop() !== name) return false
      } else if (!tag.endsWith('/')) {
        if (stack.length === 0) roots++
        stack.push(name)
      } else if (stack.length === 0) roots++
      at = end + 1
    }
    if (at === -1) return false
    at = xml.indexOf('<', at)
  }
  return stack.length === 0 && roots === 1
}

function skipTo(xml: string, from: number, marker: string): number {
  const found = xml.indexOf(marker, from)
  return found === -1 ? -1 : found + marker.length
}

/** The '>' that ends the tag opened at `from`, outside quoted attribute values; -1 if none. */
function tagEnd(xml: string, from: number): number {
  let quote = ''
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i]!
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return i
    else if (c === '<') return -1
  }
  return -1
}
