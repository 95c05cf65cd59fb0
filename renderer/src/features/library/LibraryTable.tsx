import { useRef } from 'react'
import { Anchor, Table, Text, UnstyledButton, Group } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ParleyDocument } from '../../../../shared/domain/document'
import { hrefFor } from '../../app/use-hash-route'
import { SortIcon } from '../../components/icons'
import { formatCount, formatPublished } from './format'
import type { SortKey, SortState } from './sort-documents'

const ROW_HEIGHT = 44
/** The sticky header sits inside the scroll container, above the first row. */
const HEADER_HEIGHT = ROW_HEIGHT

const columns: { key: SortKey; label: string; width?: string; align?: 'right' }[] = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet', width: '22%' },
  { key: 'publishedAt', label: 'Date', width: '14%' },
  { key: 'wordCount', label: 'Words', width: '10%', align: 'right' },
]

export interface LibraryTableProps {
  documents: readonly ParleyDocument[]
  /** Null while rows are in relevance order (a filter is active). */
  sort: SortState | null
  onSortChange: (key: SortKey) => void
}

/** The library as a sortable table; only the rows in view are in the DOM, so 10,000 scroll smoothly. */
export function LibraryTable({ documents, sort, onSortChange }: LibraryTableProps): React.JSX.Element {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: documents.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEADER_HEIGHT,
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const paddingTop = (items[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0

  return (
    <div ref={scrollRef} style={{ height: '100%', overflow: 'auto' }} data-testid="library-scroll">
      <Table stickyHeader highlightOnHover verticalSpacing={0} style={{ tableLayout: 'fixed' }} aria-rowcount={documents.length + 1}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => {
              const active = sort !== null && sort.key === column.key
              return (
                <Table.Th
                  key={column.key}
                  style={{ width: column.width, height: HEADER_HEIGHT }}
                  aria-sort={active ? (sort!.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <UnstyledButton onClick={() => onSortChange(column.key)} style={{ width: '100%' }} aria-label={`Sort by ${column.label.toLowerCase()}`}>
                    <Group gap={4} justify={column.align === 'right' ? 'flex-end' : 'flex-start'} wrap="nowrap">
                      <Text fw={600} size="sm">
                        {column.label}
                      </Text>
                      <Text c={active ? undefined : 'dimmed'} component="span" style={{ display: 'flex' }}>
                        <SortIcon direction={active ? sort!.direction : null} />
                      </Text>
                    </Group>
                  </UnstyledButton>
                </Table.Th>
              )
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && <tr style={{ height: paddingTop }} aria-hidden="true" />}
          {items.map((item) => {
            const document = documents[item.index]!
            return (
              <Table.Tr key={document.id} style={{ height: ROW_HEIGHT }} aria-rowindex={item.index + 2} data-testid="library-row">
                <Table.Td style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  <Anchor href={hrefFor({ page: 'reader', documentId: document.id })} fw={500} size="sm" title={document.title}>
                    {document.title}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  <Text size="sm" c={document.outlet ? undefined : 'dimmed'} span>
                    {document.outlet ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={document.publishedAt ? undefined : 'dimmed'} span style={{ whiteSpace: 'nowrap' }}>
                    {formatPublished(document.publishedAt)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                  <Text size="sm" span>
                    {formatCount(document.wordCount)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )
          })}
          {paddingBottom > 0 && <tr style={{ height: paddingBottom }} aria-hidden="true" />}
        </Table.Tbody>
      </Table>
    </div>
  )
}
