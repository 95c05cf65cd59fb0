/**
 * User text in the Markdown report must stay text: a quote like "# Breaking" or "<script>" or
 * "[click](javascript:…)" must not become a heading, raw HTML or a link. Markdown renderers
 * pass raw HTML through, so < > & become entities, and every character that could open inline
 * syntax is backslash-escaped; line starts are escaped against block syntax (lists, headings,
 * quotes, setext underlines, tables, code fences).
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** Backslash before everything that opens inline syntax ($ is math on GitHub). */
const INLINE_PUNCTUATION = /[\\`*_[\]|~#!$^]/g

/** Text for inside a line: no inline syntax, no raw HTML, line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[&<>]/g, (c) => ENTITIES[c]!)
    .replace(INLINE_PUNCTUATION, (c) => `\\${c}`)
}

/**
 * One escaped line that cannot start a block: leading spaces (indented code) are dropped and a
 * leading list marker, ordered-list number, setext underline or thematic break is escaped.
 */
export function escapeMarkdownLine(line: string): string {
  const escaped = escapeMarkdownInline(line.trimStart())
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
}

/**
 * Lines of one paragraph, each escaped, joined by hard line breaks (backslash-newline) and
 * prefixed with `indent` after the first (for list items, quotes and footnotes).
 */
export function markdownLines(lines: readonly string[], indent = '', firstIndent = indent): string {
  return lines.map((line, i) => `${i === 0 ? firstIndent : indent}${escapeMarkdownLine(line)}`).join('\\\n')
}

/** A table cell: inline-escaped (| included) with line breaks as <br>, the one tag we add. */
export function markdownCell(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => escapeMarkdownInline(line.trim()))
    .join('<br>')
}

/** Strong emphasis that renders: delimiters hug the text, its outer spaces stay outside. */
export function markdownStrong(escaped: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(escaped)!
  return match[2] ? `${match[1]}**${match[2]}**${match[3]}` : escaped
}

/** The anchor GitHub gives a heading: lower case, punctuation and symbols dropped, spaces as '-'. */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-')
}

/** Heading anchors in document order, numbered -1, -2 … on repeats as GitHub does. */
export class Slugger {
  private readonly seen = new Map<string, number>()
  slug(text: string): string {
    const base = githubSlug(text)
    let slug = base
    let n = this.seen.get(base) ?? 0
    while (this.seen.has(slug)) slug = `${base}-${++n}`
    this.seen.set(base, n)
    this.seen.set(slug, 0)
    return slug
  }
}
