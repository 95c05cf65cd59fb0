import { Badge, Modal, Stack, Table, Text } from '@mantine/core'
import type { ImportStatus } from '../../../../shared/ipc/contract'
import type { ImportReport } from './use-importer'
import { summariseImport } from './summarise-import'

const statusBadge: Record<ImportStatus, { color: string; label: string }> = {
  imported: { color: 'teal', label: 'Imported' },
  duplicate: { color: 'gray', label: 'Duplicate' },
  failed: { color: 'red', label: 'Failed' },
}

/** Per-file outcome of an import: imported, duplicate, or failed and why, with any warnings. */
export function ImportResultsModal({ report, onClose }: { report: ImportReport | null; onClose: () => void }): React.JSX.Element {
  return (
    <Modal opened={report !== null} onClose={onClose} title="Import results" size="xl">
      {report && (
        <Stack gap="sm">
          <Text size="sm">{summariseImport(report.results, report.cancelled)}.</Text>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>File</Table.Th>
                <Table.Th>Result</Table.Th>
                <Table.Th>Details</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.results.map((result, index) => (
                <Table.Tr key={`${result.fileName}-${index}`}>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{result.fileName}</Table.Td>
                  <Table.Td>
                    <Badge color={statusBadge[result.status].color} variant="light">
                      {statusBadge[result.status].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{result.message}</Text>
                    {result.warnings.map((warning, i) => (
                      <Text key={i} size="xs" c="dimmed">
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
