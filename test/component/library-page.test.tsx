import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { LibraryPage } from '../../renderer/src/features/library/LibraryPage'
import type { DocumentsQuery } from '../../renderer/src/features/library/use-documents'
import { ParleyIpcError } from '../../renderer/src/ipc/parley-client'
import type { ParleyDocument } from '../../shared/domain/document'
import { makeDocument } from './fixtures'
import { renderWithMantine } from './render-with-mantine'
import { stubLibraryViewport } from './viewport'

stubLibraryViewport()

const reloadMock = () => vi.fn<() => void>()

const loading = (): DocumentsQuery => ({ status: 'loading', data: null, error: null, reload: reloadMock(), replace: vi.fn() })
const loaded = (data: ParleyDocument[]): DocumentsQuery => ({ status: 'success', data, error: null, reload: reloadMock(), replace: vi.fn() })
const failed = (error: ParleyIpcError, data: ParleyDocument[] | null = null): DocumentsQuery => ({ status: 'error', data, error, reload: reloadMock(), replace: vi.fn() })

const libraryInUse = () =>
  new ParleyIpcError({
    code: 'library-in-use',
    message: 'Another Parley window has this library open.',
    details: ['/home/analyst/Parley/library.lock'],
  })

function library(): ParleyDocument[] {
  return [
    makeDocument({ id: 'old', title: 'Ceasefire talks resume in Doha', outlet: 'The Levant Ledger', byline: 'Mira Haddad', publishedAt: '2017-11-22', wordCount: 800 }),
    makeDocument({ id: 'undated', title: 'Archive note without a date', outlet: 'Gulf Monitor', byline: 'Tom Reyes', publishedAt: null, wordCount: 120 }),
    makeDocument({ id: 'new', title: 'Sanctions relief on the table', outlet: 'Gulf Monitor', byline: 'Ana Sousa', publishedAt: '2024-05-10', wordCount: 2400 }),
  ]
}

function renderPage(documents: DocumentsQuery, { importing = false } = {}) {
  const onImport = vi.fn<() => void>()
  const result = renderWithMantine(<LibraryPage documents={documents} onImport={onImport} importing={importing} />)
  return { ...result, onImport }
}

const rowTitles = (): string[] => screen.queryAllByTestId('library-row').map((row) => within(row).getByRole('link').textContent ?? '')
const ariaSortOf = (column: string): string | null => screen.getByRole('button', { name: `Sort by ${column}` }).closest('th')!.getAttribute('aria-sort')

describe('LibraryPage states', () => {
  it('shows the loading state while the documents are on their way', () => {
    renderPage(loading())
    expect(screen.getByText('Opening the library…')).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.queryByRole('textbox', { name: 'Filter the library' })).toBeNull()
  })

  it('shows the error with its message and code, and "Try again" reloads', async () => {
    const user = userEvent.setup()
    const documents = failed(libraryInUse())
    renderPage(documents)

    const alert = screen.getByRole('alert', { name: 'Library in use' })
    expect(within(alert).getByText('Another Parley window has this library open.')).toBeTruthy()
    expect(within(alert).getByText('library-in-use').tagName).toBe('CODE')
    expect(within(alert).getByRole('listitem').textContent).toBe('/home/analyst/Parley/library.lock')
    expect(screen.queryByText('Opening the library…')).toBeNull()
    expect(screen.queryByRole('table')).toBeNull()

    expect(documents.reload).not.toHaveBeenCalled()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(documents.reload).toHaveBeenCalledTimes(1)
  })

  it('keeps showing the documents it has when a reload fails, with the error above them', () => {
    renderPage(failed(libraryInUse(), library()))
    expect(screen.getByRole('alert', { name: 'Library in use' })).toBeTruthy()
    expect(screen.getAllByTestId('library-row')).toHaveLength(3)
  })

  it('shows the empty state, whose import button calls onImport', async () => {
    const user = userEvent.setup()
    const { onImport } = renderPage(loaded([]))
    expect(screen.getByText('Your library is empty')).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()

    const button = screen.getByRole('button', { name: 'Import articles…' })
    expect((button as HTMLButtonElement).disabled).toBe(false)
    await user.click(button)
    expect(onImport).toHaveBeenCalledTimes(1)
  })

  it('disables the import button while an import is running', async () => {
    const user = userEvent.setup()
    const { onImport } = renderPage(loaded([]), { importing: true })
    const button = screen.getByRole('button', { name: 'Import articles…' })
    expect((button as HTMLButtonElement).disabled).toBe(true)
    await user.click(button).catch(() => undefined)
    expect(onImport).not.toHaveBeenCalled()
  })
})

