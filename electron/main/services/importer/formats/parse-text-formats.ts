import type { FormatParser } from '../parsed-document'
import { decodeText } from '../read-import-file'
import { parseMarkdown } from '../parse-markdown'
import { parsePlainText } from '../parse-plain-text'

function decoded(parse: (source: string, fileName: string) => ReturnType<typeof parsePlainText>): FormatParser {
  return async (bytes, fileName) => {
    const { text, warnings } = decodeText(bytes, fileName)
    const parsed = parse(text, fileName)
    return { ...parsed, warnings: [...warnings, ...parsed.warnings] }
  }
}

export const parseTxt: FormatParser = decoded(parsePlainText)
export const parseMd: FormatParser = decoded(parseMarkdown)
