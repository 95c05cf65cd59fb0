import { Group, MultiSelect, Select, Stack, Text } from '@mantine/core'
import type { Issue, Party } from '../../../../shared/domain/registries'
import type { PositionFiltersInput } from '../../../../shared/ipc/contract'
import { useIpcQuery } from '../../ipc/use-ipc-query'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SideBySide } from './SideBySide'
import { Coverage } from './Coverage'
import { Timeline } from './Timeline'
import type { Route } from '../../app/use-hash-route'

export interface IssueViewsProps {
  view: 'side-by-side' | 'coverage' | 'timeline'
  issues: Issue[]
  parties: Party[]
  filters: PositionFiltersInput
  issueId: string | null
  partyIds: string[]
  onChange: (selection: { issueId: string | null; partyIds: string[] }) => void
  navigate: (route: Route) => void
}

/** Side by side (2-4 parties) and coverage (by outlet) for one chosen issue. */
export function IssueViews({ view, issues, parties, filters, issueId, partyIds, onChange, navigate }: IssueViewsProps): React.JSX.Element {
  const chosenIssue = issueId ?? issues[0]?.id ?? null
  const claims = useIpcQuery('getIssueClaims', { issueId: chosenIssue ?? '-', filters }, `${chosenIssue}|${JSON.stringify(filters)}`)
  const chosenParties = (partyIds.length > 0 ? partyIds : parties.slice(0, 2).map((p) => p.id)).map((id) => parties.find((p) => p.id === id)).filter((p): p is Party => Boolean(p))
  if (!chosenIssue) return <Text c="dimmed">No issues yet: claims name them.</Text>
  return (
    <Stack gap="md">
      <Group align="flex-end">
        <Select label="Issue" data={issues.map((i) => ({ value: i.id, label: i.title }))} value={chosenIssue} onChange={(value) => onChange({ issueId: value, partyIds })} allowDeselect={false} w={280} />
        {view === 'timeline' && (
          <Select label="Party" data={parties.map((p) => ({ value: p.id, label: p.name }))} value={chosenParties[0]?.id ?? null} onChange={(value) => onChange({ issueId: chosenIssue, partyIds: value ? [value] : [] })} allowDeselect={false} w={240} />
        )}
        {view === 'side-by-side' && (
          <MultiSelect
            label="Parties (2 to 4)"
            data={parties.map((p) => ({ value: p.id, label: p.name }))}
            value={chosenParties.map((p) => p.id)}
            onChange={(value) => onChange({ issueId: chosenIssue, partyIds: value.slice(0, 4) })}
            maxValues={4}
            w={420}
          />
        )}
      </Group>
      {claims.status === 'error' && !claims.data ? (
        <ErrorState error={claims.error} onRetry={claims.reload} />
      ) : claims.data ? (
        view === 'side-by-side' ? (
          <SideBySide claims={claims.data} parties={chosenParties} />
        ) : view === 'timeline' ? (
          chosenParties[0] ? <Timeline claims={claims.data} party={chosenParties[0]} navigate={navigate} /> : <Text c="dimmed">No parties yet.</Text>
        ) : (
          <Coverage claims={claims.data} parties={parties} />
        )
      ) : (
        <LoadingState label="Gathering the statements…" />
      )}
    </Stack>
  )
}
