import type { PositionFiltersInput } from '../../../shared/ipc/contract'
import { filtersFromParams, filtersToParams } from '../features/positions/position-filters-url'
import { useCallback, useEffect, useState } from 'react'

export const positionsTabs = ['matrix', 'side-by-side', 'coverage', 'timeline'] as const
export type PositionsTab = (typeof positionsTabs)[number]

export const registryPages = ['sources', 'parties', 'issues', 'tags'] as const
export type RegistryPage = (typeof registryPages)[number]

export type Route =
  | { page: 'library' }
  /** `find`: words to highlight (from a search); `annotationId`: an annotation to show. */
  | { page: 'reader'; documentId: string; find?: string[]; annotationId?: string }
  | { page: 'search'; query: string }
  | { page: 'positions'; filters: PositionFiltersInput; view?: PositionsTab; issueId?: string; partyIds?: string[] }
  | { page: 'report' }
  /** The library-wide queue of proposed claims. */
  | { page: 'review' }
  | { page: RegistryPage }

/** Routes live in the hash, so navigation never leaves the loaded page (main denies that). */
export function parseRoute(hash: string): Route {
  const [path = '', queryString = ''] = hash.replace(/^#/, '').split('?')
  const params = new URLSearchParams(queryString)
  const match = /^\/documents\/([^/]+)$/.exec(path)
  if (match) {
    const find = params.get('find')?.split(',').filter(Boolean)
    const annotationId = params.get('annotation') ?? undefined
    return { page: 'reader', documentId: decodeURIComponent(match[1]!), ...(find?.length ? { find } : {}), ...(annotationId ? { annotationId } : {}) }
  }
  if (path === '/search') return { page: 'search', query: params.get('q') ?? '' }
  if (path === '/positions') {
    const view = positionsTabs.find((tab) => tab === params.get('view'))
    const issueId = params.get('issue') ?? undefined
    const partyIds = params.getAll('party')
    return { page: 'positions', filters: filtersFromParams(params), ...(view ? { view } : {}), ...(issueId ? { issueId } : {}), ...(partyIds.length ? { partyIds } : {}) }
  }
  if (path === '/report') return { page: 'report' }
  if (path === '/review') return { page: 'review' }
  const registry = registryPages.find((page) => path === `/${page}`)
  if (registry) return { page: registry }
  return { page: 'library' }
}

export function hrefFor(route: Route): string {
  if (route.page === 'reader') {
    const params = new URLSearchParams()
    if (route.find?.length) params.set('find', route.find.join(','))
    if (route.annotationId) params.set('annotation', route.annotationId)
    const query = params.toString()
    return `#/documents/${encodeURIComponent(route.documentId)}${query ? `?${query}` : ''}`
  }
  if (route.page === 'search') return `#/search?${new URLSearchParams({ q: route.query })}`
  if (route.page === 'positions') {
    const params = filtersToParams(route.filters)
    if (route.view) params.set('view', route.view)
    if (route.issueId) params.set('issue', route.issueId)
    for (const party of route.partyIds ?? []) params.append('party', party)
    const query = params.toString()
    return `#/positions${query ? `?${query}` : ''}`
  }
  return `#/${route.page}`
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  const navigate = useCallback((next: Route) => {
    window.location.hash = hrefFor(next)
  }, [])
  return [route, navigate]
}
