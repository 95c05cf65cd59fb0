import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ClaimForm, type ClaimDraft } from '../../../renderer/src/features/annotations/ClaimForm'
import type { RegistriesView } from '../../../shared/ipc/annotation-contract'
import { renderWithMantine } from '../render-with-mantine'

const registries: RegistriesView = {
  sources: [
    { id: 'putin', name: 'Vladimir Putin', aliases: ['Russian President Vladimir Putin', 'Putin'], kind: 'person', partyIds: ['russia'], reliability: 'B' },
    { id: 'mistura', name: 'Staffan de Mistura', aliases: ['UN envoy'], kind: 'person', partyIds: ['un'], reliability: 'B' },
  ],
  parties: [
    { id: 'russia', name: 'Russia', color: '#c92a2a', aliases: ['Moscow', 'the Kremlin'] },
    { id: 'un', name: 'United Nations', color: '#1971c2', aliases: ['UN'] },
  ],
  issues: [{ id: 'sochi', title: 'Sochi congress', description: '' }],
  tags: [],
  usage: { sources: {}, parties: {}, issues: {}, tags: {} },
}

const empty: ClaimDraft = { sourceId: null, partyIds: [], issueId: null, stance: 'unclear', reporting: 'direct-quote', statementDate: '2017-11-22', credibility: 6, note: '' }

function renderForm(initial = empty, onSave = vi.fn(async (_draft: ClaimDraft) => null as string | null)) {
  const actions = { createSource: vi.fn(async () => 'new-source'), createParty: vi.fn(async () => 'new-party'), createIssue: vi.fn(async () => 'new-issue'), setSourceReliability: vi.fn(async () => undefined) }
  renderWithMantine(<ClaimForm title="New claim" quote="We agreed to support the congress." initial={initial} registries={registries} actions={actions} onCancel={vi.fn()} onSave={onSave} />)
  return { actions, onSave }
}

describe('ClaimForm', () => {
  it('finds a source by a misspelt alias, takes its parties by default, and saves the claim', async () => {
    const user = userEvent.setup()
    const { onSave } = renderForm()
    await user.type(screen.getByRole('combobox', { name: 'Source' }), 'Rusian Presdent')
    await user.click(await screen.findByRole('option', { name: 'Vladimir Putin' }))
    await user.click(screen.getByRole('radio', { name: 'Supports' }))
    await user.type(screen.getByRole('combobox', { name: 'Issue' }), 'sochi')
    await user.click(await screen.findByRole('option', { name: 'Sochi congress' }))
    await user.click(screen.getByRole('button', { name: 'Save claim' }))
    expect(onSave).toHaveBeenCalledWith({ ...empty, sourceId: 'putin', partyIds: ['russia'], issueId: 'sochi', stance: 'supports' })
  })

  it('creates a new source inline from what was typed', async () => {
    const user = userEvent.setup()
    const { actions } = renderForm()
    await user.type(screen.getByRole('combobox', { name: 'Source' }), 'Mevlut Cavusoglu')
    await user.click(await screen.findByRole('option', { name: '+ Create “Mevlut Cavusoglu”' }))
    expect(actions.createSource).toHaveBeenCalledWith('Mevlut Cavusoglu')
  })

  it('says what is missing and does not save', async () => {
    const user = userEvent.setup()
    const { onSave } = renderForm()
    await user.click(screen.getByRole('button', { name: 'Save claim' }))
    expect(screen.getByText('Who said it?')).toBeTruthy()
    expect(screen.getByText('What is the claim about?')).toBeTruthy()
    expect(onSave).not.toHaveBeenCalled()
  })

  it('shows the error main returns and stays open', async () => {
    const user = userEvent.setup()
    renderForm({ ...empty, sourceId: 'putin', partyIds: ['russia'], issueId: 'sochi' }, vi.fn(async () => 'Unknown issue: sochi.'))
    await user.click(screen.getByRole('button', { name: 'Save claim' }))
    expect(within(await screen.findByRole('alert')).getByText('Unknown issue: sochi.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Save claim' })).toBeTruthy()
  })
})
