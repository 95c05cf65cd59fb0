import { afterEach, describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Notifications } from '@mantine/notifications'
import { SourcesPage } from '../../../renderer/src/features/registries'
import { renderWithMantine } from '../render-with-mantine'
import { communique, failure, lavrov, mfa, ok, registriesView, removeParley, stubParley } from './registry-fixtures'

afterEach(removeParley)

const rowOf = async (name: string) => (await screen.findByRole('cell', { name: new RegExp(`^${name}`) })).closest('tr')!
const cellTexts = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent)

describe('SourcesPage', () => {
  it('lists every source with its aliases, kind, parties, reliability and claim count', async () => {
    stubParley(registriesView())
    renderWithMantine(<SourcesPage />)

    const table = await screen.findByRole('table', { name: 'Sources' })
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['', 'Name', 'Kind', 'Speaks for', 'Reliability', 'Claims', 'Actions'])
    expect(screen.getByText('3 sources')).toBeTruthy()
    // Sorted by name; aliases under the name; unused sources count 0.
    expect(within(table).getAllByRole('row').slice(1).map((row) => cellTexts(row).slice(1, 6))).toEqual([
      ['Astana communiqué', 'Document', 'RussiaUN', 'A', '0'],
      ['Russian MFA', 'Organisation', 'Russia', 'C', '3'],
      ['Sergei Lavrov' + 'also Russian Foreign Minister', 'Person', 'Russia', 'B', '7'],
    ])
    expect(within(await rowOf('Sergei Lavrov')).getByLabelText('Reliability B — usually reliable')).toBeTruthy()
  })

  it('shows what a reliability grade means in a tooltip', async () => {
    const user = userEvent.setup({ delay: null })
    stubParley(registriesView())
    renderWithMantine(<SourcesPage />)
    await user.hover(within(await rowOf('Russian MFA')).getByText('C'))
    expect((await screen.findByRole('tooltip')).textContent).toBe('C — fairly reliable')
  })

  it('shows main’s error with a retry that loads again', async () => {
    const user = userEvent.setup({ delay: null })
    let calls = 0
    const stubs = stubParley(registriesView(), {
      getRegistries: async () => (++calls === 1 ? failure({ code: 'library-damaged', message: 'library.json is damaged.' }) : ok(registriesView())),
    })
    renderWithMantine(<SourcesPage />)
    expect(within(await screen.findByRole('alert')).getByText('library.json is damaged.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('table', { name: 'Sources' })).toBeTruthy()
    expect(stubs.getRegistries).toHaveBeenCalledTimes(2)
  })

  it('offers to create the first source when there are none', async () => {
    const user = userEvent.setup({ delay: null })
    stubParley(registriesView({ sources: [] }))
    renderWithMantine(<SourcesPage />)
    expect(await screen.findByText('No sources yet')).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()
    const buttons = screen.getAllByRole('button', { name: 'New source' })
    await user.click(buttons[buttons.length - 1]!)
    expect(await screen.findByRole('dialog', { name: 'New source' })).toBeTruthy()
  })

  // The longest walk through Mantine's comboboxes; generous time for a loaded machine.
  it('creates a source with its aliases, kind, parties and reliability', { timeout: 15_000 }, async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<SourcesPage />)
    await user.click(await screen.findByRole('button', { name: 'New source' }))
    const dialog = await screen.findByRole('dialog', { name: 'New source' })

    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), '  Staffan de Mistura ')
    await user.type(within(dialog).getByRole('combobox', { name: 'Aliases' }), 'UN envoy{Enter}de Mistura{Enter}')
    await user.click(within(dialog).getByRole('radio', { name: 'Person' }))
    await user.click(within(dialog).getByRole('radio', { name: 'Organisation' }))
    await user.click(within(dialog).getByRole('combobox', { name: 'Speaks for' }))
    await user.click(await screen.findByRole('option', { name: 'UN' }))
    await user.click(await screen.findByRole('option', { name: 'Syrian opposition' }))
    await user.click(within(dialog).getByRole('combobox', { name: 'Reliability' }))
    await user.click(await screen.findByRole('option', { name: 'B — usually reliable' }))
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(stubs.saveSource).toHaveBeenCalledExactlyOnceWith({
      id: null,
      name: 'Staffan de Mistura',
      aliases: ['UN envoy', 'de Mistura'],
      kind: 'organisation',
      partyIds: ['p-un', 'p-opp'],
      reliability: 'B',
    })
    // The page reloads the registries after the change.
    await waitFor(() => expect(stubs.getRegistries).toHaveBeenCalledTimes(2))
  })

  it('edits a source starting from what it holds', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<SourcesPage />)
    await user.click(await screen.findByRole('button', { name: 'Edit “Sergei Lavrov”' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit source “Sergei Lavrov”' })
    expect(within(dialog).getByRole('combobox', { name: 'Reliability' })).toHaveProperty('value', 'B — usually reliable')
    await user.click(within(dialog).getByRole('combobox', { name: 'Reliability' }))
    await user.click(await screen.findByRole('option', { name: 'D — not usually reliable' }))
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(stubs.saveSource).toHaveBeenCalledExactlyOnceWith({ ...lavrov, reliability: 'D' }))
  })

  it('drops parties that no longer exist when a source is saved again', async () => {
    const user = userEvent.setup({ delay: null })
    const stale = { ...lavrov, partyIds: ['p-deleted', 'p-russia'] }
    const stubs = stubParley(registriesView({ sources: [stale] }))
    renderWithMantine(<SourcesPage />)
    await user.click(await screen.findByRole('button', { name: 'Edit “Sergei Lavrov”' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit source “Sergei Lavrov”' })
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(stubs.saveSource).toHaveBeenCalledExactlyOnceWith({ ...lavrov, partyIds: ['p-russia'] }))
  })

  it('refuses an empty name before asking main', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<SourcesPage />)
    await user.click(await screen.findByRole('button', { name: 'New source' }))
    const dialog = await screen.findByRole('dialog', { name: 'New source' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), '   ')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText('A name is required.')).toBeTruthy()
    expect(stubs.saveSource).not.toHaveBeenCalled()
  })

  it('keeps the form open and shows main’s message when the name is taken', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView(), {
      saveSource: async () => failure({ code: 'invalid-arguments', message: 'There is already a source named “Sergei Lavrov”.' }),
    })
    renderWithMantine(
      <>
        <Notifications />
        <SourcesPage />
      </>,
    )
    await user.click(await screen.findByRole('button', { name: 'New source' }))
    const dialog = await screen.findByRole('dialog', { name: 'New source' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'sergei lavrov')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))

    expect(await screen.findByText('There is already a source named “Sergei Lavrov”.')).toBeTruthy()
    expect(screen.getByText('Could not save the source')).toBeTruthy()
    expect(stubs.saveSource).toHaveBeenCalledOnce()
    expect(screen.getByRole('dialog', { name: 'New source' })).toBe(dialog)
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'sergei lavrov')
  })

  it('merges the ticked sources into the one the analyst keeps', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<SourcesPage />)
    const merge = await screen.findByRole('button', { name: 'Merge…' })
    expect(merge).toHaveProperty('disabled', true)

    await user.click(screen.getByRole('checkbox', { name: 'Select “Sergei Lavrov”' }))
    expect(merge).toHaveProperty('disabled', true)
    await user.click(screen.getByRole('checkbox', { name: 'Select “Russian MFA”' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select “Astana communiqué”' }))
    await user.click(merge)

    const dialog = await screen.findByRole('dialog', { name: 'Merge 3 sources' })
    // The most used source is kept unless the analyst says otherwise.
    expect(within(dialog).getByRole('radio', { name: /Sergei Lavrov/ })).toHaveProperty('checked', true)
    expect(within(dialog).getByText(/^3 claims will follow to “Sergei Lavrov”/)).toBeTruthy()
    await user.click(within(dialog).getByRole('radio', { name: /Russian MFA/ }))
    expect(within(dialog).getByText(/^7 claims will follow to “Russian MFA”/)).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Merge into “Russian MFA”' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(stubs.mergeRegistryEntries).toHaveBeenCalledExactlyOnceWith({ registry: 'sources', keepId: mfa.id, mergeIds: [communique.id, lavrov.id] })
    // The selection is cleared once merged.
    expect(screen.getByRole('checkbox', { name: 'Select “Russian MFA”' })).toHaveProperty('checked', false)
  })

  it('will not delete a source that claims use, and says to merge it instead', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<SourcesPage />)
    await user.click(await screen.findByRole('button', { name: 'Delete “Sergei Lavrov”' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete source “Sergei Lavrov”?' })
    expect(within(dialog).getByText(/is used by 7 claims, so it cannot be deleted\. Merge it into another source instead/)).toBeTruthy()
    const confirm = within(dialog).getByRole('button', { name: 'Delete' })
    expect(confirm).toHaveProperty('disabled', true)
    await user.click(confirm)
    expect(stubs.deleteRegistryEntry).not.toHaveBeenCalled()
  })

  it('deletes an unused source after confirmation', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<SourcesPage />)
    await user.click(await screen.findByRole('button', { name: 'Delete “Astana communiqué”' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete source “Astana communiqué”?' })
    expect(within(dialog).getByText('“Astana communiqué” is not used by any claim.')).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(stubs.deleteRegistryEntry).toHaveBeenCalledExactlyOnceWith({ registry: 'sources', id: communique.id })
  })
})
