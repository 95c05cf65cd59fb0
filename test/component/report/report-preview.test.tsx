import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReportPreview } from '../../../renderer/src/features/report/ReportPreview'
import { ParleyIpcError } from '../../../renderer/src/ipc/parley-client'
import { renderWithMantine } from '../render-with-mantine'
import { reportPreview } from './report-fixtures'

const shadowOf = () => {
  const root = screen.getByTestId('report-preview').shadowRoot
  if (!root) throw new Error('the preview has no shadow root')
  return root
}

describe('ReportPreview', () => {
  it('renders the report into an open shadow root, styled as paper, with its counts above', () => {
    renderWithMantine(<ReportPreview shown={{ preview: reportPreview(), pageSize: 'A4' }} updating={false} error={null} />)
    const host = screen.getByRole('region', { name: 'Report preview' })
    expect(host.shadowRoot?.mode).toBe('open')
    expect(shadowOf().querySelector('.report-sheet > section > h2')?.textContent).toBe('Executive summary')
    // The report's body rule now applies to the sheet, and the sheet is A4 paper.
    const css = [...shadowOf().querySelectorAll('style')].map((style) => style.textContent).join('\n')
    expect(css).toContain('.report-sheet { color: #1b1b1b; }')
    expect(css).toContain('width: 210mm')
    // Nothing of the report leaks into the page itself.
    expect(host.querySelector('h2')).toBeNull()
    expect(screen.getByTestId('report-counts').textContent).toBe('12 documents · 48 annotations · 30 claims · 9 footnotes')
  })

  it('replaces the content when a new preview arrives, on Letter paper', () => {
    const { rerender } = renderWithMantine(<ReportPreview shown={{ preview: reportPreview(), pageSize: 'A4' }} updating={false} error={null} />)
    const next = reportPreview({ body: '<section class="major"><h2>Source list</h2></section>', counts: { documents: 1, annotations: 1, claims: 0, footnotes: 1 } })
    rerender(<ReportPreview shown={{ preview: next, pageSize: 'Letter' }} updating={false} error={null} />)
    expect([...shadowOf().querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Source list'])
    expect(shadowOf().innerHTML).toContain('width: 215.9mm')
    expect(screen.getByTestId('report-counts').textContent).toBe('1 document · 1 annotation · 0 claims · 1 footnote')
  })

  it('says what a large report’s preview leaves out, and says nothing when it shows everything', () => {
    const { rerender } = renderWithMantine(<ReportPreview shown={{ preview: reportPreview(), pageSize: 'A4' }} updating={false} error={null} />)
    expect(screen.queryByTestId('report-preview-omitted')).toBeNull()
    rerender(<ReportPreview shown={{ preview: reportPreview({ omitted: { documents: 1988, claims: 5200 } }), pageSize: 'A4' }} updating={false} error={null} />)
    expect(screen.getByTestId('report-preview-omitted').textContent).toBe(
      'To stay quick, the preview leaves out 1,988 more annotated documents and 5,200 more claims in the findings. The saved report holds everything.',
    )
  })

  it('keeps the previous preview on screen while a new one is composed', () => {
    const { rerender } = renderWithMantine(<ReportPreview shown={{ preview: reportPreview(), pageSize: 'A4' }} updating={false} error={null} />)
    expect(screen.queryByText('Updating…')).toBeNull()
    rerender(<ReportPreview shown={{ preview: reportPreview(), pageSize: 'A4' }} updating error={null} />)
    expect(screen.getByText('Updating…')).toBeTruthy()
    expect(shadowOf().querySelector('h2')?.textContent).toBe('Executive summary')
  })

  it('says when the preview could not be updated', () => {
    const error = new ParleyIpcError({ code: 'internal', message: 'The library is closing.' })
    renderWithMantine(<ReportPreview shown={{ preview: reportPreview(), pageSize: 'A4' }} updating={false} error={error} />)
    expect(screen.getByRole('alert').textContent).toBe('The preview could not be updated: The library is closing.')
  })

  it('follows a link inside the report without changing the app’s route', async () => {
    window.location.hash = '#/report'
    const body = '<nav class="toc"><a href="#summary">Executive summary</a></nav><section class="major" id="summary"><h2>Executive summary</h2></section>'
    renderWithMantine(<ReportPreview shown={{ preview: reportPreview({ body }), pageSize: 'A4' }} updating={false} error={null} />)
    const link = shadowOf().querySelector('a')
    if (!link) throw new Error('no link in the preview')
    await userEvent.setup().click(link)
    expect(window.location.hash).toBe('#/report')
  })
})
