import { Checkbox, Input, SegmentedControl, SimpleGrid, Stack } from '@mantine/core'
import type { DocumentTextMode, PageSize, ReportOptions, ReportSections } from '../../../../shared/report/report-options'

/** The sections in print order, with the names the report gives them. */
export const sectionLabels: Array<{ key: keyof ReportSections; label: string }> = [
  { key: 'cover', label: 'Cover' },
  { key: 'toc', label: 'Table of contents' },
  { key: 'summary', label: 'Executive summary' },
  { key: 'matrix', label: 'Positions matrix' },
  { key: 'findings', label: 'Findings per issue' },
  { key: 'documents', label: 'Annotated documents' },
  { key: 'sources', label: 'Source list' },
  { key: 'legend', label: 'Grading legend' },
]

const documentTextChoices: Array<{ value: DocumentTextMode; label: string }> = [
  { value: 'annotated-passages', label: 'Annotated passages' },
  { value: 'full', label: 'Full text' },
]
const pageSizeChoices: Array<{ value: PageSize; label: string }> = [
  { value: 'A4', label: 'A4' },
  { value: 'Letter', label: 'Letter' },
]

export type LayoutOptions = Pick<ReportOptions, 'sections' | 'documentText' | 'pageSize'>

export interface SectionFieldsProps {
  value: LayoutOptions
  onChange: (value: LayoutOptions) => void
}

/** Which sections the report has, how much of each document it prints, and the paper size. */
export function SectionFields({ value, onChange }: SectionFieldsProps): React.JSX.Element {
  const { sections } = value
  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
        {sectionLabels.map(({ key, label }) => (
          <Checkbox
            key={key}
            label={label}
            checked={sections[key]}
            onChange={(e) => onChange({ ...value, sections: { ...sections, [key]: e.currentTarget.checked } })}
          />
        ))}
      </SimpleGrid>
      <Input.Wrapper labelElement="div" label="Document text" description={sections.documents ? 'How much of each annotated document to print' : 'Used by the annotated documents section'}>
        <SegmentedControl
          mt={6}
          fullWidth
          aria-label="Document text"
          data={documentTextChoices}
          value={value.documentText}
          disabled={!sections.documents}
          onChange={(mode) => onChange({ ...value, documentText: mode as DocumentTextMode })}
        />
      </Input.Wrapper>
      <Input.Wrapper labelElement="div" label="Page size">
        <SegmentedControl mt={6} fullWidth aria-label="Page size" data={pageSizeChoices} value={value.pageSize} onChange={(size) => onChange({ ...value, pageSize: size as PageSize })} />
      </Input.Wrapper>
    </Stack>
  )
}
