import { useDeferredValue, useMemo, useState } from 'react'
import { Button, EmptyState, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { ImportIcon, LibraryIcon } from '../../components/icons'
import type { DocumentsQuery } from './use-documents'
import { LibraryTable } from './LibraryTable'
import { createDocumentFilter } from './filter-documents'
import { initialSort, nextSort, sortDocuments, type SortState } from './sort-documents'
import { formatCount } from './format'
import { SuggestClaimsControl } from '../proposals/SuggestClaimsControl'

export interface LibraryPageProps {
  documents: DocumentsQuery
  onImport: () => void
  importing: boolean
}

/** The library view: loading, error and empty states, then a filterable, sortable table. */
export function LibraryPage({ documents, onImport, importing }: LibraryPageProps): React.JSX.Element {
  const [sort, setSort] = useState<SortState>({ key: 'publishedAt', direction: 'desc' })
  // A new filter ranks by relevance until the analyst picks a column again.
  const [byRelevance, setByRelevance] = useState(false)
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const all = documents.data
  const filter = useMemo(() => createDocumentFilter(all ?? []), [all])
  const relevanceOrder = byRelevance && deferredQuery.trim() !== ''
  const visible = useMemo(() => {
    const matched = filter(deferredQuery)
    return relevanceOrder ? matched : sortDocuments(matched, sort)
  }, [filter, deferredQuery, sort, relevanceOrder])

  if (documents.status === 'error' && !all) return <ErrorState error={documents.error} onRetry={documents.reload} />
  if (!all) return <LoadingState label="Opening the library…" />
  if (all.length === 0) {
    return (
      <EmptyState
        mt="xl"
        icon={<LibraryIcon size={28} />}
        title="Your library is empty"
        description="Import web pages, PDFs, Word files, text or Markdown: use Import, drop files on the window, or paste text. Everything stays on this machine, with its original file."
      >
        <EmptyState.Actions>
          <Button leftSection={<ImportIcon size={16} />} onClick={onImport} loading={importing}>
            Import articles…
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    )
  }

  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={2}>Library</Title>
          <Text size="sm" c="dimmed">
            {deferredQuery.trim() ? `${formatCount(visible.length)} of ${formatCount(all.length)} articles match` : `${formatCount(all.length)} articles`}
          </Text>
        </div>
        <Group gap="sm" align="flex-end" wrap="nowrap">
        <SuggestClaimsControl documentIds={deferredQuery.trim() ? visible.map((d) => d.id) : null} label={deferredQuery.trim() ? `Propose claims in these ${formatCount(visible.length)}` : 'Propose claims in all'} />
        <TextInput
          placeholder="Filter by title, outlet or author"
          aria-label="Filter the library"
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value)
            setByRelevance(true)
          }}
          w={320}
        />
        </Group>
      </Group>
      {documents.status === 'error' && <ErrorState error={documents.error} onRetry={documents.reload} />}
      <div style={{ flex: 1, minHeight: 0 }}>
        {visible.length === 0 ? (
          <Text c="dimmed" ta="center" mt="xl">
            No article matches “{query}”.
          </Text>
        ) : (
          <LibraryTable
            documents={visible}
            sort={relevanceOrder ? null : sort}
            onSortChange={(key) => {
              setSort((current) => (relevanceOrder ? initialSort(key) : nextSort(current, key)))
              setByRelevance(false)
            }}
          />
        )}
      </div>
    </Stack>
  )
}
