import { describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ProposalCard } from '../../../renderer/src/features/proposals/ProposalCard'
import { HighlightedText } from '../../../renderer/src/features/annotations/HighlightedText'
import { queueRows } from '../../../renderer/src/features/proposals/queue-rows'
import type { RegistriesView } from '../../../shared/ipc/annotation-contract'
import type { ClaimProposal } from '../../../shared/proposals/types'
import { renderWithMantine } from '../render-with-mantine'

const registries: RegistriesView = {
  sources: [{ id: 's1', name: 'Mevlut Cavusoglu', aliases: [], kind: 'person', partyIds: ['tr'], reliability: 'B' }],
  parties: [{ id: 'tr', name: 'Turkey', color: '#e03131', aliases: [] }],
  issues: [{ id: 'kurds', title: 'Kurdish participation', description: '' }],
  tags: [],
  usage: { sources: {}, parties: {}, issues: {}, tags: {} },
}
const proposal = (over: Partial<ClaimProposal> = {}): ClaimProposal => ({
  key: 'ind-00000001-00000002',
  documentId: 'd1',
  kind: 'indirect',
  content: { start: 10, end: 40, text: 'Turkey would not sit with the PYD' },
  cue: { start: 5, end: 9, text: 'said' },
  source: { start: 0, end: 4, text: 'Cavusoglu' },
  speaker: 'Mevlut Cavusoglu',
  role: 'Foreign Minister',
  confidence: 0.72,
  sourceId: 's1',
  newSource: null,
  partyIds: ['tr'],
  issueId: 'kurds',
  stance: 'opposes',
  stanceSure: false,
  stanceRecord: null,
  reporting: 'paraphrase',
  ...over,
})

describe('a proposed claim', () => {
  it('shows who, for whom, on what and how, and accepts as it is', async () => {
    const actions = { onAccept: vi.fn(), onEdit: vi.fn(), onDismiss: vi.fn() }
    renderWithMantine(<ProposalCard proposal={proposal()} registries={registries} {...actions} />)
    expect(screen.getByText('Mevlut Cavusoglu')).toBeTruthy()
    expect(screen.getByText('Foreign Minister')).toBeTruthy()
    expect(screen.getByText('Opposes')).toBeTruthy()
    expect(screen.getByText(/Kurdish participation/)).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }))
    expect(actions.onAccept).toHaveBeenCalledOnce()
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(actions.onDismiss).toHaveBeenCalledOnce()
  })

  it("says when the stance comes from the party's record rather than the words", async () => {
    const actions = { onAccept: vi.fn(), onEdit: vi.fn(), onDismiss: vi.fn() }
    renderWithMantine(<ProposalCard proposal={proposal({ stanceRecord: { stance: 'opposes', by: 'party', agreeing: 3, of: 4 } })} registries={registries} {...actions} />)
    const badge = screen.getByText("Opposes · party's record")
    await userEvent.hover(badge)
    expect(await screen.findByText(/3 of this party's 4 claims for or against on this issue/)).toBeTruthy()
  })

  it('opens the form instead of accepting when the issue is missing, and marks a proposed new source', async () => {
    const actions = { onAccept: vi.fn(), onEdit: vi.fn(), onDismiss: vi.fn() }
    renderWithMantine(<ProposalCard proposal={proposal({ issueId: null, sourceId: null, newSource: { name: 'Hulusi Akar', role: null, kind: 'person' }, speaker: 'Hulusi Akar' })} registries={registries} {...actions} />)
    expect(screen.getByText(/Hulusi Akar \(new\)/)).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }))
    expect(actions.onAccept).not.toHaveBeenCalled()
    expect(actions.onEdit).toHaveBeenCalledOnce()
  })

  it('is underlined in the text with its speaker drawn beside it, never inserted as text', async () => {
    const onSelectProposal = vi.fn()
    const { container } = renderWithMantine(
      <p>
        <HighlightedText text="Cavusoglu said Turkey would not sit with the PYD." start={0} annotations={[]} onSelect={vi.fn()} proposals={[{ key: 'k1', start: 15, end: 49, speaker: 'Mevlut Cavusoglu' }]} onSelectProposal={onSelectProposal} />
      </p>,
    )
    expect(container.querySelector('p')!.textContent).toBe('Cavusoglu said Turkey would not sit with the PYD.')
    const mark = container.querySelector('[data-proposal-keys="k1"]')!
    expect(mark.getAttribute('data-speaker')).toBe('Mevlut Cavusoglu')
    await userEvent.click(mark)
    expect(onSelectProposal).toHaveBeenCalledWith('k1')
  })
})

describe('the review queue rows', () => {
  it('groups by speaker, largest group first, numbering proposals in order for the keyboard', () => {
    const a = proposal({ key: 'dir-00000001-00000001', speaker: 'Vladimir Putin', confidence: 0.5 })
    const b = proposal({ key: 'dir-00000002-00000002', speaker: 'Vladimir Putin', confidence: 0.9 })
    const c = proposal({ key: 'dir-00000003-00000003', speaker: 'Mevlut Cavusoglu' })
    const rows = queueRows([a, c, b], 'speaker', { title: () => 'Doc', issue: (id) => id })
    expect(rows.map((r) => (r.type === 'group' ? `# ${r.label}` : `${r.index} ${r.proposal.key}`))).toEqual([
      '# Vladimir Putin',
      `0 ${b.key}`,
      `1 ${a.key}`,
      '# Mevlut Cavusoglu',
      `2 ${c.key}`,
    ])
  })
})
