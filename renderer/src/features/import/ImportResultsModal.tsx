import { useState } from 'react'
import { Badge, Group, Modal, Stack, Switch, Table, Text, Tooltip, rem } from '@mantine/core'
import type { ImportResult, ImportStatus } from '../../../../shared/ipc/contract'
import { describeFindings } from '../../../../shared/import/describe-findings'
import { countOf } from '../../../../shared/text/plural'
import type { ImportReport } from './use-importer'
import { summariseImport } from './summarise-import'
import { articlePlace, documentRows } from '../../../../shared/import/result-rows'
import { datelessDocuments } from './date-fix-model'
import { SetDateButton, SetYearForAll } from './DateFixControls'

const statusBadge: Record<ImportStatus, { color: string; label: string }> = {
  imported: { color: 'teal', label: 'Imported' },
  duplicate: { color: 'gray', label: 'Duplicate' },
  failed: { color: 'red', label: 'Failed' },
}

const hasProblem = (result: ImportResult) => result.status === 'failed' || result.warnings.length > 0

/**
 * Mantine's badge clips its label with an ellipsis and may shrink below it, which cut "IMPORTED"
 * to "IMPOR…" in a narrow column. The badge is held at its text's width, and the column (in rem,
 * so it grows with the type scale) is wide enough for the longest label, DUPLICATE.
 */
const RESULT_COLUMN_WIDTH = rem(132)
const wholeBadge = { root: { minWidth: 'max-content' } }

/**
 * Per-file outcome of an import: imported, duplicate, or failed and why, what was found, and any
 * warnings. Long file names end in an ellipsis with the whole name on hover, never broken
 * mid-word; the status badge never shrinks. Rows with problems can be shown alone.
 */
const isDateWarning = (warning: string) => warning.startsWith('No publication date found')

interface ImportResultsProps {
  report: ImportReport | null
  onClose: () => void
  /** Dates set from these results, by document id. */
  datesSet: ReadonlyMap<string, string>
  onSetDates: (dates: Array<{ documentId: string; publishedAt: string }>) => Promise<boolean>
}

export function ImportResultsModal({ report, onClose, datesSet, onSetDates }: ImportResultsProps): React.JSX.Element {
  const [onlyProblems, setOnlyProblems] = useState(false)
  // An export's articles are rows of their own: each is a document, with its own outcome.
  const results = documentRows(report?.results ?? [])
  const dateless = datelessDocuments(results, datesSet)
  const datelessById = new Map(dateless.map((d) => [d.documentId, d]))
  const withWarnings = results.filter((r) => r.status !== 'failed' && r.warnings.length > 0).length
  const problems = results.filter(hasProblem).length
  const shown = onlyProblems ? results.filter(hasProblem) : results
  return (
    <Modal opened={report !== null} onClose={onClose} title="Import results" size="xl">
      {report && (
        <Stack gap="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">
              {summariseImport(report.results, report.cancelled)}.{withWarnings > 0 ? ` ${countOf(withWarnings, 'document')} with warnings to check.` : ''}
            </Text>
            {problems > 0 && problems < results.length && (
              <Switch size="xs" label={`Only files with problems (${problems})`} checked={onlyProblems} onChange={(e) => setOnlyProblems(e.currentTarget.checked)} style={{ flexShrink: 0 }} />
            )}
          </Group>
          <SetYearForAll documents={dateless} onSetDates={onSetDates} />
          <Table striped withTableBorder style={{ tableLayout: 'fixed' }} data-testid="import-results">
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={{ width: '30%' }}>File</Table.Th>
                <Table.Th style={{ width: RESULT_COLUMN_WIDTH }}>Result</Table.Th>
                <Table.Th>Details</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((result, index) => (
                <Table.Tr key={`${result.fileName}-${index}`}>
                  <Table.Td>
                    <Tooltip label={result.fileName} openDelay={300} multiline maw={420}>
                      <Text size="sm" truncate="end" data-testid="import-file-name">
                        {result.fileName}
                      </Text>
                    </Tooltip>
                    {result.article && (
                      <Text size="xs" c="dimmed" data-testid="import-article-place">
                        {articlePlace(result)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={statusBadge[result.status].color} variant="light" styles={wholeBadge}>
                      {statusBadge[result.status].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {/* A message may hold a long file name: it wraps only where nothing else fits. */}
                    <Text size="sm" style={{ overflowWrap: 'break-word' }}>
                      {result.message}
                    </Text>
                    {result.found && (
                      <Text size="xs" c="dimmed" data-testid="import-found">
                        {describeFindings(result.found)}
                      </Text>
                    )}
                    {result.warnings
                      .filter((warning) => !(result.documentId && datesSet.has(result.documentId) && isDateWarning(warning)))
                      .map((warning, i) => (
                        <Text key={i} size="xs" c="orange">
                          {warning}
                        </Text>
                      ))}
                    {result.documentId && datesSet.has(result.documentId) && (
                      <Text size="xs" c="teal" data-testid="import-date-set">
                        Date set: {datesSet.get(result.documentId)}
                      </Text>
                    )}
                    {result.documentId && datelessById.has(result.documentId) && (
                      <Group mt={4}>
                        <SetDateButton document={datelessById.get(result.documentId)!} onSetDates={onSetDates} />
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Modal>
  )
}
