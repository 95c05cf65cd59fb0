import type { PositionFiltersInput } from '../../../../shared/ipc/contract'

export const noFilters: PositionFiltersInput = { from: null, to: null, outlets: [], minReliability: null, maxCredibility: null, tagIds: [] }

/** Filters in the URL, so a view can be reopened as it was. */
export function filtersToParams(filters: PositionFiltersInput): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.from) params.set('from', filters.from)
  if (filters.to) params.set('to', filters.to)
  for (const outlet of filters.outlets) params.append('outlet', outlet)
  if (filters.minReliability) params.set('reliability', filters.minReliability)
  if (filters.maxCredibility) params.set('credibility', String(filters.maxCredibility))
  for (const tag of filters.tagIds) params.append('tag', tag)
  return params
}

export function filtersFromParams(params: URLSearchParams): PositionFiltersInput {
  const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null)
  const reliability = params.get('reliability')
  const credibility = Number(params.get('credibility'))
  return {
    from: day(params.get('from')),
    to: day(params.get('to')),
    outlets: params.getAll('outlet'),
    minReliability: reliability && /^[A-F]$/.test(reliability) ? (reliability as PositionFiltersInput['minReliability']) : null,
    maxCredibility: Number.isInteger(credibility) && credibility >= 1 && credibility <= 6 ? credibility : null,
    tagIds: params.getAll('tag'),
  }
}
