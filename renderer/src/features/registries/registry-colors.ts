/** Colours offered for parties and tags: distinct, and readable as badges in light and dark schemes. */
export const registrySwatches = ['#c92a2a', '#1971c2', '#2f9e44', '#e8590c', '#6741d9', '#0c8599', '#a61e4d', '#5c940d', '#f08c00', '#495057']

export const isHexColor = (value: string): boolean => /^#[0-9a-fA-F]{6}$/.test(value)

/** The first swatch nobody uses yet, so a new entry stands out from the others. */
export function suggestColor(usedColors: readonly string[]): string {
  const used = new Set(usedColors.map((color) => color.toLowerCase()))
  return registrySwatches.find((color) => !used.has(color)) ?? registrySwatches[usedColors.length % registrySwatches.length]!
}
