import { Paper, Text } from '@mantine/core'
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { EvidenceItem } from '../../../../shared/ipc/contract'
import type { Party } from '../../../../shared/domain/registries'
import type { Route } from '../../app/use-hash-route'
import { countOf } from '../../../../shared/text/plural'

/** Stances from hostile to favourable, so the line reads as movement. */
const stanceOrder = ['opposes', 'wary', 'unclear', 'neutral', 'conditional', 'supports'] as const
const stanceNames: Record<string, string> = { opposes: 'Opposes', wary: 'Wary', unclear: 'Unclear', neutral: 'Neutral', conditional: 'Conditional', supports: 'Supports' }

interface Point {
  x: number
  y: number
  item: EvidenceItem
}

const day = (time: number) => new Date(time).toISOString().slice(0, 10)

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
  const points: Point[] = claims
    .filter((item) => item.claim.partyIds.includes(party.id))
    .flatMap((item) => {
      const date = item.claim.statementDate ?? item.document.publishedAt?.slice(0, 10)
      return date ? [{ x: Date.parse(`${date}T00:00:00Z`), y: stanceOrder.indexOf(item.claim.stance), item }] : []
    })
    .sort((a, b) => a.x - b.x)
  const undated = claims.filter((item) => item.claim.partyIds.includes(party.id)).length - points.length
  if (points.length === 0) return <Text c="dimmed">No dated statements by {party.name} on this issue.</Text>
  return (
    <div aria-label={`${party.name}'s stance over time`} role="figure" data-testid="timeline">
      <ResponsiveContainer width="100%" height={320}>
        <ScatterChart margin={{ top: 16, right: 24, bottom: 8, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--mantine-color-default-border)" />
          <XAxis dataKey="x" type="number" domain={['dataMin - 86400000', 'dataMax + 86400000']} tickFormatter={day} stroke="var(--mantine-color-dimmed)" fontSize={12} />
          <YAxis dataKey="y" type="number" domain={[0, stanceOrder.length - 1]} ticks={stanceOrder.map((_, i) => i)} tickFormatter={(i: number) => stanceNames[stanceOrder[i]!] ?? ''} width={90} stroke="var(--mantine-color-dimmed)" fontSize={12} />
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
