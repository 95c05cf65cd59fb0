import { Text } from '@mantine/core'
import type { SearchHit } from '../../../../shared/ipc/contract'

/** A result's snippet with its matched words marked; text only, never HTML. */
export function HighlightedSnippet({ snippet }: { snippet: SearchHit['snippet'] }): React.JSX.Element {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [i, range] of snippet.highlights.entries()) {
    if (range.start > at) parts.push(snippet.text.slice(at, range.start))
    parts.push(<mark key={i}>{snippet.text.slice(range.start, range.end)}</mark>)
    at = range.end
  }
  parts.push(snippet.text.slice(at))
  return (
    // Inherits the colour around it (readable on a selected result too), slightly muted.
    <Text size="xs" lineClamp={2} style={{ opacity: 0.8 }}>
      {parts}
    </Text>
  )
}
