import { useState } from 'react'
import { Badge, Group, Modal, Stack, Switch, Table, Text, Tooltip } from '@mantine/core'
import type { ImportResult, ImportStatus } from '../../../../shared/ipc/contract'
import { describeFindings } from '../../../../shared/import/describe-findings'
import { countOf } from '../../../../shared/text/plural'
import type { ImportReport } from './use-importer'
import { summariseImport } from './summarise-import'

const statusBadge: Record<ImportStatus, { color: string; label: string }> = {
  imported: { color: 'teal', label: 'Imported' },
  duplicate: { color: 'gray', label: 'Duplicate' },
  failed: { color: 'red', label: 'Failed' },
}

const hasProblem = (result: ImportResult) => result.status === 'failed' || result.warnings.length > 0

/**
 * Per-file outcome of an import: imported, duplicate, or failed and why, what was found, and any
 * warnings. Long file names end in an ellipsis with the whole name on hover, never broken
 * mid-word; the status badge never shrinks. Rows with problems can be shown alone.
 */
export function ImportResultsModal({ report, onClose }: { report: ImportReport | null; onClose: () => void }): React.JSX.Element {
  const [onlyProblems, setOnlyProblems] = useState(false)
  const results = report?.results ?? []
  const withWarnings = results.filter((r) => r.status !== 'failed' && r.warnings.length > 0).length
  const problems = results.filter(hasProblem).length
  const shown = onlyProblems ? results.filter(hasProblem) : results
  return (
    <Modal opened={report !== null} onClose={onClose} title="Import results" size="xl">
      {report && (
        <Stack gap="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">
              {summariseImport(report.results, report.cancelled)}.{withWarnings > 0 ? ` ${countOf(withWarnings, 'file')} with warnings to check.` : ''}
            </Text>
            {problems > 0 && problems < results.length && (
              <Switch size="xs" label={`Only files with problems (${problems})`} checked={onlyProblems} onChange={(e) => setOnlyProblems(e.currentTarget.checked)} style={{ flexShrink: 0 }} />
            )}
          </Group>
          <Table striped withTableBorder style={{ tableLayout: 'fixed' }} data-testid="import-results">
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={{ width: '30%' }}>File</Table.Th>
                <Table.Th style={{ width: 116 }}>Result</Table.Th>
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
                  </Table.Td>
                  <Table.Td>
                    <Badge color={statusBadge[result.status].color} variant="light" style={{ overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
                      {statusBadge[result.status].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{result.message}</Text>
                    {result.found && (
                      <Text size="xs" c="dimmed" data-testid="import-found">
                        {describeFindings(result.found)}
                      </Text>
                    )}
                    {result.warnings.map((warning, i) => (
                      <Text key={i} size="xs" c="orange">
                        {warning}
                      </Text>
                    ))}
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
