import { createTheme } from '@mantine/core'

export const parleyTheme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
  headings: { fontFamily: 'Georgia, "Iowan Old Style", "Noto Serif", "DejaVu Serif", serif', fontWeight: '600' },
})

/** The reading face for article text: a serif at a comfortable size and measure. */
export const readingFontFamily = 'Georgia, "Iowan Old Style", "Noto Serif", "DejaVu Serif", serif'
