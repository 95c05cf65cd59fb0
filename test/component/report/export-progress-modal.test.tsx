import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ExportProgressModal } from '../../../renderer/src/features/report/ExportProgressModal'
import type { ReportExportProgress } from '../../../shared/ipc/contract'
import { renderWithMantine } from '../render-with-mantine'
import { exportProgress } from './report-fixtures'

function renderModal(progress: ReportExportProgress | null) {
  const onCancel = vi.fn<() => void>()
  const onClose = vi.fn<() => void>()
  const result = renderWithMantine(<ExportProgressModal progress={progress} onCancel={onCancel} onClose={onClose} />)
  return { ...result, onCancel, onClose }
}

describe('ExportProgressModal', () => {
  it('is closed when no export runs', () => {
    renderModal(null)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('shows the stage, the message, the share done and where the file goes', async () => {
    renderModal(exportProgress({ stage: 'printing', fraction: 0.6, message: 'Printing 4 pages' }))
    const dialog = await screen.findByRole('dialog', { name: 'Saving the report' })
    expect(within(dialog).getByText('Printing the pages')).toBeTruthy()
    expect(within(dialog).getByText('Printing 4 pages')).toBeTruthy()
    expect(within(dialog).getByText('PDF · /home/analyst/sochi.pdf')).toBeTruthy()
    expect(within(dialog).getByRole('progressbar', { name: 'Export progress' }).getAttribute('aria-valuenow')).toBe('60')
  })

  it('stripes the bar only while printing', async () => {
    const { rerender } = renderModal(exportProgress({ stage: 'printing' }))
    const striped = () => screen.getByRole('progressbar').hasAttribute('data-striped')
    expect(striped()).toBe(true)
    rerender(<ExportProgressModal progress={exportProgress({ stage: 'writing', fraction: 0.9, message: 'Writing the file' })} onCancel={vi.fn()} onClose={vi.fn()} />)
    expect(striped()).toBe(false)
  })

  it('asks to cancel', async () => {
    const user = userEvent.setup()
    const { onCancel, onClose } = renderModal(exportProgress())
    await user.click(await screen.findByRole('button', { name: 'Cancel' }))
    expect(onCancel).toHaveBeenCalledOnce()
    expect(onClose).not.toHaveBeenCalled()
  })

  it('shows why an export failed, in an alert, and closes on request', async () => {
    const user = userEvent.setup()
    const { onCancel, onClose } = renderModal(exportProgress({ stage: 'failed', message: 'The disk is full.' }))
    const dialog = await screen.findByRole('dialog', { name: 'Saving the report' })
    expect(within(dialog).getByRole('alert').textContent).toBe('The disk is full.')
    expect(within(dialog).queryByRole('button', { name: 'Cancel' })).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledOnce()
    expect(onCancel).not.toHaveBeenCalled()
  })
})
