/** Highlight colours the analyst picks from; readable under dark and light text alike at low alpha. */
export const highlightColors = ['#fab005', '#40c057', '#228be6', '#fa5252', '#be4bdb', '#fd7e14'] as const
export const DEFAULT_HIGHLIGHT = highlightColors[0]
export const DEFAULT_CLAIM_COLOR = '#228be6'

export function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`
}

/** Party colours for parties created from the claim form, in turn. */
export const partyPalette = ['#c92a2a', '#1971c2', '#2f9e44', '#e8590c', '#6741d9', '#0c8599', '#a61e4d', '#5c940d']
