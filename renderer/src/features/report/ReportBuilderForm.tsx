import { Alert, Divider, Group, List, Stack, Text, TextInput, Textarea } from '@mantine/core'
import type { ReportOptions } from '../../../../shared/report/report-options'
import type { OptionErrors } from './option-errors'
import type { Choice, RegistryChoices } from './scope-choices'
import type { SaveStatus } from './use-report-options'
import { ScopeFields } from './ScopeFields'
import { SectionFields } from './SectionFields'

export interface ReportBuilderFormProps {
  options: ReportOptions
  /** Null while loading. */
  documents: Choice[] | null
  registries: RegistryChoices | null
  /** Main's objections: per field, and any it did not tie to a field. */
  errors: { fields: OptionErrors; other: string[] }
  saveStatus: SaveStatus
  onChange: (options: ReportOptions) => void
}

const saveStatusText: Record<SaveStatus, string> = {
  idle: 'Your choices are kept with this library.',
  pending: 'Saving…',
  saved: 'Saved with this library.',
  failed: 'Not saved yet.',
}

function Heading({ children }: { children: React.ReactNode }): React.JSX.Element {
  return (
    <Text component="h3" size="xs" fw={700} tt="uppercase" c="dimmed" m={0} style={{ letterSpacing: '0.05em' }}>
      {children}
    </Text>
  )
}

/** The report builder's choices: what the cover says, what the report covers, what it contains. */
export function ReportBuilderForm({ options, documents, registries, errors, saveStatus, onChange }: ReportBuilderFormProps): React.JSX.Element {
  const field = errors.fields
  const set = <K extends keyof ReportOptions>(key: K, value: ReportOptions[K]) => onChange({ ...options, [key]: value })
  return (
    <Stack gap="md" component="form" aria-label="Report options" onSubmit={(e) => e.preventDefault()}>
      <Group justify="space-between" align="baseline">
        <Heading>Cover</Heading>
        <Text size="xs" c={saveStatus === 'failed' ? 'red' : 'dimmed'}>
          {saveStatusText[saveStatus]}
        </Text>
      </Group>
      {(errors.other.length > 0 || Object.keys(field).length > 0) && (
        <Alert color="red" variant="light" title="These choices were not saved" role="alert">
          <Text size="sm">Your input is kept here. {Object.keys(field).length > 0 ? 'Correct the marked fields to save it.' : ''}</Text>
          {errors.other.length > 0 && (
            <List size="sm" mt={4}>
              {errors.other.map((problem) => (
                <List.Item key={problem}>{problem}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <TextInput label="Title" withAsterisk value={options.title} error={field.title} onChange={(e) => set('title', e.currentTarget.value)} />
      <TextInput label="Author" placeholder="Who prepared the report" value={options.author} error={field.author} onChange={(e) => set('author', e.currentTarget.value)} />
      <Group gap="sm" grow align="flex-start">
        <TextInput label="Date" placeholder="YYYY-MM-DD" value={options.date} error={field.date} onChange={(e) => set('date', e.currentTarget.value.trim())} />
        <TextInput
          label="Classification"
          placeholder="e.g. RESTRICTED"
          value={options.classification}
          error={field.classification}
          onChange={(e) => set('classification', e.currentTarget.value)}
        />
      </Group>
      <Textarea
        label="Executive summary"
        description="Blank lines separate paragraphs; “- ” starts a bullet."
        rows={7}
        value={options.summary}
        error={field.summary}
        onChange={(e) => set('summary', e.currentTarget.value)}
      />

      <Divider />
      <Heading>Scope</Heading>
      <ScopeFields scope={options.scope} documents={documents} registries={registries} errors={field} onChange={(scope) => set('scope', scope)} />

      <Divider />
      <Heading>Contents and layout</Heading>
      <SectionFields
        value={{ sections: options.sections, documentText: options.documentText, pageSize: options.pageSize }}
        onChange={(layout) => onChange({ ...options, ...layout })}
      />
    </Stack>
  )
}
