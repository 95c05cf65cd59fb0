import { afterEach, describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { TagsPage } from '../../../renderer/src/features/registries'
import { renderWithMantine } from '../render-with-mantine'
import { diplomacy, registriesView, removeParley, sanctions, stubParley, talks, violence } from './registry-fixtures'

afterEach(removeParley)

/** The tree item showing `name` (its own row, not a sub-tag's). */
const itemOf = (name: string) =>
  screen.getAllByRole('treeitem').find((item) => within(item).getAllByTestId('tag-row')[0]!.textContent?.startsWith(name))!
const rowOf = (name: string) => within(itemOf(name)).getAllByTestId('tag-row')[0]!

async function openAction(user: ReturnType<typeof userEvent.setup>, tagName: string, action: RegExp) {
  await user.click(screen.getByRole('button', { name: `Actions for “${tagName}”` }))
  await user.click(await screen.findByRole('menuitem', { name: action }))
}

describe('TagsPage', () => {
  it('shows the codebook as a tree with sub-tags nested under their parents, and their counts', async () => {
    stubParley(registriesView())
    renderWithMantine(<TagsPage />)
    const tree = await screen.findByRole('tree', { name: 'Tag codebook' })
    expect(screen.getByText('5 tags')).toBeTruthy()

    const levels = within(tree)
      .getAllByRole('treeitem')
      .map((item) => `${item.getAttribute('data-level')} ${within(item).getAllByTestId('tag-row')[0]!.textContent}`)
    expect(levels).toEqual([
      '1 Diplomacy4 annotationsActions',
      '2 Sanctions0 annotationsActions',
      '2 Talks2 annotationsActions',
      '3 Sochi9 annotationsActions',
      '1 Violence0 annotationsActions',
    ])
    // Nesting is structural: Sochi sits inside Talks, which sits inside Diplomacy.
    expect(within(itemOf('Talks')).getAllByRole('treeitem')).toEqual([itemOf('Sochi')])
    expect(within(itemOf('Diplomacy')).getAllByRole('treeitem')).toHaveLength(3)
    expect(within(itemOf('Violence')).queryAllByRole('treeitem')).toHaveLength(0)
  })

  it('collapses a branch when its tag is clicked, but not when its actions menu is opened', async () => {
    const user = userEvent.setup({ delay: null })
    stubParley(registriesView())
    renderWithMantine(<TagsPage />)
    await screen.findByRole('tree')
    await user.click(screen.getByRole('button', { name: 'Actions for “Talks”' }))
    expect(await screen.findByRole('menu')).toBeTruthy()
    expect(itemOf('Talks').getAttribute('aria-expanded')).toBe('true')
    await user.keyboard('{Escape}')
    await user.click(within(rowOf('Talks')).getByText('Talks'))
    expect(itemOf('Talks').getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByText('Sochi')).toBeNull()
  })

  it('offers no parent that would put a tag under itself or its own sub-tags', async () => {
    const user = userEvent.setup({ delay: null })
    stubParley(registriesView())
    renderWithMantine(<TagsPage />)
    await screen.findByRole('tree')
    await openAction(user, 'Talks', /Rename, recolour or move/)
    const dialog = await screen.findByRole('dialog', { name: 'Edit tag “Talks”' })
    const parent = within(dialog).getByRole('combobox', { name: 'Parent' })
    expect(parent).toHaveProperty('value', 'Diplomacy')
    await user.click(parent)
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent)
    expect(options).toEqual(['Diplomacy', 'Diplomacy / Sanctions', 'Violence'])
  })

  it('moves, renames and recolours a tag in one save', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<TagsPage />)
    await screen.findByRole('tree')
    await openAction(user, 'Talks', /Rename, recolour or move/)
    const dialog = await screen.findByRole('dialog', { name: 'Edit tag “Talks”' })
    const name = within(dialog).getByRole('textbox', { name: 'Name' })
    await user.clear(name)
    await user.type(name, 'Negotiations')
    const colour = within(dialog).getByRole('textbox', { name: 'Colour' })
    await user.clear(colour)
    await user.type(colour, '#2F9E44')
    await user.click(within(dialog).getByRole('combobox', { name: 'Parent' }))
    await user.click(await screen.findByRole('option', { name: 'Violence' }))
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(stubs.saveTag).toHaveBeenCalledExactlyOnceWith({ id: talks.id, name: 'Negotiations', color: '#2f9e44', parentId: violence.id })
  })

  it('adds a sub-tag under the tag whose menu it came from, in its colour', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<TagsPage />)
    await screen.findByRole('tree')
    await openAction(user, 'Sanctions', /Add sub-tag/)
    const dialog = await screen.findByRole('dialog', { name: 'New tag' })
    expect(within(dialog).getByRole('combobox', { name: 'Parent' })).toHaveProperty('value', 'Diplomacy / Sanctions')
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Oil embargo')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(stubs.saveTag).toHaveBeenCalledExactlyOnceWith({ id: null, name: 'Oil embargo', color: sanctions.color, parentId: sanctions.id }))
  })

  it('merges a tag into another, never into its own sub-tags', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<TagsPage />)
    await screen.findByRole('tree')
    await openAction(user, 'Diplomacy', /Merge into another tag/)
    const dialog = await screen.findByRole('dialog', { name: 'Merge tag “Diplomacy”' })
    expect(within(dialog).getByText('“Diplomacy” is used by 4 annotations. Choose the tag to merge it into.')).toBeTruthy()
    await user.click(within(dialog).getByRole('combobox', { name: 'Merge into' }))
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual(['Violence'])
    await user.click(screen.getByRole('option', { name: 'Violence' }))
    expect(within(dialog).getByText(/^4 annotations will be tagged “Violence” instead, and its 2 sub-tags move under it\./)).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(stubs.mergeRegistryEntries).toHaveBeenCalledExactlyOnceWith({ registry: 'tags', keepId: violence.id, mergeIds: [diplomacy.id] })
  })

  it('deletes a used tag after saying where its sub-tags go', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView())
    renderWithMantine(<TagsPage />)
    await screen.findByRole('tree')
    await openAction(user, 'Talks', /Delete/)
    const dialog = await screen.findByRole('dialog', { name: 'Delete tag “Talks”?' })
    expect(within(dialog).getByText('Used by 2 annotations, which lose this tag. Its sub-tag moves up to “Diplomacy”.')).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(stubs.deleteRegistryEntry).toHaveBeenCalledExactlyOnceWith({ registry: 'tags', id: talks.id })
  })

  it('says a top-level tag’s sub-tags move to the top level', async () => {
    const user = userEvent.setup({ delay: null })
    stubParley(registriesView())
    renderWithMantine(<TagsPage />)
    await screen.findByRole('tree')
    await openAction(user, 'Diplomacy', /Delete/)
    const dialog = await screen.findByRole('dialog', { name: 'Delete tag “Diplomacy”?' })
    expect(within(dialog).getByText('Used by 4 annotations, which lose this tag. Its 2 sub-tags move up to the top level.')).toBeTruthy()
  })

  it('says so when the tag to delete is unused and has no sub-tags', async () => {
    const user = userEvent.setup({ delay: null })
    stubParley(registriesView())
    renderWithMantine(<TagsPage />)
    await screen.findByRole('tree')
    await openAction(user, 'Violence', /Delete/)
    const dialog = await screen.findByRole('dialog', { name: 'Delete tag “Violence”?' })
    expect(within(dialog).getByText('Not used by any annotation.')).toBeTruthy()
  })

  it('offers to create the first tag when the codebook is empty', async () => {
    const user = userEvent.setup({ delay: null })
    const stubs = stubParley(registriesView({ tags: [] }))
    renderWithMantine(<TagsPage />)
    expect(await screen.findByText('No tags yet')).toBeTruthy()
    expect(screen.queryByRole('tree')).toBeNull()
    const buttons = screen.getAllByRole('button', { name: 'New tag' })
    await user.click(buttons[buttons.length - 1]!)
    const dialog = await screen.findByRole('dialog', { name: 'New tag' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Humanitarian access')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(stubs.saveTag).toHaveBeenCalledExactlyOnceWith({ id: null, name: 'Humanitarian access', color: '#c92a2a', parentId: null }))
  })
})

