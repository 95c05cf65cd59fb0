/** A command the palette offers beside search results: a page to go to, an import, a theme … */
export interface PaletteCommand {
  id: string
  label: string
  /** What it does, in a few words, shown under the label. */
  description: string
  /** Other words it answers to ("dark", "night" for the dark theme). */
  keywords: string[]
  run: () => void
}

const wordsOf = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

/**
 * The commands whose label or keywords hold a word starting with each query word: "pos" finds
 * "Go to Positions", "import fold" "Import a folder…". Predictable on purpose: a search term such
 * as "Sochi" must not pull in a command by a loose resemblance.
 */
export function matchCommands(commands: readonly PaletteCommand[], query: string): PaletteCommand[] {
  const wanted = wordsOf(query)
  if (wanted.length === 0) return []
  return commands.filter((command) => {
    const words = wordsOf([command.label, ...command.keywords].join(' '))
    return wanted.every((w) => words.some((word) => word.startsWith(w)))
  })
}
