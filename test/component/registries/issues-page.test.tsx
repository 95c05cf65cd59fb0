import { afterEach, describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { IssuesPage } from '../../../renderer/src/features/registries'
import { renderWithMantine } from '../render-with-mantine'
import { kurds, registriesView, removeParley, sochi, stubParley } from './registry-fixtures'

afterEach(removeParley)

describe('IssuesPage', () => {
  it('lists issues with their description and claim count', async () => {
    stubParley(registriesView())
    renderWithMantine(<IssuesPage />)
    const table = await screen.findByRole('table', { name: 'Issues' })
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').slice(1, 4).map((cell) => cell.textContent))
    expect(rows).toEqual([
      ['Kurdish participation', '—', '0'],
      ['Sochi congress', 'Who attends the Syrian National Dialogue Congress.', '5'],
    ])
  })

  it('edits an issue’s title, description and keywords', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<IssuesPage />)
    await user.click(await screen.findByRole('button', { name: 'Edit “Kurdish participation”' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit issue “Kurdish participation”' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Whether the PYD is invited.')
    // Keywords help Parley propose this issue for a claim; a repeat is kept once.
    const keywords = within(dialog).getByLabelText('Keywords', { exact: false, selector: 'input' })
    await user.type(keywords, 'YPG{Enter}PYD{Enter}YPG{Enter}')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(stubs.saveIssue).toHaveBeenCalledExactlyOnceWith({ id: kurds.id, title: kurds.title, description: 'Whether the PYD is invited.', keywords: ['YPG', 'PYD'] })
  })

  it('requires a title', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<IssuesPage />)
    await user.click(await screen.findByRole('button', { name: 'New issue' }))
    const dialog = await screen.findByRole('dialog', { name: 'New issue' })
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText('A title is required.')).toBeTruthy()
    expect(stubs.saveIssue).not.toHaveBeenCalled()
  })

  it('deletes an unused issue but not one that claims are about', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<IssuesPage />)
    await user.click(await screen.findByRole('button', { name: `Delete “${sochi.title}”` }))
    let dialog = await screen.findByRole('dialog', { name: `Delete issue “${sochi.title}”?` })
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toHaveProperty('disabled', true)
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))

    await user.click(screen.getByRole('button', { name: `Delete “${kurds.title}”` }))
    dialog = await screen.findByRole('dialog', { name: `Delete issue “${kurds.title}”?` })
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(stubs.deleteRegistryEntry).toHaveBeenCalledExactlyOnceWith({ registry: 'issues', id: kurds.id }))
  })
})
