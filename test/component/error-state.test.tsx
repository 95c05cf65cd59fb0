import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ErrorState } from '../../renderer/src/components/ErrorState'
import { ParleyIpcError } from '../../renderer/src/ipc/parley-client'
import { ipcErrorCodes, type IpcErrorCode } from '../../shared/ipc/errors'
import { renderWithMantine } from './render-with-mantine'

const error = (code: IpcErrorCode, message = 'Something happened.', details?: string[]) => new ParleyIpcError({ code, message, details })

describe('ErrorState', () => {
  it.each<[IpcErrorCode, string]>([
    ['library-in-use', 'Library in use'],
    ['not-found', 'Not found'],
    ['invalid-arguments', 'Invalid request'],
    ['library-too-new', 'Library from a newer Parley'],
    ['internal', 'Something went wrong'],
  ])('titles a %s error "%s"', (code, title) => {
    renderWithMantine(<ErrorState error={error(code)} />)
    expect(screen.getByRole('alert', { name: title })).toBeTruthy()
  })

  it('gives every error code a title of its own', () => {
    for (const code of ipcErrorCodes) {
      const { unmount } = renderWithMantine(<ErrorState error={error(code)} />)
      expect(screen.getByRole('alert').querySelector('.mantine-Alert-title')?.textContent).not.toBe('Error')
      unmount()
    }
  })

  it('shows the message, each detail and the code', () => {
    renderWithMantine(
      <ErrorState
        error={error('library-damaged', 'The library file could not be read.', ['library.json: unexpected end of JSON', 'backup: missing'])}
      />,
    )
    const alert = screen.getByRole('alert', { name: 'Library damaged' })
    expect(within(alert).getByText('The library file could not be read.')).toBeTruthy()
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'library.json: unexpected end of JSON',
      'backup: missing',
    ])
    const code = within(alert).getByText('library-damaged')
    expect(code.tagName).toBe('CODE')
    expect(code.parentElement!.textContent).toBe('Error code: library-damaged')
  })

  it('shows no list when there are no details', () => {
    renderWithMantine(<ErrorState error={error('not-found', 'No such document.')} />)
    expect(screen.queryByRole('list')).toBeNull()
    expect(screen.getByText('No such document.')).toBeTruthy()
  })

  it('offers "Try again" only with onRetry, and calls it', async () => {
    const user = userEvent.setup()
    const { rerender } = renderWithMantine(<ErrorState error={error('internal')} />)
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()

    const onRetry = vi.fn<() => void>()
    rerender(<ErrorState error={error('internal')} onRetry={onRetry} />)
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })
})
