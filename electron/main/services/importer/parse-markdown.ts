import type { ParsedBlock, ParsedDocument } from './parsed-document'

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/

function readFrontMatter(source: string): { fields: Map<string, string>; body: string } {
  const match = FRONT_MATTER.exec(source)
  const fields = new Map<string, string>()
  if (!match) return { fields, body: source }
  for (const line of match[1]!.split('\n')) {
    const field = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line)
    if (field) fields.set(field[1]!.toLowerCase(), field[2]!.trim().replace(/^(["'])(.*)\1$/, '$2'))
  }
  return { fields, body: source.slice(match[0].length) }
}

/** Inline Markdown to its reading text. Images are dropped: nothing remote is ever fetched. */
function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
}

/** One Markdown block (lines between blank lines) to one or more typed blocks. */
function toBlocks(source: string): ParsedBlock[] {
  const lines = source.split('\n')
  if (/^\s{0,3}#{1,6}\s+/.test(lines[0]!) && lines.length === 1) {
    return [{ kind: 'heading', text: stripInline(lines[0]!.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '')), page: null }]
  }
  if (lines.every((line) => /^\s{0,3}>/.test(line))) {
    return [{ kind: 'quote', text: stripInline(lines.map((line) => line.replace(/^\s{0,3}>\s?/, '')).join('\n')), page: null }]
  }
  if (lines.every((line) => /^\s*(?:[-*+]|\d+[.)])\s+|^\s{2,}\S/.test(line))) {
    // A list: one block per item; indented continuation lines belong to the item above.
    const items: string[] = []
    for (const line of lines) {
      if (/^\s*(?:[-*+]|\d+[.)])\s+/.test(line)) items.push(line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''))
      else items[items.length - 1] += ' ' + line.trim()
    }
    return items.map((item) => ({ kind: 'list-item', text: stripInline(item), page: null }))
  }
  return [{ kind: 'paragraph', text: stripInline(lines.join('\n')), page: null }]
}

const firstPresent = (fields: Map<string, string>, keys: string[]) => {
  for (const key of keys) {
    const value = fields.get(key)
    if (value) return value
  }
  return null
}

/** Markdown: metadata from front matter, title from it or the first level-1 heading. */
export function parseMarkdown(source: string): ParsedDocument {
  const { fields, body } = readFrontMatter(source.replace(/\r\n?/g, '\n'))
  const rawBlocks = body
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^\n+|\s+$/g, ''))
    .filter((block) => block.trim() !== '' && !/^\s*([-*_])(\s*\1){2,}\s*$/.test(block))
  let title = firstPresent(fields, ['title'])
  if (!title) {
    const headingIndex = rawBlocks.findIndex((block) => /^\s{0,3}#\s+\S/.test(block) && !block.includes('\n'))
    if (headingIndex !== -1) title = toBlocks(rawBlocks.splice(headingIndex, 1)[0]!)[0]!.text
  }
  const date = firstPresent(fields, ['published', 'date'])
  const dateValid = date !== null && /^\d{4}-\d{2}-\d{2}/.test(date)
  return {
    title,
    blocks: rawBlocks.flatMap(toBlocks).filter((block) => block.text.trim() !== ''),
    outlet: firstPresent(fields, ['outlet', 'site', 'publisher', 'source']),
    byline: firstPresent(fields, ['byline', 'author', 'authors']),
    publishedAt: dateValid ? date.slice(0, 10) : null,
    language: firstPresent(fields, ['language', 'lang']),
    warnings: date && !dateValid ? [`The date “${date}” is not in YYYY-MM-DD form and was left out.`] : [],
  }
}
