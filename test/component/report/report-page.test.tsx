import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReportPage } from '../../../renderer/src/features/report/ReportPage'
import type { DocumentsQuery } from '../../../renderer/src/features/library/use-documents'
import { makeDocument } from '../fixtures'
import { renderWithMantine } from '../render-with-mantine'
import { exportProgress, ok, removeParley, reportOptions, stubReportParley } from './report-fixtures'

afterEach(removeParley)

const documents: DocumentsQuery = {
  status: 'success',
  data: [makeDocument({ id: 'd-sochi', title: 'Putin hosts Erdogan and Rouhani in Sochi', outlet: 'Gulf Observer', publishedAt: '2017-11-22' })],
  error: null,
  reload: vi.fn(),
  replace: vi.fn(),
}

describe('ReportPage', () => {
  it('opens with the saved choices and their preview', async () => {
    stubReportParley()
    renderWithMantine(<ReportPage documents={documents} />)
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveProperty('value', reportOptions().title)
    await waitFor(() => expect(screen.getByTestId('report-counts').textContent).toBe('12 documents · 48 annotations · 30 claims · 9 footnotes'))
    expect(screen.getByTestId('report-preview').shadowRoot?.querySelector('h2')?.textContent).toBe('Executive summary')
  })

  it('saves an edit to the library and previews it', async () => {
    const user = userEvent.setup()
    const stubs = stubReportParley()
    renderWithMantine(<ReportPage documents={documents} />)
    await user.click(await screen.findByRole('checkbox', { name: 'Source list' }))
    const edited = reportOptions({ sections: { ...reportOptions().sections, sources: false } })
    await waitFor(() => expect(stubs.saveReportOptions).toHaveBeenCalledExactlyOnceWith({ options: edited }))
    await waitFor(() => expect(stubs.previewReport).toHaveBeenLastCalledWith({ options: edited }))
  })

  it('exports the current choices and follows the job in the progress dialog', async () => {
    const user = userEvent.setup()
    const stubs = stubReportParley({
      startReportExport: async () => ok({ started: true as const, progress: exportProgress({ stage: 'composing', message: 'Composing 12 documents' }) }),
      getReportExport: async () => ok(exportProgress({ stage: 'printing', message: 'Printing 4 pages' })),
    })
    renderWithMantine(<ReportPage documents={documents} />)
    await user.click(await screen.findByRole('button', { name: 'Save as Markdown' }))
    expect(stubs.startReportExport).toHaveBeenCalledExactlyOnceWith({ options: reportOptions(), format: 'md' })
    const dialog = await screen.findByRole('dialog', { name: 'Saving the report' })
    expect(await within(dialog).findByText('Printing 4 pages')).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(stubs.cancelReportExport).toHaveBeenCalledWith({ jobId: 'job-1' })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('offers the three formats, PDF first', async () => {
    stubReportParley()
    renderWithMantine(<ReportPage documents={documents} />)
    await screen.findByRole('textbox', { name: 'Title' })
    expect(screen.getAllByRole('button', { name: /^Save as / }).map((button) => button.textContent)).toEqual(['Save as PDF', 'Save as HTML', 'Save as Markdown'])
  })
})
