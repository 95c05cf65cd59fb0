import { Paper, Text } from '@mantine/core'
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { EvidenceItem } from '../../../../shared/ipc/contract'
import type { Party } from '../../../../shared/domain/registries'
import type { Route } from '../../app/use-hash-route'
import { countOf } from '../../../../shared/text/plural'
import { dayTicks, stanceScale, timelinePoints, UNCLEAR_Y, type TimelinePoint } from './timeline-points'

const stanceNames: Record<string, string> = { opposes: 'Opposes', wary: 'Wary', unclear: 'Unclear', neutral: 'Neutral', conditional: 'Conditional', supports: 'Supports' }

type Point = TimelinePoint

// Points of one day are spread over hours; the label is the day they belong to.
const day = (time: number) => new Date(Math.round(time / 86_400_000) * 86_400_000).toISOString().slice(0, 10)

function PointDetails({ active, payload }: { active?: boolean; payload?: Array<{ payload: Point }> }): React.JSX.Element | null {
  const point = payload?.[0]?.payload
  if (!active || !point) return null
  const { item } = point
  return (
    <Paper withBorder shadow="sm" p="xs" maw={320}>
      <Text size="xs" fw={600}>
        {day(point.x)} · {stanceNames[item.claim.stance]}
      </Text>
      <Text size="xs" fs="italic" lineClamp={3}>
        “{item.claim.target.quote.exact}”
      </Text>
      <Text size="xs" c="dimmed">
        {item.source?.name ?? 'Unknown source'} · {item.document.outlet ?? 'unknown outlet'}
      </Text>
    </Paper>
  )
}

/** A party's stance on an issue over time; each claim is a point to hover and click. */
export function Timeline({ claims, party, navigate }: { claims: EvidenceItem[]; party: Party; navigate: (route: Route) => void }): React.JSX.Element {
  const points = timelinePoints(claims, party.id)
  const undated = claims.filter((item) => item.claim.partyIds.includes(party.id)).length - points.length
  if (points.length === 0) return <Text c="dimmed">No dated statements by {party.name} on this issue.</Text>
  return (
    <div aria-label={`${party.name}'s stance over time`} role="figure" data-testid="timeline">
      <ResponsiveContainer width="100%" height={320}>
        <ScatterChart margin={{ top: 16, right: 24, bottom: 8, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--mantine-color-default-border)" />
          <XAxis dataKey="x" type="number" domain={['dataMin - 86400000', 'dataMax + 86400000']} ticks={dayTicks(points)} tickFormatter={day} stroke="var(--mantine-color-dimmed)" fontSize={12} />
          <YAxis dataKey="y" type="number" domain={[UNCLEAR_Y, stanceScale.length - 1]} ticks={[UNCLEAR_Y, ...stanceScale.map((_, i) => i)]} tickFormatter={(y: number) => (y === UNCLEAR_Y ? 'Unclear' : (stanceNames[stanceScale[y]!] ?? ''))} width={90} stroke="var(--mantine-color-dimmed)" fontSize={12} />
          <Tooltip content={<PointDetails />} />
          <Scatter
            data={points}
            fill={party.color}
            line={{ stroke: party.color, strokeWidth: 1.5 }}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(point: unknown) => {
              const item = (point as { payload?: Point }).payload?.item
              if (item) navigate({ page: 'reader', documentId: item.document.id, annotationId: item.claim.id })
            }}
          />
        </ScatterChart>
      </ResponsiveContainer>
      {undated > 0 && (
        <Text size="xs" c="dimmed">
          {countOf(undated, 'undated statement')} not shown.
        </Text>
      )}
    </div>
  )
}
