import { ColorSwatch } from '@mantine/core'
import type { Party } from '../../../../shared/domain/registries'
import type { RegistriesView } from '../../../../shared/ipc/annotation-contract'
import { useRegistries } from './use-registries'
import { RegistryQueryStates } from './RegistryQueryStates'
import { RegistryTablePage } from './RegistryTablePage'
import type { RegistryColumn } from './RegistryTable'
import { NameWithAliases } from './NameWithAliases'
import { PartyForm } from './PartyForm'
import { saveParty } from './registry-commands'
import { suggestColor } from './registry-colors'

const partyColumns: RegistryColumn<Party>[] = [
  { header: 'Colour', render: (party) => <ColorSwatch color={party.color} size={18} aria-label={`Colour ${party.color}`} /> },
  { header: 'Name', render: (party) => <NameWithAliases name={party.name} aliases={party.aliases} /> },
]

/** The parties page: the sides whose positions are compared, with their colours and other names. */
export function PartiesPage(): React.JSX.Element {
  const registries = useRegistries()
  return (
    <RegistryQueryStates query={registries} loadingLabel="Loading parties…">
      {(view) => <PartiesRegistry view={view} />}
    </RegistryQueryStates>
  )
}

function PartiesRegistry({ view }: { view: RegistriesView }): React.JSX.Element {
  return (
    <RegistryTablePage
      registry="parties"
      entries={view.parties}
      usage={view.usage.parties}
      columns={partyColumns}
      emptyDescription="Parties are the sides whose stated positions you compare: governments, armed groups, international bodies. Sources speak for them."
      renderForm={(party, close) => (
        <PartyForm party={party} suggestedColor={suggestColor(view.parties.map((p) => p.color))} onClose={close} onSave={async (input) => (await saveParty(input)) !== null} />
      )}
    />
  )
}
