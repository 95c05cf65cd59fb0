import { useState } from 'react'
import { notifications } from '@mantine/notifications'
import type { EvidenceItem, PositionFiltersInput, PositionsView } from '../../../../shared/ipc/contract'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'

interface OpenEvidence {
  title: string
  items: EvidenceItem[]
  /** The claims that decide the cell's stance, shown first and marked. */
  decisiveClaimIds: string[]
}

/** The evidence drawer's content: a cell's claims, loaded when the cell is opened. */
export function useCellEvidence(view: PositionsView | null, filters: PositionFiltersInput) {
  const [evidence, setEvidence] = useState<OpenEvidence | null>(null)

  const open = async (issueId: string, partyId: string) => {
    if (!view?.cells[`${issueId}|${partyId}`]) return
    try {
      const items = await callParley('getCellEvidence', { issueId, partyId, filters })
      const party = view.parties.find((p) => p.id === partyId)?.name
      const issue = view.issues.find((i) => i.id === issueId)?.title
      setEvidence({ title: `${party} on ${issue}`, items, decisiveClaimIds: view.cells[`${issueId}|${partyId}`]!.decisiveClaimIds })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not load the evidence', message: toParleyIpcError(error).message })
    }
  }

  /** Links changed: the open evidence shows new reach figures. */
  const refresh = async () => {
    if (!evidence) return
    try {
      const items = await callParley('getEvidence', { claimIds: evidence.items.map((item) => item.claim.id) })
      setEvidence((current) => (current?.title === evidence.title ? { ...current, items } : current))
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not reload the evidence', message: toParleyIpcError(error).message })
    }
  }

  return { evidence, open, refresh, close: () => setEvidence(null) }
}
