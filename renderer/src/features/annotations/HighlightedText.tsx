import type { Annotation } from '../../../../shared/domain/annotation'
import { highlightSegments } from '../../../../shared/text/highlight-segments'
import { withAlpha } from './colors'

export interface HighlightedTextProps {
  text: string
  /** Offset of `text` in the document. */
  start: number
  annotations: readonly Annotation[]
  onSelect: (ids: string[]) => void
}

/**
 * A block's text with its highlights drawn in: each run of text covered by the same annotations
 * is one mark, coloured by the innermost, underlined when others overlap it, and clickable.
 */
export function HighlightedText({ text, start, annotations, onSelect }: HighlightedTextProps): React.JSX.Element {
  const placed = annotations.filter((a) => a.anchorStatus !== 'orphaned')
  const byId = new Map(placed.map((a) => [a.id, a]))
  const spans = placed.map((a) => ({ id: a.id, start: a.target.position.start, end: a.target.position.end }))
  const segments = highlightSegments(start, start + text.length, spans)
  return (
    <>
      {segments.map((segment) => {
        const part = text.slice(segment.start - start, segment.end - start)
        if (segment.ids.length === 0) return <span key={segment.start}>{part}</span>
        const innermost = byId.get(segment.ids[0]!)!
        const outer = segment.ids[1] ? byId.get(segment.ids[1]) : undefined
        return (
          <mark
            key={segment.start}
            data-annotation-ids={segment.ids.join(' ')}
            onClick={() => onSelect(segment.ids)}
            style={{
              background: withAlpha(innermost.color, innermost.kind === 'claim' ? 0.22 : 0.35),
              color: 'inherit',
              cursor: 'pointer',
              borderRadius: 2,
              padding: 0,
              borderBottom: innermost.kind === 'claim' ? `2px solid ${innermost.color}` : outer ? `2px solid ${outer.color}` : undefined,
              boxShadow: outer ? `inset 0 -0.35em ${withAlpha(outer.color, 0.35)}` : undefined,
              outline: innermost.anchorStatus === 'needs-review' ? `1px dashed ${innermost.color}` : undefined,
            }}
          >
            {part}
          </mark>
        )
      })}
    </>
  )
}
