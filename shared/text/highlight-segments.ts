/** A run of text covered by the same set of annotations. */
export interface Segment {
  start: number
  end: number
  /** Covering annotations, innermost (shortest span) first. */
  ids: string[]
}

export interface Span {
  id: string
  start: number
  end: number
}

/**
 * Splits [from, to) at every annotation boundary inside it, so overlapping and nested highlights
 * can each be drawn and each stay clickable: every segment knows all the spans covering it.
 */
export function highlightSegments(from: number, to: number, spans: readonly Span[]): Segment[] {
  const inside = spans.filter((s) => s.end > from && s.start < to)
  const cuts = new Set<number>([from, to])
  for (const s of inside) {
    cuts.add(Math.max(from, s.start))
    cuts.add(Math.min(to, s.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    const ids = inside
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((s) => s.id)
    segments.push({ start, end, ids })
  }
  return segments
}
