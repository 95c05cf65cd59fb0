import { useState } from 'react'
import { Anchor, Badge, Box, Group, Paper, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { hrefFor } from '../../app/use-hash-route'
import { ErrorState } from '../../components/ErrorState'
import { useSearch } from './use-search'
import { HighlightedSnippet } from './HighlightedSnippet'
import { DidYouMean } from './DidYouMean'
import { kindLabels, kindNames, routeForHit } from './search-targets'

const facetLabels: Record<string, string> = { type: 'Type', outlet: 'Outlet', party: 'Party', source: 'Source', issue: 'Issue', tag: 'Tag' }
const facetField: Record<string, string> = { type: 'type', outlet: 'outlet', party: 'party', source: 'source', issue: 'issue', tag: 'tag' }

/** Adds a field filter to the query, quoted when the value has spaces. */
const withFilter = (query: string, field: string, value: string) => `${query.trim()} ${field}:${/\s/.test(value) ? `"${value}"` : value}`.trim()

/** The full search: every result with its snippet, and facets with counts that narrow it. */
export function SearchPage({ initialQuery }: { initialQuery: string }): React.JSX.Element {
  const [query, setQuery] = useState(initialQuery)
  const [debounced] = useDebouncedValue(query, 120)
  const { response, error } = useSearch(debounced, { limit: 100, prefixLast: false })
  const facets = Object.entries(response?.facets ?? {}).filter(([, values]) => Object.keys(values).length > 0)

  return (
    <Stack gap="md">
      <Title order={2}>Search</Title>
      <TextInput
        value={query}
        onChange={(event) => {
          const value = event.currentTarget.value
          setQuery(value)
        }}
        placeholder={'Words, "exact phrases", -excluded, party:Russia, outlet:…, before:2018'}
        aria-label="Search query"
        data-autofocus
      />
      {error && <ErrorState error={error} />}
      <DidYouMean suggestion={response?.didYouMean} onChoose={setQuery} />
      {response && (
        <Text size="sm" c="dimmed">
          {response.total.toLocaleString()} results in {response.took.toFixed(1)} ms
        </Text>
      )}
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <Stack gap="xs" style={{ flex: 1, minWidth: 0 }} data-testid="search-results">
          {response?.hits.map((hit) => (
            <Paper key={`${hit.kind}:${hit.id}`} withBorder p="sm">
              <Group justify="space-between" wrap="nowrap">
                <Anchor href={hrefFor(routeForHit(hit))} fw={500} truncate="end">
                  {hit.title}
                </Anchor>
                <Badge size="sm" variant="light" style={{ flexShrink: 0 }}>
                  {kindNames[hit.kind]}
                </Badge>
              </Group>
              {hit.subtitle && (
                <Text size="xs" c="dimmed">
                  {hit.subtitle}
                </Text>
              )}
              <HighlightedSnippet snippet={hit.snippet} />
            </Paper>
          ))}
        </Stack>
        {facets.length > 0 && (
          <Box w={260} component="aside" aria-label="Facets">
            <Stack gap="md">
              {facets.map(([name, values]) => (
                <div key={name}>
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
                    {facetLabels[name] ?? name}
                  </Text>
                  {Object.entries(values)
                    .sort((a, b) => b[1] - a[1])
                    .slice(0, 12)
                    .map(([value, count]) => (
                      <UnstyledButton key={value} display="block" w="100%" onClick={() => setQuery(withFilter(query, facetField[name] ?? name, value))}>
                        <Group justify="space-between" wrap="nowrap">
                          <Text size="sm" truncate="end">
                            {name === 'type' ? (kindLabels[value as keyof typeof kindLabels] ?? value) : value}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {count}
                          </Text>
                        </Group>
                      </UnstyledButton>
                    ))}
                </div>
              ))}
            </Stack>
          </Box>
        )}
      </Group>
    </Stack>
  )
}
