import { useState } from 'react'
import { Box, Stack, Text } from '@mantine/core'
import { Spotlight } from '@mantine/spotlight'
import type { ParleyDocument } from '../../../../shared/domain/document'
import type { Route } from '../../app/use-hash-route'
import { useSearch } from './use-search'
import { HighlightedSnippet } from './HighlightedSnippet'
import { DidYouMean } from './DidYouMean'
import { kindLabels, kindOrder, routeForHit } from './search-targets'
import { matchCommands, type PaletteCommand } from './palette-commands'

const MAX_COMMANDS = 6

export interface SearchPaletteProps {
  navigate: (route: Route) => void
  commands: readonly PaletteCommand[]
  recent: readonly ParleyDocument[]
}

function CommandAction({ command }: { command: PaletteCommand }): React.JSX.Element {
  return (
    <Spotlight.Action onClick={command.run} aria-label={command.label}>
      <div style={{ textAlign: 'left', width: '100%', minWidth: 0 }}>
        <Text size="sm" fw={500} truncate="end">
          {command.label}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {command.description}
        </Text>
      </div>
    </Spotlight.Action>
  )
}

/** What an empty palette offers: recent documents, a few commands, and how to search. */
function EmptyPalette({ navigate, commands, recent }: SearchPaletteProps): React.JSX.Element {
  return (
    <>
      {recent.length > 0 && (
        <Spotlight.ActionsGroup label="Recent documents">
          {recent.slice(0, 5).map((document) => (
            <Spotlight.Action key={document.id} onClick={() => navigate({ page: 'reader', documentId: document.id })}>
              <div style={{ textAlign: 'left', width: '100%', minWidth: 0 }}>
                <Text size="sm" fw={500} truncate="end">
                  {document.title}
                </Text>
                {document.outlet && (
                  <Text size="xs" c="dimmed" truncate="end">
                    {document.outlet}
                  </Text>
                )}
              </div>
            </Spotlight.Action>
          ))}
        </Spotlight.ActionsGroup>
      )}
      <Spotlight.ActionsGroup label="Commands">
        {commands.slice(0, 4).map((command) => (
          <CommandAction key={command.id} command={command} />
        ))}
      </Spotlight.ActionsGroup>
      <Stack gap={4} px="sm" py="xs" data-testid="palette-hints">
        <Text size="xs" c="dimmed">
          Type to search titles, texts, notes, claims, sources and parties. Typos are fine.
        </Text>
        <Text size="xs" c="dimmed">
          &quot;exact phrase&quot; · -word · party:Russia · outlet:&quot;Gulf Observer&quot; · before:2018 · type:claim
        </Text>
        <Text size="xs" c="dimmed">
          Type a command too: “positions”, “import”, “dark theme”.
        </Text>
      </Stack>
    </>
  )
}

/**
 * The command palette (Ctrl/Cmd+K): commands and the whole library's search in one box. Commands
 * that match the words come first; results are grouped by kind with matched words marked; the
 * last entry opens the full search page. Enter runs the highlighted entry.
 */
export function SearchPalette({ navigate, commands, recent }: SearchPaletteProps): React.JSX.Element {
  const [query, setQuery] = useState('')
  const { response, error } = useSearch(query, { limit: 30, prefixLast: true })
  const hits = response?.hits ?? []
  const typed = query.trim() !== ''
  const matched = typed ? matchCommands(commands, query).slice(0, MAX_COMMANDS) : []
  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={null} scrollable maxHeight={560}>
      <Spotlight.Search placeholder="Search the library, or type a command…" aria-label="Search the library" />
      <Spotlight.ActionsList>
        {!typed && <EmptyPalette navigate={navigate} commands={commands} recent={recent} />}
        {matched.length > 0 && (
          <Spotlight.ActionsGroup label="Commands">
            {matched.map((command) => (
              <CommandAction key={command.id} command={command} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {response?.didYouMean && (
          // Not an action: Enter still opens the first entry.
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
                      <Text size="xs" truncate="end" style={{ opacity: 0.75 }}>
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
        {typed && hits.length === 0 && matched.length === 0 && <Spotlight.Empty>{error ? error.message : response ? 'Nothing found' : 'Searching…'}</Spotlight.Empty>}
        {typed && (
          <Spotlight.Action onClick={() => navigate({ page: 'search', query })} aria-label={`Search all results for ${query.trim()}`}>
            <div style={{ textAlign: 'left', width: '100%', minWidth: 0 }}>
              <Text size="sm" c="blue" truncate="end">
                Search all results for “{query.trim()}”{response && response.total > 0 ? ` (${response.total.toLocaleString()})` : ''}
              </Text>
              <Text size="xs" c="dimmed">
                The search page, with counts by type, outlet, party and issue
              </Text>
            </div>
          </Spotlight.Action>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  )
}
