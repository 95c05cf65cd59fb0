import type { RegistryService } from '../../annotations/registry-service'
import type { UndoHistory } from '../../annotations/undo-history'
import type { HandlerTable } from '../handler-table'

type RegistryHandlers = Pick<
  HandlerTable,
  'getRegistries' | 'saveSource' | 'saveParty' | 'saveIssue' | 'saveTag' | 'deleteRegistryEntry' | 'mergeRegistryEntries' | 'undo' | 'redo' | 'getHistoryState'
>

export function registryHandlers(registries: RegistryService, history: UndoHistory): RegistryHandlers {
  const change = async (outcome: Promise<{ label: string; documentIds: string[] } | null>) => {
    const done = await outcome
    return { label: done?.label ?? null, documentIds: done?.documentIds ?? [], state: history.state() }
  }
  return {
    getRegistries: () => registries.view(),
    saveSource: (input) => registries.saveSource(input),
    saveParty: (input) => registries.saveParty(input),
    saveIssue: (input) => registries.saveIssue(input),
    saveTag: (input) => registries.saveTag(input),
    async deleteRegistryEntry({ registry, id }) {
      await registries.delete(registry, id)
      return true as const
    },
    async mergeRegistryEntries({ registry, keepId, mergeIds }) {
      await registries.merge(registry, keepId, mergeIds)
      return true as const
    },
    undo: () => change(history.undo()),
    redo: () => change(history.redo()),
    getHistoryState: async () => history.state(),
  }
}
