import { useState } from 'react'
import { Stack, Tabs, Text, Title } from '@mantine/core'
import type { PositionsTab, Route } from '../../app/use-hash-route'
import { IssueViews } from './IssueViews'
import type { EvidenceItem, PositionFiltersInput } from '../../../../shared/ipc/contract'
import { useIpcQuery } from '../../ipc/use-ipc-query'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { useRegistries } from '../registries/use-registries'
import { PositionFiltersBar } from './PositionFiltersBar'
import { PositionMatrixTable } from './PositionMatrixTable'
import { EvidenceDrawer } from './EvidenceDrawer'
import { notifications } from '@mantine/notifications'

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
  const [evidence, setEvidence] = useState<{ title: string; items: EvidenceItem[] } | null>(null)

  const openCell = async (issueId: string, partyId: string) => {
    const view = positions.data
    const cell = view?.cells[`${issueId}|${partyId}`]
    if (!view || !cell) return
    try {
      const items = await callParley('getEvidence', { claimIds: cell.claimIds })
      const party = view.parties.find((p) => p.id === partyId)?.name
      const issue = view.issues.find((i) => i.id === issueId)?.title
      setEvidence({ title: `${party} on ${issue}`, items })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not load the evidence', message: toParleyIpcError(error).message })
    }
  }

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
        <PositionMatrixTable view={positions.data} onOpenCell={(issueId, partyId) => void openCell(issueId, partyId)} />
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
      <EvidenceDrawer title={evidence?.title ?? ''} evidence={evidence?.items ?? null} onClose={() => setEvidence(null)} />
    </Stack>
  )
}
