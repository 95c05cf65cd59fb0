/**
 * The reader's "new claim from this selection", for the command palette. Opening the palette moves
 * focus and so clears the page's selection: the command is taken when the palette opens, while
 * the selection still exists (see Workbench's openPalette).
 */
let live: (() => void) | null = null

/** The reader sets this while text is selected, and clears it when the selection goes. */
export function offerNewClaim(start: (() => void) | null): void {
  live = start
}

export function currentNewClaim(): (() => void) | null {
  return live
}
