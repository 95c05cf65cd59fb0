import { useState } from 'react'
import { Stack, Tabs, Text, Title } from '@mantine/core'
import type { PositionsTab, Route } from '../../app/use-hash-route'
import { IssueViews } from './IssueViews'
import type { PositionFiltersInput } from '../../../../shared/ipc/contract'
import { useIpcQuery } from '../../ipc/use-ipc-query'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { useRegistries } from '../registries/use-registries'
import { PositionFiltersBar } from './PositionFiltersBar'
import { PositionMatrixTable } from './PositionMatrixTable'
import { EvidenceDrawer } from './EvidenceDrawer'
import { StatementModal } from './StatementModal'
import { useCellEvidence } from './use-cell-evidence'

export interface PositionsPageProps {
  route: Extract<Route, { page: 'positions' }>
  /** Any route: positions views change their own; a timeline point opens the reader. */
  onRouteChange: (route: Route) => void
}

/** Where each party stands on each issue, from the claims, every cell traceable to its evidence. */
export function PositionsPage({ route, onRouteChange }: PositionsPageProps): React.JSX.Element {
  const { filters } = route
  const onFiltersChange = (next: PositionFiltersInput) => onRouteChange({ ...route, filters: next })
  const view = route.view ?? 'matrix'
  const positions = useIpcQuery('getPositions', { filters }, JSON.stringify(filters))
  const registries = useRegistries()
  const evidence = useCellEvidence(positions.data, filters)
  const [statementClaimId, setStatementClaimId] = useState<string | null>(null)

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>Positions</Title>
        <Text size="sm" c="dimmed">
          A first-hand statement outweighs a third party’s report; a later statement outweighs an earlier one. Reprints count as one report.
        </Text>
      </div>
      <PositionFiltersBar filters={filters} outlets={positions.data?.outlets ?? []} tags={registries.data?.tags ?? []} onChange={onFiltersChange} />
      <Tabs value={view} onChange={(value) => onRouteChange({ ...route, view: (value as PositionsTab) ?? 'matrix' })}>
        <Tabs.List>
          <Tabs.Tab value="matrix">Matrix</Tabs.Tab>
          <Tabs.Tab value="side-by-side">Side by side</Tabs.Tab>
          <Tabs.Tab value="coverage">Coverage</Tabs.Tab>
          <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {positions.status === 'error' && !positions.data ? (
        <ErrorState error={positions.error} onRetry={positions.reload} />
      ) : !positions.data ? (
        <LoadingState label="Weighing the claims…" />
      ) : view === 'matrix' ? (
        <PositionMatrixTable view={positions.data} onOpenCell={(issueId, partyId) => void evidence.open(issueId, partyId)} />
      ) : (
        <IssueViews
          view={view}
          issues={positions.data.issues}
          parties={positions.data.parties}
          filters={filters}
          issueId={route.issueId ?? null}
          partyIds={route.partyIds ?? []}
          onChange={({ issueId, partyIds }) => onRouteChange({ ...route, issueId: issueId ?? undefined, partyIds })}
          navigate={onRouteChange}
        />
      )}
      <EvidenceDrawer title={evidence.evidence?.title ?? ''} evidence={evidence.evidence?.items ?? null} decisiveClaimIds={evidence.evidence?.decisiveClaimIds ?? []} onClose={evidence.close} onOpenStatement={setStatementClaimId} />
      <StatementModal claimId={statementClaimId} onClose={() => setStatementClaimId(null)} onChanged={() => void evidence.refresh()} />
    </Stack>
  )
}
