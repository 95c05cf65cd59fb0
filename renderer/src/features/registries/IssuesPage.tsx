import { Text } from '@mantine/core'
import type { Issue } from '../../../../shared/domain/registries'
import type { RegistriesView } from '../../../../shared/ipc/annotation-contract'
import { useRegistries } from './use-registries'
import { RegistryQueryStates } from './RegistryQueryStates'
import { RegistryTablePage } from './RegistryTablePage'
import type { RegistryColumn } from './RegistryTable'
import { IssueForm } from './IssueForm'
import { saveIssue } from './registry-commands'

const issueColumns: RegistryColumn<Issue>[] = [
  {
    header: 'Title',
    render: (issue) => (
      <Text size="sm" fw={500}>
        {issue.title}
      </Text>
    ),
  },
  {
    header: 'Description',
    render: (issue) => (
      <Text size="sm" c={issue.description ? undefined : 'dimmed'} lineClamp={2} maw={520}>
        {issue.description || '—'}
      </Text>
    ),
  },
]

/** The issues page: the questions the parties take positions on. */
export function IssuesPage(): React.JSX.Element {
  const registries = useRegistries()
  return (
    <RegistryQueryStates query={registries} loadingLabel="Loading issues…">
      {(view) => <IssuesRegistry view={view} />}
    </RegistryQueryStates>
  )
}

function IssuesRegistry({ view }: { view: RegistriesView }): React.JSX.Element {
  return (
    <RegistryTablePage
      registry="issues"
      entries={view.issues}
      usage={view.usage.issues}
      columns={issueColumns}
      emptyDescription="Issues are the questions positions are taken on, such as “Sochi congress” or “Kurdish participation”. Every claim is about one issue."
      renderForm={(issue, close) => <IssueForm issue={issue} onClose={close} onSave={async (input) => (await saveIssue(input)) !== null} />}
    />
  )
}
