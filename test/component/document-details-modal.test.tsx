import { describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DocumentDetailsModal } from '../../renderer/src/features/reader/DocumentDetailsModal'
import { ParleyIpcError } from '../../renderer/src/ipc/parley-client'
import type { DocumentDetailsInput } from '../../shared/ipc/contract'
import { makeDocument } from './fixtures'
import { renderWithMantine } from './render-with-mantine'

const document = makeDocument({ title: 'Sochi congress set', outlet: 'Gulf Observer', byline: null, publishedAt: '2017-12-22', language: 'en' })

describe('DocumentDetailsModal', () => {
  it('starts from the current details and saves every edited field', async () => {
    const user = userEvent.setup()
    const onSave = vi.fn(async (_details: DocumentDetailsInput) => null)
    const onClose = vi.fn()
    renderWithMantine(<DocumentDetailsModal document={document} opened onClose={onClose} onSave={onSave} />)
    expect(screen.getByLabelText(/Title/)).toHaveProperty('value', 'Sochi congress set')
    expect(screen.getByLabelText('Published')).toHaveProperty('value', '2017-12-22')
    await user.clear(screen.getByLabelText('Outlet'))
    await user.type(screen.getByLabelText('Outlet'), 'Gulf Observer Online')
    await user.type(screen.getByLabelText('Author'), 'Omar Siddiqui')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(onSave).toHaveBeenCalledWith({ title: 'Sochi congress set', outlet: 'Gulf Observer Online', byline: 'Omar Siddiqui', publishedAt: '2017-12-22', language: 'en' })
    expect(onClose).toHaveBeenCalled()
  })

  it('shows main’s validation errors beside their fields and stays open', async () => {
    const user = userEvent.setup()
    const onSave = vi.fn(async () => new ParleyIpcError({ code: 'invalid-arguments', message: 'Invalid arguments for documents:update-details.', details: ['details.publishedAt: Dates are written YYYY-MM-DD.'] }))
    const onClose = vi.fn()
    renderWithMantine(<DocumentDetailsModal document={document} opened onClose={onClose} onSave={onSave} />)
    await user.clear(screen.getByLabelText('Published'))
    await user.type(screen.getByLabelText('Published'), '22/12/2017')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Dates are written YYYY-MM-DD.')).toBeTruthy()
    expect(onClose).not.toHaveBeenCalled()
  })
})
