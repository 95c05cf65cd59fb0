import { useState } from 'react'
import { Box, Text } from '@mantine/core'
import { Spotlight } from '@mantine/spotlight'
import type { Route } from '../../app/use-hash-route'
import { useSearch } from './use-search'
import { HighlightedSnippet } from './HighlightedSnippet'
import { DidYouMean } from './DidYouMean'
import { kindLabels, kindOrder, routeForHit } from './search-targets'

/**
 * The command palette (Ctrl/Cmd+K): searches the whole library as you type, results grouped by
 * kind with matched words marked. Enter opens the document at the match.
 */
export function SearchPalette({ navigate }: { navigate: (route: Route) => void }): React.JSX.Element {
  const [query, setQuery] = useState('')
  const { response, error } = useSearch(query, { limit: 30, prefixLast: true })
  const hits = response?.hits ?? []
  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={['mod + K']} scrollable maxHeight={520}>
      <Spotlight.Search placeholder="Search articles, claims, sources… (try a name, even misspelt)" aria-label="Search the library" />
      <Spotlight.ActionsList>
        {response?.didYouMean && (
          // Not an action: Enter still opens the first result.
          <Box px="sm" py={6}>
            <DidYouMean suggestion={response.didYouMean} onChoose={setQuery} />
          </Box>
        )}
        {kindOrder.map((kind) => {
          const group = hits.filter((hit) => hit.kind === kind)
          if (group.length === 0) return null
          return (
            <Spotlight.ActionsGroup key={kind} label={kindLabels[kind]}>
              {group.map((hit) => (
                <Spotlight.Action key={`${hit.kind}:${hit.id}`} onClick={() => navigate(routeForHit(hit))}>
                  <div style={{ textAlign: 'left', width: '100%', minWidth: 0 }}>
                    <Text size="sm" fw={500} truncate="end">
                      {hit.title}
                    </Text>
                    {hit.subtitle && (
                      <Text size="xs" style={{ opacity: 0.75 }}>
                        {hit.subtitle}
                      </Text>
                    )}
                    <HighlightedSnippet snippet={hit.snippet} />
                  </div>
                </Spotlight.Action>
              ))}
            </Spotlight.ActionsGroup>
          )
        })}
        {query.trim() !== '' && hits.length === 0 && <Spotlight.Empty>{error ? error.message : response ? 'Nothing found' : 'Searching…'}</Spotlight.Empty>}
        {response && response.total > hits.length && (
          <Spotlight.Action onClick={() => navigate({ page: 'search', query })}>
            <Text size="sm" c="blue">
              All {response.total.toLocaleString()} results, with filters…
            </Text>
          </Spotlight.Action>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  )
}
