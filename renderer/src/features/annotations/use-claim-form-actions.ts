import { useMemo } from 'react'
import type { RegistriesView } from '../../../../shared/ipc/annotation-contract'
import { changeRegistry } from '../registries/registry-actions'
import type { ClaimFormActions } from './ClaimForm'
import { partyPalette } from './colors'

/** Registry entries created from within the claim form, with sensible defaults. */
export function useClaimFormActions(registries: RegistriesView | null): ClaimFormActions {
  return useMemo(
    () => ({
      createSource: async (name) => (await changeRegistry('saveSource', { id: null, name, aliases: [], kind: 'person', partyIds: [], reliability: 'F' }, 'Could not create the source'))?.id ?? null,
      createParty: async (name) => {
        const color = partyPalette[(registries?.parties.length ?? 0) % partyPalette.length]!
        return (await changeRegistry('saveParty', { id: null, name, color, aliases: [] }, 'Could not create the party'))?.id ?? null
      },
      createIssue: async (title) => (await changeRegistry('saveIssue', { id: null, title, description: '' }, 'Could not create the issue'))?.id ?? null,
      setSourceReliability: async (sourceId, reliability) => {
        const source = registries?.sources.find((s) => s.id === sourceId)
        if (source) await changeRegistry('saveSource', { ...source, reliability }, 'Could not change the reliability')
      },
    }),
    [registries],
  )
}