describe('LibraryPage table', () => {
  it('shows the library heading and article count', () => {
    renderPage(loaded(library()))
    expect(screen.getByRole('heading', { level: 2, name: 'Library' })).toBeTruthy()
    expect(screen.getByText('3 articles')).toBeTruthy()
  })

  it('sorts newest first by default, with undated documents last', () => {
    renderPage(loaded(library()))
    expect(rowTitles()).toEqual(['Sanctions relief on the table', 'Ceasefire talks resume in Doha', 'Archive note without a date'])
    expect(ariaSortOf('date')).toBe('descending')
  })

  it('flips the date order on a header click but still keeps undated documents last', async () => {
    const user = userEvent.setup()
    renderPage(loaded(library()))
    await user.click(screen.getByRole('button', { name: 'Sort by date' }))
    expect(ariaSortOf('date')).toBe('ascending')
    expect(rowTitles()).toEqual(['Ceasefire talks resume in Doha', 'Sanctions relief on the table', 'Archive note without a date'])
  })

  it('sorts by another column in its natural direction, then flips it', async () => {
    const user = userEvent.setup()
    renderPage(loaded(library()))

    await user.click(screen.getByRole('button', { name: 'Sort by title' }))
    expect(ariaSortOf('title')).toBe('ascending')
    expect(ariaSortOf('date')).toBe('none')
    expect(rowTitles()).toEqual(['Archive note without a date', 'Ceasefire talks resume in Doha', 'Sanctions relief on the table'])

    await user.click(screen.getByRole('button', { name: 'Sort by title' }))
    expect(ariaSortOf('title')).toBe('descending')
    expect(rowTitles()).toEqual(['Sanctions relief on the table', 'Ceasefire talks resume in Doha', 'Archive note without a date'])

    // Word counts start with the largest.
    await user.click(screen.getByRole('button', { name: 'Sort by words' }))
    expect(ariaSortOf('words')).toBe('descending')
    expect(rowTitles()).toEqual(['Sanctions relief on the table', 'Ceasefire talks resume in Doha', 'Archive note without a date'])
  })

  it('filters with typo tolerance and reports how many articles match', async () => {
    const user = userEvent.setup()
    renderPage(loaded(library()))
    const filter = screen.getByRole('textbox', { name: 'Filter the library' })

    await user.type(filter, 'Levnt Ledger')
    expect(await screen.findByText('1 of 3 articles match')).toBeTruthy()
    await waitFor(() => expect(screen.getAllByTestId('library-row')).toHaveLength(1))
    const row = screen.getByTestId('library-row')
    expect(within(row).getByRole('link').textContent).toBe('Ceasefire talks resume in Doha')
    expect(within(row).getByText('The Levant Ledger')).toBeTruthy()
    expect(screen.queryByText('3 articles')).toBeNull()
  })

  it('matches bylines too, and clearing the filter brings every article back in sorted order', async () => {
    const user = userEvent.setup()
    renderPage(loaded(library()))
    const filter = screen.getByRole('textbox', { name: 'Filter the library' })

    await user.type(filter, 'Ana Sousa')
    expect(await screen.findByText('1 of 3 articles match')).toBeTruthy()
    await waitFor(() => expect(rowTitles()).toEqual(['Sanctions relief on the table']))

    await user.clear(filter)
    expect(await screen.findByText('3 articles')).toBeTruthy()
    await waitFor(() =>
      expect(rowTitles()).toEqual(['Sanctions relief on the table', 'Ceasefire talks resume in Doha', 'Archive note without a date']),
    )
  })

  it('says so when nothing matches the filter', async () => {
    const user = userEvent.setup()
    renderPage(loaded(library()))
    await user.type(screen.getByRole('textbox', { name: 'Filter the library' }), 'qqxzj')
    expect(await screen.findByText('No article matches “qqxzj”.')).toBeTruthy()
    expect(screen.getByText('0 of 3 articles match')).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()
  })
})

describe('LibraryPage sorting while filtering', () => {
  it('ranks by relevance until a column is chosen, then sorts the matches by it', async () => {
    const user = userEvent.setup()
    renderPage(loaded(library()))
    await user.type(screen.getByRole('textbox', { name: 'Filter the library' }), 'Gulf Monitor')
    await waitFor(() => expect(rowTitles()).toHaveLength(2))
    // Relevance order: no column claims to be sorted.
    expect(ariaSortOf('date')).toBe('none')
    expect(ariaSortOf('title')).toBe('none')

    await user.click(screen.getByRole('button', { name: 'Sort by title' }))
    expect(rowTitles()).toEqual(['Archive note without a date', 'Sanctions relief on the table'])
    expect(ariaSortOf('title')).toBe('ascending')
    await user.click(screen.getByRole('button', { name: 'Sort by title' }))
    expect(rowTitles()).toEqual(['Sanctions relief on the table', 'Archive note without a date'])
    expect(ariaSortOf('title')).toBe('descending')
  })
})
