import { useMemo } from 'react'
import { Text } from '@mantine/core'
import type { Party, Source } from '../../../../shared/domain/registries'
import type { RegistriesView } from '../../../../shared/ipc/annotation-contract'
import { useRegistries } from './use-registries'
import { RegistryQueryStates } from './RegistryQueryStates'
import { RegistryTablePage } from './RegistryTablePage'
import type { RegistryColumn } from './RegistryTable'
import { NameWithAliases } from './NameWithAliases'
import { PartyBadges } from './PartyBadges'
import { ReliabilityGrade } from './ReliabilityGrade'
import { SourceForm } from './SourceForm'
import { saveSource } from './registry-commands'

const kindLabels: Record<Source['kind'], string> = { person: 'Person', organisation: 'Organisation', document: 'Document' }

function sourceColumns(partiesById: ReadonlyMap<string, Party>): RegistryColumn<Source>[] {
  return [
    { header: 'Name', render: (source) => <NameWithAliases name={source.name} aliases={source.aliases} /> },
    { header: 'Kind', render: (source) => <Text size="sm">{kindLabels[source.kind]}</Text> },
    { header: 'Speaks for', render: (source) => <PartyBadges partyIds={source.partyIds} partiesById={partiesById} /> },
    { header: 'Reliability', render: (source) => <ReliabilityGrade grade={source.reliability} /> },
  ]
}

/** The sources page: who said things, whom they speak for and how reliable they are. */
export function SourcesPage(): React.JSX.Element {
  const registries = useRegistries()
  return (
    <RegistryQueryStates query={registries} loadingLabel="Loading sources…">
      {(view) => <SourcesRegistry view={view} />}
    </RegistryQueryStates>
  )
}

function SourcesRegistry({ view }: { view: RegistriesView }): React.JSX.Element {
  const columns = useMemo(() => sourceColumns(new Map(view.parties.map((party) => [party.id, party]))), [view.parties])
  return (
    <RegistryTablePage
      registry="sources"
      entries={view.sources}
      usage={view.usage.sources}
      columns={columns}
      emptyDescription="Sources are who a claim comes from: a person, an organisation or a document. Add them here or while attributing a claim."
      renderForm={(source, close) => <SourceForm source={source} parties={view.parties} onClose={close} onSave={async (input) => (await saveSource(input)) !== null} />}
    />
  )
}
