/**
 * The paragraphs of a Word document (word/document.xml) as lines of plain text, one line per
 * paragraph and per line break, in document order; table cells give one line each. This is all
 * an export's structure needs, and it is read straight from the XML: mammoth's HTML would cost a
 * second pass over a large file for nothing.
 */

/** Content Word keeps twice (a drawing's fallback picture) or that is not text (field codes, deleted runs). */
const SKIPPED = new Set(['mc:Fallback', 'w:delText', 'w:instrText', 'w:delInstrText'])

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    return ENTITIES[name] ?? whole
  })
}

export function docxLines(documentXml: string): string[] {
  const lines: string[] = []
  let line = ''
  let inText = false
  let skipping = 0
  const flush = () => {
    lines.push(line)
    line = ''
  }
  const token = /<(\/?)([\w.-]+:[\w.-]+|[\w.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g
  let match: RegExpExecArray | null
  while ((match = token.exec(documentXml)) !== null) {
    const [, closing, name, , selfClosing, text] = match
    if (text !== undefined) {
      if (inText && skipping === 0) line += decodeEntities(text)
      continue
    }
    if (SKIPPED.has(name!)) {
      if (!selfClosing) skipping += closing ? -1 : 1
      skipping = Math.max(0, skipping)
      continue
    }
    if (skipping > 0) continue
    if (name === 'w:t') inText = !closing && !selfClosing
    else if (name === 'w:p' && (closing || selfClosing || line !== '')) flush()
    else if ((name === 'w:br' || name === 'w:cr') && !closing) flush()
    else if (name === 'w:tab' && !closing) line += ' '
    else if (name === 'w:noBreakHyphen') line += '-'
  }
  if (line !== '') flush()
  return lines
}
