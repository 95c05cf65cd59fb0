import type { Annotation } from '../../../../shared/domain/annotation'
import { highlightSegments } from '../../../../shared/text/highlight-segments'
import { withAlpha } from './colors'
import classes from './proposal-marks.module.css'

export interface HighlightedTextProps {
  text: string
  /** Offset of `text` in the document. */
  start: number
  annotations: readonly Annotation[]
  onSelect: (ids: string[]) => void
  /** Search matches to mark (document offsets), and which one is current. */
  findRanges?: ReadonlyArray<{ start: number; end: number }>
  currentFind?: number
  /** Claims Parley proposes here (document offsets), drawn as a quiet underline with the speaker (none when null). */
  proposals?: readonly ProposalMark[]
  onSelectProposal?: (key: string) => void
  selectedProposal?: string | null
}

export interface ProposalMark {
  key: string
  start: number
  end: number
  speaker: string | null
}

/**
 * A block's text with its highlights drawn in: each run of text covered by the same annotations
 * is one mark, coloured by the innermost, underlined when others overlap it, and clickable.
 */
export function HighlightedText({ text, start, annotations, onSelect, findRanges = [], currentFind = -1, proposals = [], onSelectProposal, selectedProposal = null }: HighlightedTextProps): React.JSX.Element {
  const placed = annotations.filter((a) => a.anchorStatus !== 'orphaned')
  const byId = new Map(placed.map((a) => [a.id, a]))
  const spans = [
    ...placed.map((a) => ({ id: a.id, start: a.target.position.start, end: a.target.position.end })),
    ...findRanges.map((r, i) => ({ id: `find:${i}`, start: r.start, end: r.end })),
    ...proposals.map((p) => ({ id: `proposal:${p.key}`, start: p.start, end: p.end })),
  ]
  const proposalByKey = new Map(proposals.map((p) => [p.key, p]))
  const segments = highlightSegments(start, start + text.length, spans)
  return (
    <>
      {segments.map((segment) => {
        const part = text.slice(segment.start - start, segment.end - start)
        const finds = segment.ids.filter((id) => id.startsWith('find:')).map((id) => Number(id.slice(5)))
        const proposalKeys = segment.ids.filter((id) => id.startsWith('proposal:')).map((id) => id.slice(9))
        const ids = segment.ids.filter((id) => !id.startsWith('find:') && !id.startsWith('proposal:'))
        const findStyle = finds.length > 0 ? { outline: `2px solid ${finds.includes(currentFind) ? '#e8590c' : '#fab005'}`, outlineOffset: 1 } : {}
        if (ids.length === 0 && proposalKeys.length > 0 && finds.length === 0) {
          // The speaker's name is drawn by CSS from data-speaker where the statement starts: it is
          // not text, so selections and anchors never include it.
          const opening = proposalKeys.map((key) => proposalByKey.get(key)!).find((p) => p.start === segment.start)
          const key = proposalKeys[0]!
          return (
            <span
              key={segment.start}
              className={classes.proposal}
              data-proposal-keys={proposalKeys.join(' ')}
              data-selected={proposalKeys.includes(selectedProposal ?? '') || undefined}
              data-speaker={opening?.speaker ?? undefined}
              role="button"
              tabIndex={-1}
              title={`Proposed claim${proposalByKey.get(key)?.speaker ? ` by ${proposalByKey.get(key)!.speaker}` : ''}: click to review`}
              onClick={() => onSelectProposal?.(key)}
            >
              {part}
            </span>
          )
        }
        if (ids.length === 0) {
          if (finds.length === 0) return <span key={segment.start}>{part}</span>
          return (
            <mark key={segment.start} data-find={finds[0]} data-current-find={finds.includes(currentFind) || undefined} style={{ background: withAlpha('#fab005', finds.includes(currentFind) ? 0.55 : 0.3), color: 'inherit', padding: 0, ...findStyle }}>
              {part}
            </mark>
          )
        }
        const innermost = byId.get(ids[0]!)!
        const outer = ids[1] ? byId.get(ids[1]) : undefined
        return (
          <mark
            key={segment.start}
            data-annotation-ids={ids.join(' ')}
            data-find={finds[0]}
            onClick={() => onSelect(ids)}
            style={{
              ...findStyle,
              background: withAlpha(innermost.color, innermost.kind === 'claim' ? 0.22 : 0.35),
              color: 'inherit',
              cursor: 'pointer',
              borderRadius: 2,
              padding: 0,
              borderBottom: innermost.kind === 'claim' ? `2px solid ${innermost.color}` : outer ? `2px solid ${outer.color}` : undefined,
              boxShadow: outer ? `inset 0 -0.35em ${withAlpha(outer.color, 0.35)}` : undefined,
              outline: innermost.anchorStatus === 'needs-review' ? `1px dashed ${innermost.color}` : (findStyle as { outline?: string }).outline,
            }}
          >
            {part}
          </mark>
        )
      })}
    </>
  )
}
