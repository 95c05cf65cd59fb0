import { describe, expect, it, vi } from 'vitest'
import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SelectionToolbar } from '../../../renderer/src/features/annotations/SelectionToolbar'
import { renderWithMantine } from '../render-with-mantine'

const selection = { start: 10, end: 40, rect: { top: 300, left: 200, width: 120, bottom: 320 } }

function renderToolbar() {
  const handlers = { onHighlight: vi.fn(), onNote: vi.fn(), onClaim: vi.fn() }
  renderWithMantine(<SelectionToolbar selection={selection} {...handlers} />)
  return handlers
}

describe('SelectionToolbar', () => {
  it('offers Highlight, Note and Claim as buttons', async () => {
    const user = userEvent.setup()
    const handlers = renderToolbar()
    const toolbar = screen.getByRole('toolbar', { name: 'Annotate selection' })
    expect(toolbar.style.top).toBe('252px')
    await user.click(screen.getByRole('button', { name: /Highlight/ }))
    await user.click(screen.getByRole('button', { name: /Note/ }))
    await user.click(screen.getByRole('button', { name: /Claim/ }))
    expect(handlers.onHighlight).toHaveBeenCalledTimes(1)
    expect(handlers.onNote).toHaveBeenCalledTimes(1)
    expect(handlers.onClaim).toHaveBeenCalledTimes(1)
  })

  it('answers the keys H, N and C, but not with modifiers or while typing', () => {
    const handlers = renderToolbar()
    fireEvent.keyDown(window, { key: 'h' })
    fireEvent.keyDown(window, { key: 'N' })
    fireEvent.keyDown(window, { key: 'c' })
    fireEvent.keyDown(window, { key: 'c', ctrlKey: true })
    const input = document.createElement('input')
    document.body.appendChild(input)
    fireEvent.keyDown(input, { key: 'h' })
    input.remove()
    expect(handlers.onHighlight).toHaveBeenCalledTimes(1)
    expect(handlers.onNote).toHaveBeenCalledTimes(1)
    expect(handlers.onClaim).toHaveBeenCalledTimes(1)
  })
})
