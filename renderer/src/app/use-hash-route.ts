import { useCallback, useEffect, useState } from 'react'

export const registryPages = ['sources', 'parties', 'issues', 'tags'] as const
export type RegistryPage = (typeof registryPages)[number]

export type Route = { page: 'library' } | { page: 'reader'; documentId: string } | { page: RegistryPage }

/** Routes live in the hash, so navigation never leaves the loaded page (main denies that). */
export function parseRoute(hash: string): Route {
  const match = /^#\/documents\/([^/?#]+)$/.exec(hash)
  if (match) return { page: 'reader', documentId: decodeURIComponent(match[1]!) }
  const registry = registryPages.find((page) => hash === `#/${page}`)
  if (registry) return { page: registry }
  return { page: 'library' }
}

export const hrefFor = (route: Route): string =>
  route.page === 'reader' ? `#/documents/${encodeURIComponent(route.documentId)}` : `#/${route.page}`

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
