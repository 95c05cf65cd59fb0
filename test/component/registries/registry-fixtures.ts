import { vi } from 'vitest'
import type { Issue, Party, Source, Tag } from '../../../shared/domain/registries'
import type { RegistriesView } from '../../../shared/ipc/annotation-contract'
import type { IpcMethod, ParleyApi } from '../../../shared/ipc/contract'
import type { IpcError } from '../../../shared/ipc/errors'

export const russia: Party = { id: 'p-russia', name: 'Russia', color: '#c92a2a', aliases: ['Moscow', 'the Kremlin'] }
export const opposition: Party = { id: 'p-opp', name: 'Syrian opposition', color: '#2f9e44', aliases: ['HNC'] }
export const un: Party = { id: 'p-un', name: 'UN', color: '#1971c2', aliases: [] }

export const lavrov: Source = { id: 's-lavrov', name: 'Sergei Lavrov', aliases: ['Russian Foreign Minister'], kind: 'person', partyIds: ['p-russia'], reliability: 'B' }
export const mfa: Source = { id: 's-mfa', name: 'Russian MFA', aliases: [], kind: 'organisation', partyIds: ['p-russia'], reliability: 'C' }
export const communique: Source = { id: 's-communique', name: 'Astana communiqué', aliases: [], kind: 'document', partyIds: ['p-russia', 'p-un'], reliability: 'A' }

export const sochi: Issue = { id: 'i-sochi', title: 'Sochi congress', description: 'Who attends the Syrian National Dialogue Congress.' }
export const kurds: Issue = { id: 'i-kurds', title: 'Kurdish participation', description: '' }

/** Diplomacy > Talks > Sochi, Diplomacy > Sanctions, and Violence at the top level. */
export const diplomacy: Tag = { id: 't-dip', name: 'Diplomacy', color: '#1971c2', parentId: null }
export const talks: Tag = { id: 't-talks', name: 'Talks', color: '#1971c2', parentId: 't-dip' }
export const sochiTag: Tag = { id: 't-sochi', name: 'Sochi', color: '#0c8599', parentId: 't-talks' }
export const sanctions: Tag = { id: 't-sanctions', name: 'Sanctions', color: '#e8590c', parentId: 't-dip' }
export const violence: Tag = { id: 't-violence', name: 'Violence', color: '#a61e4d', parentId: null }

export function registriesView(overrides: Partial<RegistriesView> = {}): RegistriesView {
  return {
    sources: [lavrov, mfa, communique],
    parties: [russia, opposition, un],
    issues: [sochi, kurds],
    tags: [diplomacy, talks, sochiTag, sanctions, violence],
    usage: {
      sources: { 's-lavrov': 7, 's-mfa': 3 },
      parties: { 'p-russia': 11, 'p-un': 2 },
      issues: { 'i-sochi': 5 },
      tags: { 't-dip': 4, 't-talks': 2, 't-sochi': 9 },
    },
    ...overrides,
  }
}

export const ok = <T>(value: T) => ({ ok: true as const, value })
export const failure = (error: IpcError) => ({ ok: false as const, error })

type Stubs = { [M in IpcMethod]: ReturnType<typeof vi.fn<ParleyApi[M]>> }

/**
 * Puts a `window.parley` on the page whose getRegistries answers `view` and whose registry
 * changes succeed, echoing the saved entry with an id. Override any method with `overrides`.
 */
export function stubParley(view: RegistriesView, overrides: Partial<{ [M in IpcMethod]: ParleyApi[M] }> = {}): Stubs {
  const stubs = {
    getRegistries: vi.fn(async () => ok(view)),
    saveSource: vi.fn(async (args) => ok({ ...args, id: args.id ?? 's-new' })),
    saveParty: vi.fn(async (args) => ok({ ...args, id: args.id ?? 'p-new' })),
    saveIssue: vi.fn(async (args) => ok({ ...args, id: args.id ?? 'i-new' })),
    saveTag: vi.fn(async (args) => ok({ ...args, id: args.id ?? 't-new' })),
    deleteRegistryEntry: vi.fn(async () => ok(true as const)),
    mergeRegistryEntries: vi.fn(async () => ok(true as const)),
  } as Partial<Stubs>
  for (const [method, implementation] of Object.entries(overrides)) {
    ;(stubs as Record<string, unknown>)[method] = vi.fn(implementation as (...args: unknown[]) => unknown)
  }
  window.parley = stubs as unknown as ParleyApi
  return stubs as Stubs
}

export function removeParley(): void {
  delete window.parley
}
