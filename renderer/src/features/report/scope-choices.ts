import type { ParleyDocument } from '../../../../shared/domain/document'
import type { RegistriesView } from '../../../../shared/ipc/contract'
import { tagChoicesFor } from '../registries/tag-choices'
import { formatPublished } from '../library/format'

export interface Choice {
  value: string
  label: string
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, undefined, { sensitivity: 'base' })

/** Newest first, each labelled with its outlet and date so a search can match those too. */
export function documentChoices(documents: readonly ParleyDocument[]): Choice[] {
  return [...documents]
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.title.localeCompare(b.title))
    .map((document) => {
      const where = [document.outlet, document.publishedAt ? formatPublished(document.publishedAt) : null].filter(Boolean).join(', ')
      return { value: document.id, label: where ? `${document.title} — ${where}` : document.title }
    })
}

export interface RegistryChoices {
  issues: Choice[]
  parties: Choice[]
  /** Labelled with their path in the codebook (Diplomacy / Talks / Sochi). */
  tags: Choice[]
}

export function registryChoices(registries: Pick<RegistriesView, 'issues' | 'parties' | 'tags'>): RegistryChoices {
  return {
    issues: registries.issues.map((issue) => ({ value: issue.id, label: issue.title })).sort(byLabel),
    parties: registries.parties.map((party) => ({ value: party.id, label: party.name })).sort(byLabel),
    tags: tagChoicesFor(registries.tags, null),
  }
}

/**
 * `choices` plus an entry for every chosen id they lack (deleted since it was chosen), so the
 * pill says so instead of showing a bare id, and the analyst can remove it.
 */
export function withMissing(choices: Choice[], chosen: readonly string[], missingLabel: string): Choice[] {
  const known = new Set(choices.map((choice) => choice.value))
  const missing = chosen.filter((id) => !known.has(id)).map((id) => ({ value: id, label: missingLabel }))
  return missing.length ? [...choices, ...missing] : choices
}
