/**
 * The shapes plain text arrives in, rendered from a list of paragraphs (the first may be a
 * headline): one paragraph per line, blank-line separated, and hard-wrapped like e-mail and
 * news-database exports (with and without blank lines between paragraphs).
 */

/**
 * Hard-wraps a paragraph at `width` columns the way common wrappers do (Python's textwrap, fmt):
 * at spaces, after the hyphen of a compound word when that fills the line better, and through
 * words longer than a line (text without spaces, such as Chinese, is cut by characters).
 */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u
/** Columns as a terminal counts them: Chinese, Japanese and Korean characters take two. */
const widthOf = (text: string) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0)

export function hardWrap(paragraph: string, width: number): string[] {
  // Each piece with the glue that joins it to the piece before: a space, or nothing after a hyphen.
  const pieces = paragraph
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=\p{L}{2}-)(?=\p{L}{2})/u).map((text, i) => ({ text, glue: i === 0 ? ' ' : '' })))
  const lines: string[] = []
  let line = ''
  for (const { text, glue } of pieces) {
    if (line !== '' && widthOf(line + glue + text) <= width) {
      line += glue + text
      continue
    }
    let rest = [...text]
    // Text without spaces (Chinese, Japanese) breaks between any two characters: fill the line.
    if (line !== '' && WIDE.test(rest[0]!)) {
      line += glue
      while (rest.length && widthOf(line + rest[0]!) <= width) line += rest.shift()!
    }
    if (line !== '') lines.push(line.trimEnd())
    // A word wider than a line is cut by characters.
    while (widthOf(rest.join('')) > width) {
      let take = 0
      let used = 0
      while (take < rest.length && used + widthOf(rest[take]!) <= width) used += widthOf(rest[take++]!)
      lines.push(rest.slice(0, take).join(''))
      rest = rest.slice(take)
    }
    line = rest.join('')
  }
  if (line !== '') lines.push(line)
  return lines
}

export type ShapeName = 'one-per-line' | 'blank-lines' | 'wrapped-72' | 'wrapped-72-no-blank'

export const SHAPES: ShapeName[] = ['one-per-line', 'blank-lines', 'wrapped-72', 'wrapped-72-no-blank']

export function renderShape(paragraphs: readonly string[], shape: ShapeName): string {
  switch (shape) {
    case 'one-per-line':
      return paragraphs.join('\n') + '\n'
    case 'blank-lines':
      return paragraphs.join('\n\n') + '\n'
    case 'wrapped-72':
      return paragraphs.map((p) => hardWrap(p, 72).join('\n')).join('\n\n') + '\n'
    case 'wrapped-72-no-blank':
      return paragraphs.map((p) => hardWrap(p, 72).join('\n')).join('\n') + '\n'
  }
}
