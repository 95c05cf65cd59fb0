import type { ParsedDocument } from './parsed-document'

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

function blockText(block: string): string {
  return block
    .split('\n')
    .map((line) =>
      stripInline(
        line
          .replace(/^\s{0,3}#{1,6}\s+/, '')
          .replace(/^\s{0,3}>\s?/, '')
          .replace(/^\s*[-*+]\s+/, '• ')
          .replace(/\s+#+\s*$/, ''),
      ),
    )
    .join('\n')
    .trim()
}

const firstPresent = (fields: Map<string, string>, keys: string[]) => {
  for (const key of keys) {
    const value = fields.get(key)
    if (value) return value
  }
  return null
}

/** Markdown: metadata from front matter, title from it or the first level-1 heading. */
export function parseMarkdown(source: string, fallbackTitle: string): ParsedDocument {
  const { fields, body } = readFrontMatter(source.replace(/\r\n?/g, '\n'))
  const blocks = body.split(/\n\s*\n/).map((block) => block.replace(/^\n+|\s+$/g, '')).filter((block) => block.trim() !== '' && !/^\s*([-*_])(\s*\1){2,}\s*$/.test(block))
  let title = firstPresent(fields, ['title'])
  if (!title) {
    const headingIndex = blocks.findIndex((block) => /^\s{0,3}#\s+\S/.test(block) && !block.includes('\n'))
    if (headingIndex !== -1) title = blockText(blocks.splice(headingIndex, 1)[0]!)
  }
  const date = firstPresent(fields, ['published', 'date'])
  return {
    title: title || fallbackTitle,
    text: blocks.map(blockText).filter(Boolean).join('\n\n'),
    outlet: firstPresent(fields, ['outlet', 'site', 'publisher', 'source']),
    byline: firstPresent(fields, ['byline', 'author', 'authors']),
    publishedAt: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null,
    language: firstPresent(fields, ['language', 'lang']),
    warnings: date && !/^\d{4}-\d{2}-\d{2}/.test(date) ? [`The date “${date}” is not in YYYY-MM-DD form and was left out.`] : [],
  }
}
