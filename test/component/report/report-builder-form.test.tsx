import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReportBuilderForm, type ReportBuilderFormProps } from '../../../renderer/src/features/report/ReportBuilderForm'
import { SHOWN_MATCHES } from '../../../renderer/src/features/report/ScopeFields'
import type { Choice } from '../../../renderer/src/features/report/scope-choices'
import type { ReportOptions } from '../../../shared/report/report-options'
import { renderWithMantine } from '../render-with-mantine'
import { reportOptions } from './report-fixtures'

const registries = {
  issues: [{ value: 'i-sochi', label: 'Sochi congress' }],
  parties: [
    { value: 'p-russia', label: 'Russia' },
    { value: 'p-turkey', label: 'Turkey' },
  ],
  tags: [{ value: 't-talks', label: 'Diplomacy / Talks' }],
}

const manyDocuments = (count: number): Choice[] => Array.from({ length: count }, (_, i) => ({ value: `doc-${i}`, label: `Astana round ${i} — Gulf Observer` }))

/** The form with its options held in state, as the page holds them; every change is recorded. */
function renderForm(initial: ReportOptions = reportOptions(), props: Partial<ReportBuilderFormProps> = {}) {
  const onChange = vi.fn<(options: ReportOptions) => void>()
  function Harness(): React.JSX.Element {
    const [options, setOptions] = useState(initial)
    return (
      <ReportBuilderForm
        options={options}
        documents={manyDocuments(3)}
        registries={registries}
        errors={{ fields: {}, other: [] }}
        saveStatus="idle"
        onChange={(next) => {
          onChange(next)
          setOptions(next)
        }}
        {...props}
      />
    )
  }
  renderWithMantine(<Harness />)
  return { onChange, last: () => onChange.mock.lastCall?.[0] }
}

describe('ReportBuilderForm', () => {
  it('shows the saved choices', () => {
    renderForm(reportOptions({ date: '2018-01-20', summary: 'Moscow wants the congress.', sections: { ...reportOptions().sections, legend: false }, pageSize: 'Letter' }))
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Sochi congress: where the parties stand')
    expect(screen.getByRole('textbox', { name: 'Author' })).toHaveProperty('value', 'Mira Haddad')
    expect(screen.getByRole('textbox', { name: 'Date' })).toHaveProperty('value', '2018-01-20')
    expect(screen.getByRole('textbox', { name: 'Classification' })).toHaveProperty('value', 'RESTRICTED')
    expect(screen.getByRole('textbox', { name: /^Executive summary/ })).toHaveProperty('value', 'Moscow wants the congress.')
    expect(screen.getByRole('checkbox', { name: 'Grading legend' })).toHaveProperty('checked', false)
    expect(screen.getByRole('checkbox', { name: 'Positions matrix' })).toHaveProperty('checked', true)
    expect(screen.getByRole('radio', { name: 'Letter' })).toHaveProperty('checked', true)
    expect(screen.getByRole('radio', { name: 'Annotated passages' })).toHaveProperty('checked', true)
  })

  it('reports a new title as it is typed', async () => {
    const user = userEvent.setup()
    const { last } = renderForm()
    const title = screen.getByRole('textbox', { name: 'Title' })
    await user.clear(title)
    await user.type(title, 'Kurdish participation')
    expect(last()).toEqual({ ...reportOptions(), title: 'Kurdish participation' })
  })

  it('unticks a section and leaves the others as they were', async () => {
    const user = userEvent.setup()
    const { onChange, last } = renderForm()
    await user.click(screen.getByRole('checkbox', { name: 'Positions matrix' }))
    expect(onChange).toHaveBeenCalledOnce()
    expect(last()?.sections).toEqual({ ...reportOptions().sections, matrix: false })
  })

  it('switches to full text and Letter paper', async () => {
    const user = userEvent.setup()
    const { last } = renderForm()
    await user.click(screen.getByRole('radio', { name: 'Full text' }))
    await user.click(screen.getByRole('radio', { name: 'Letter' }))
    expect(last()).toMatchObject({ documentText: 'full', pageSize: 'Letter' })
  })

  it('narrows the scope to a party and a date range', async () => {
    const user = userEvent.setup()
    const { last } = renderForm()
    await user.type(screen.getByRole('combobox', { name: 'Parties' }), 'turk')
    await user.click(await screen.findByRole('option', { name: 'Turkey' }))
    await user.type(screen.getByRole('textbox', { name: 'From' }), '2017-11-01')
    await user.type(screen.getByRole('textbox', { name: 'To' }), '2018-01-31')
    expect(last()?.scope).toEqual({ ...reportOptions().scope, partyIds: ['p-turkey'], from: '2017-11-01', to: '2018-01-31' })
  })

  it('clearing a date removes the bound', async () => {
    const user = userEvent.setup()
    const { last } = renderForm(reportOptions({ scope: { ...reportOptions().scope, from: '2017-11-01' } }))
    await user.clear(screen.getByRole('textbox', { name: 'From' }))
    expect(last()?.scope.from).toBeNull()
  })

  it(`offers at most ${SHOWN_MATCHES} documents at a time from a large library`, async () => {
    const user = userEvent.setup()
    renderForm(reportOptions(), { documents: manyDocuments(400) })
    await user.click(screen.getByRole('combobox', { name: 'Documents' }))
    const listbox = await screen.findByRole('listbox')
    expect(within(listbox).getAllByRole('option')).toHaveLength(SHOWN_MATCHES)
    await user.type(screen.getByRole('combobox', { name: 'Documents' }), 'round 123 ')
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((option) => option.textContent)).toEqual(['Astana round 123 — Gulf Observer'])
  })

  it('shows main’s objections beside the fields and keeps the input', () => {
    renderForm(reportOptions({ title: '' }), { errors: { fields: { title: 'Give the report a title (at most 300 characters).' }, other: [] }, saveStatus: 'failed' })
    const title = screen.getByRole('textbox', { name: 'Title' })
    expect(title.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Give the report a title (at most 300 characters).')).toBeTruthy()
    expect(within(screen.getByRole('alert')).getByText('These choices were not saved')).toBeTruthy()
    expect(screen.getByText('Not saved yet.')).toBeTruthy()
  })
})
