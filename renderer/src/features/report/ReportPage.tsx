import { useMemo } from 'react'
import { Box, Button, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core'
import type { ReportFormat } from '../../../../shared/ipc/contract'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import type { DocumentsQuery } from '../library/use-documents'
import { useRegistries } from '../registries/use-registries'
import { ExportProgressModal } from './ExportProgressModal'
import { ReportBuilderForm } from './ReportBuilderForm'
import { ReportPreview } from './ReportPreview'
import { optionErrors } from './option-errors'
import { documentChoices, registryChoices } from './scope-choices'
import { useReportExport } from './use-report-export'
import { useReportOptions } from './use-report-options'
import { useReportPreview } from './use-report-preview'

export interface ReportPageProps {
  /** The library's documents, shared with the rest of the workbench. */
  documents: DocumentsQuery
}

const exportButtons: Array<{ format: ReportFormat; label: string; primary?: boolean }> = [
  { format: 'pdf', label: 'Save as PDF', primary: true },
  { format: 'html', label: 'Save as HTML' },
  { format: 'md', label: 'Save as Markdown' },
]

/** Fills the main area below the header, so the form and the preview scroll on their own. */
const pageHeight = 'calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))'

/** The report builder: choices on the left, the live preview on the right, export in the header. */
export function ReportPage({ documents }: ReportPageProps): React.JSX.Element {
  const report = useReportOptions()
  const preview = useReportPreview(report.options)
  const exporter = useReportExport()
  const registries = useRegistries()
  const documentList = useMemo(() => (documents.data ? documentChoices(documents.data) : null), [documents.data])
  const registryList = useMemo(() => (registries.data ? registryChoices(registries.data) : null), [registries.data])
  const errors = useMemo(() => optionErrors(report.saveError), [report.saveError])
  const { options } = report

  if (report.loadError) return <ErrorState error={report.loadError} onRetry={report.reload} />
  if (!options) return <LoadingState label="Opening the report builder…" />

  // Options main refused would only fail again in the export.
  const invalid = report.saveError?.code === 'invalid-arguments'
  const exporting = exporter.starting !== null || exporter.progress !== null

  return (
    <Stack gap="md" h={pageHeight}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={2}>Report</Title>
          <Text size="sm" c="dimmed">
            A briefing from your claims and annotations. Choose what it covers; the preview shows the pages as they will print.
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          {exportButtons.map(({ format, label, primary }) => (
            <Button
              key={format}
              variant={primary ? 'filled' : 'default'}
              loading={exporter.starting === format}
              disabled={invalid || (exporting && exporter.starting !== format)}
              onClick={() => {
                report.flush()
                void exporter.start(options, format)
              }}
            >
              {label}
            </Button>
          ))}
        </Group>
      </Group>
      <Group align="stretch" gap="md" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        <Paper withBorder w={400} style={{ flexShrink: 0, display: 'flex', flexDirection: 'column', minHeight: 0 }}>
          <ScrollArea type="auto" h="100%">
            <Box p="md">
              <ReportBuilderForm options={options} documents={documentList} registries={registryList} errors={errors} saveStatus={report.saveStatus} onChange={report.update} />
            </Box>
          </ScrollArea>
        </Paper>
        <ReportPreview shown={preview.shown} updating={preview.updating} error={preview.error} />
      </Group>
      <ExportProgressModal progress={exporter.progress} onCancel={() => void exporter.cancel()} onClose={exporter.dismiss} />
    </Stack>
  )
}
