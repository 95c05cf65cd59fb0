import { afterEach, describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { PartiesPage } from '../../../renderer/src/features/registries'
import { renderWithMantine } from '../render-with-mantine'
import { registriesView, removeParley, russia, stubParley, un } from './registry-fixtures'

afterEach(removeParley)

describe('PartiesPage', () => {
  it('lists parties with their colour, aliases and the claims that speak for them', async () => {
    stubParley(registriesView())
    renderWithMantine(<PartiesPage />)
    const table = await screen.findByRole('table', { name: 'Parties' })
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').slice(1, 4).map((cell) => cell.textContent))
    expect(rows).toEqual([
      ['', 'Russiaalso Moscow, the Kremlin', '11'],
      ['', 'Syrian oppositionalso HNC', '0'],
      ['', 'UN', '2'],
    ])
    expect(within(table).getByLabelText('Colour #c92a2a')).toBeTruthy()
  })

  it('creates a party in the first colour no other party uses, with its aliases', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<PartiesPage />)
    await user.click(await screen.findByRole('button', { name: 'New party' }))
    const dialog = await screen.findByRole('dialog', { name: 'New party' })
    // Russia, UN and the opposition use the first three swatches.
    expect(within(dialog).getByRole('textbox', { name: 'Colour' })).toHaveProperty('value', '#e8590c')
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Turkey')
    await user.type(within(dialog).getByRole('combobox', { name: 'Aliases' }), 'Ankara{Enter}turkey{Enter}')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    // "turkey" repeats the name, so it is no alias.
    expect(stubs.saveParty).toHaveBeenCalledExactlyOnceWith({ id: null, name: 'Turkey', color: '#e8590c', aliases: ['Ankara'] })
  })

  it('refuses a colour that is not a hex colour', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<PartiesPage />)
    await user.click(await screen.findByRole('button', { name: 'Edit “UN”' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit party “UN”' })
    const colour = within(dialog).getByRole('textbox', { name: 'Colour' })
    await user.clear(colour)
    await user.type(colour, 'blue')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText('Choose a colour such as #1971c2.')).toBeTruthy()
    expect(stubs.saveParty).not.toHaveBeenCalled()
  })

  it('merges parties, counting the claims that follow', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<PartiesPage />)
    await user.click(await screen.findByRole('checkbox', { name: 'Select all' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select “Syrian opposition”' }))
    await user.click(screen.getByRole('button', { name: 'Merge…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Merge 2 parties' })
    expect(within(dialog).getByText(/^2 claims will follow to “Russia”\./)).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Merge into “Russia”' }))
    await waitFor(() => expect(stubs.mergeRegistryEntries).toHaveBeenCalledExactlyOnceWith({ registry: 'parties', keepId: russia.id, mergeIds: [un.id] }))
  })

  it('blocks deleting a party that claims speak for', async () => {
    const user = userEvent.setup({ delay: null })
    stubParley(registriesView())
    renderWithMantine(<PartiesPage />)
    await user.click(await screen.findByRole('button', { name: 'Delete “UN”' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete party “UN”?' })
    expect(within(dialog).getByText(/used by 2 claims, so it cannot be deleted\. Merge it into another party instead/)).toBeTruthy()
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toHaveProperty('disabled', true)
  })
})
